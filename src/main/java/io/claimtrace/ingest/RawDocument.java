package io.claimtrace.ingest;

import java.time.Instant;

/**
 * One input record before extraction, as a reader produces it. Exactly one of {@code html}
 * and {@code text} is set. The optional hints come from the container (JSONL fields, feed
 * item metadata, WARC headers) and win over what the page itself says only where the
 * container is more authoritative (an explicit JSONL {@code outlet}, say).
 *
 * @param source provenance string for the {@code source} column
 * @param format input format name: html, warc, jsonl, rss, atom
 * @param url the URL the record was fetched from or declares, may be null
 * @param html raw HTML (a full page, or a fragment when {@code fragment} is true)
 * @param fragment true when {@code html} is already the article body (feed content), so no boilerplate removal
 * @param text plain text, paragraphs separated by blank lines
 * @param title title hint
 * @param publishedAt publication time hint
 * @param outlet outlet hint
 * @param byline byline hint
 * @param language language hint as given (ISO 639-1 or 639-3)
 * @param fetchedAt capture time
 * @param truncated true when the reader cut the record at the size cap
 */
public record RawDocument(
    String source,
    String format,
    String url,
    String html,
    boolean fragment,
    String text,
    String title,
    Instant publishedAt,
    String outlet,
    String byline,
    String language,
    Instant fetchedAt,
    boolean truncated) {

  public static RawDocument page(String source, String format, String url, String html, Instant fetchedAt, boolean truncated) {
    return new RawDocument(source, format, url, html, false, null, null, null, null, null, null, fetchedAt, truncated);
  }
}
