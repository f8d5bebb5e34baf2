package io.claimtrace.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one {@link Fetcher#fetch} produced. Immutable (byte arrays are not copied: do not modify).
 *
 * @param url requested URL
 * @param finalUrl URL of the last hop (after redirects); equals {@code url} without redirects
 * @param status HTTP status of the last response, 0 if none
 * @param headers headers of the last response, names lower case
 * @param body decoded (de-chunked, gunzipped) body; empty unless fetched or too_large (prefix)
 * @param truncated true when the body was cut at a size limit
 * @param fetchedAt start of the fetch
 * @param duration wall time including redirects and retries
 * @param outcome classification for fetch_log
 * @param reason human readable detail
 * @param retryLater true when the URL should be retried later (robots.txt 5xx/unreachable)
 * @param exchanges raw request/response bytes of every HTTP exchange made, for WARC writing
 */
public record FetchResult(URI url, URI finalUrl, int status, Map<String, List<String>> headers,
    byte[] body, boolean truncated, Instant fetchedAt, Duration duration, FetchOutcome outcome,
    String reason, boolean retryLater, List<Exchange> exchanges) {

  public FetchResult {
    headers = Map.copyOf(headers);
    exchanges = List.copyOf(exchanges);
    body = body == null ? new byte[0] : body;
  }

  /** First value of a (lower case) header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * One HTTP request/response on the wire.
   *
   * @param uri target URI
   * @param ip address connected to
   * @param date when the request was sent
   * @param request raw request bytes
   * @param response raw response bytes as received (headers, transfer/content encoding intact);
   *     empty when no response arrived
   * @param truncated the response was cut off (size limit, timeout or refused content)
   */
  public record Exchange(URI uri, InetAddress ip, Instant date, byte[] request, byte[] response,
      boolean truncated) {}
}
