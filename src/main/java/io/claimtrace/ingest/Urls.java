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

  /** Resolves {@code href} against {@code base}; null when either is unusable. */
  public static String resolve(String base, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI h = new URI(href.trim().replace(" ", "%20"));
      if (h.isAbsolute()) {
        return h.toString();
      }
      if (!isWeb(base)) {
        return null;
      }
      return new URI(base.trim().replace(" ", "%20")).resolve(h).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
