package io.claimtrace.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers and the duplicate check. Stateless and thread-safe. */
public final class TextNormalizer {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF\\u2060]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextNormalizer() {}

  /**
   * Plain text as given by an input (JSONL {@code text}): control characters removed, spaces
   * collapsed, paragraphs separated by exactly one blank line, single newlines inside a paragraph
   * kept as spaces.
   */
  public static String paragraphs(String text) {
    if (text == null) {
      return "";
    }
    String t = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    String[] paras = BLANK_LINES.split(t);
    StringBuilder out = new StringBuilder(t.length());
    for (String p : paras) {
      String line = SPACES.matcher(p.replace('\n', ' ')).replaceAll(" ").strip();
      if (!line.isEmpty()) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(line);
      }
    }
    return out.toString();
  }

  /** Words (runs of letters or digits), the unit of the minimum-text rule. */
  public static int countWords(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    int count = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        count++;
      }
      in = w;
    }
    return count;
  }

  /**
   * The form two texts share when they are the same article: NFKC, lower case, every run of
   * non-letters and non-digits one space. Markup, quotes style and spacing differences vanish.
   */
  public static String forHash(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(n).replaceAll(" ").strip();
  }

  /** Cuts at the last paragraph or word boundary at or before {@code max} characters. */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int para = text.lastIndexOf("\n\n", max);
    if (para > max / 2) {
      return text.substring(0, para);
    }
    int space = text.lastIndexOf(' ', max);
    return (space > max / 2 ? text.substring(0, space) : text.substring(0, max)).strip();
  }
}
