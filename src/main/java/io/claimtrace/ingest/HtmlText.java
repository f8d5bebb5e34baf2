package io.claimtrace.ingest;

/**
 * Whitespace and invisible-character clean-up. Zero-width characters and stray control codes are
 * common in CMS output and break tokenisation and near-duplicate detection downstream. Thread-safe.
 */
final class HtmlText {

  private HtmlText() {
  }

  static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || c == '\u200E' || c == '\u200F' || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D'
        || c == '\u202E' || c == '\u2066' || c == '\u2067' || c == '\u2068' || c == '\u2069'
        || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
        || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
        || c == '\u0085' || c == '\u000B';
  }

  static String stripInvisible(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Collapses all whitespace runs to one space, drops invisible characters, trims. */
  static String normalizeInline(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = sb.length() > 0;
      } else if (!isInvisible(c)) {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
