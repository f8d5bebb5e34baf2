package io.claimtrace.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits and identity of the {@link Fetcher}. Immutable; use the {@code with...} methods.
 *
 * @param userAgent identifying User-Agent header, e.g. {@code claimtrace/0.1 (+https://...)}
 * @param robotsAgent product token matched against robots.txt groups
 * @param connectTimeout TCP (and TLS handshake) connect timeout
 * @param readTimeout maximum silence between two reads
 * @param totalTimeout maximum time for one request/response (defeats slow-drip servers)
 * @param maxRedirects redirect hops followed before giving up
 * @param maxBodyBytes raw body bytes read before the response is cut off (too_large)
 * @param maxDecodedBytes decoded (gunzipped/inflated) bytes allowed (gzip bomb limit)
 * @param maxRetries retries after 429/503
 * @param retryBackoff first backoff; doubled per retry; Retry-After wins when larger
 * @param maxRetryAfter longest wait honoured; a larger Retry-After gives up (http_error)
 * @param acceptedTypes accepted media types (base type, lower case); empty accepts all
 */
public record FetchConfig(String userAgent, String robotsAgent, Duration connectTimeout,
    Duration readTimeout, Duration totalTimeout, int maxRedirects, long maxBodyBytes,
    long maxDecodedBytes, int maxRetries, Duration retryBackoff, Duration maxRetryAfter,
    List<String> acceptedTypes) {

  /** HTML pages, RSS/Atom feeds and XML (incl. sitemaps; gzipped sitemaps too). */
  public static final List<String> PAGE_AND_FEED_TYPES = List.of(
      "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
      "application/rdf+xml", "application/xml", "text/xml", "application/x-gzip", "application/gzip");

  public FetchConfig {
    Objects.requireNonNull(userAgent);
    Objects.requireNonNull(robotsAgent);
    acceptedTypes = List.copyOf(acceptedTypes);
  }

  public static FetchConfig defaults() {
    return new FetchConfig("claimtrace-crawler/0.1 (+https://github.com/claimtrace)", "claimtrace",
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 5,
        10L * 1024 * 1024, 30L * 1024 * 1024, 2, Duration.ofSeconds(1), Duration.ofSeconds(30),
        PAGE_AND_FEED_TYPES);
  }

  public FetchConfig withUserAgent(String ua, String robotsToken) {
    return new FetchConfig(ua, robotsToken, connectTimeout, readTimeout, totalTimeout, maxRedirects,
        maxBodyBytes, maxDecodedBytes, maxRetries, retryBackoff, maxRetryAfter, acceptedTypes);
  }

  public FetchConfig withTimeouts(Duration connect, Duration read, Duration total) {
    return new FetchConfig(userAgent, robotsAgent, connect, read, total, maxRedirects,
        maxBodyBytes, maxDecodedBytes, maxRetries, retryBackoff, maxRetryAfter, acceptedTypes);
  }

  public FetchConfig withMaxRedirects(int n) {
    return new FetchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, totalTimeout, n,
        maxBodyBytes, maxDecodedBytes, maxRetries, retryBackoff, maxRetryAfter, acceptedTypes);
  }

  public FetchConfig withSizeLimits(long body, long decoded) {
    return new FetchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, body, decoded, maxRetries, retryBackoff, maxRetryAfter, acceptedTypes);
  }

  public FetchConfig withRetries(int n, Duration backoff, Duration maxWait) {
    return new FetchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, maxBodyBytes, maxDecodedBytes, n, backoff, maxWait, acceptedTypes);
  }

  public FetchConfig withAcceptedTypes(List<String> types) {
    return new FetchConfig(userAgent, robotsAgent, connectTimeout, readTimeout, totalTimeout,
        maxRedirects, maxBodyBytes, maxDecodedBytes, maxRetries, retryBackoff, maxRetryAfter, types);
  }
}
