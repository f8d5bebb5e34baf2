package io.claimtrace.ingest;

import crawlercommons.domains.EffectiveTldFinder;
import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * URL normalization and outlet resolution, both delegated to crawler-commons: its
 * {@link BasicURLNormalizer} for canonical forms and its public-suffix list for registrable
 * domains ({@code news.bbc.co.uk} belongs to {@code bbc.co.uk}). Thread-safe.
 */
public final class Urls {
  /** Tracking parameters that never change which article a URL names. */
  private static final List<String> TRACKING_PARAMS = List.of(
      "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
      "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "ref_src");

  private static final BasicURLNormalizer NORMALIZER =
      BasicURLNormalizer.newBuilder().queryParamsToRemove(TRACKING_PARAMS).build();

  private Urls() {}

  /** True for absolute http and https URLs. */
  public static boolean isWeb(String url) {
    if (url == null) {
      return false;
    }
    String u = url.trim().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  /**
   * The normalized form used for ids and duplicate detection: crawler-commons normalization,
   * tracking parameters and the fragment removed. Returns the trimmed input when it is not a
   * web URL or cannot be normalized.
   */
  public static String normalize(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.trim();
    if (!isWeb(trimmed)) {
      return trimmed;
    }
    String n = NORMALIZER.filter(trimmed);
    if (n == null) {
      return trimmed;
    }
    int hash = n.indexOf('#');
    return hash >= 0 ? n.substring(0, hash) : n;
  }

  /** The host of a web URL in lower case, or null. */
  public static String host(String url) {
    if (!isWeb(url)) {
      return null;
    }
    try {
      String host = new URI(url.trim().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The outlet of a URL: its registrable domain under the public-suffix list
   * ({@code www.example.co.uk} gives {@code example.co.uk}); the host itself for IP addresses
   * and hosts without a known suffix; null for non-web URLs.
   */
  public static String outlet(String url) {
    String host = host(url);
    if (host == null || host.isEmpty()) {
      return null;
    }
    if (host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return host;
    }
    String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
    return domain == null || domain.isEmpty() ? host : domain;
  }

  /** Resolves {@code href} against {@code base}; null unless the result is an absolute http(s) URL. */
  public static String resolve(String base, String href) {
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
