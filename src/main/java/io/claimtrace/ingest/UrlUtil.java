package io.claimtrace.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL resolution limited to http(s), tolerant of the sloppy hrefs found in real pages. Thread-safe. */
final class UrlUtil {

  private UrlUtil() {
  }

  /** Resolves {@code href} against {@code base}; null unless the result is an absolute http(s) URL. */
  static String resolveHttp(String base, String href) {
    if (href == null) {
      return null;
    }
    String h = HtmlText.stripInvisible(href).strip();
    if (h.isEmpty() || h.length() > 4096) {
      return null;
    }
    h = h.replace(" ", "%20").replace("\"", "%22").replace("|", "%7C").replace("<", "%3C").replace(">", "%3E");
    try {
      URI ref = new URI(h);
      URI abs;
      if (ref.isAbsolute()) {
        abs = ref;
      } else {
        if (base == null || base.isBlank()) {
          return null;
        }
        URI b = new URI(base.strip().replace(" ", "%20"));
        if (!b.isAbsolute()) {
          return null;
        }
        if (h.startsWith("//")) {
          abs = new URI(b.getScheme() + ":" + h);
        } else {
          abs = b.resolve(ref);
        }
      }
      String scheme = abs.getScheme() == null ? "" : abs.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || abs.getHost() == null) {
        return null;
      }
      String s = abs.toString();
      // RFC 3986 resolution of "../" beyond the root leaves "/../" in place; drop it like browsers do.
      return s.replace("/../", "/");
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
