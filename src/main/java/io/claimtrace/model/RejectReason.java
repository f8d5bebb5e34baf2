package io.claimtrace.model;

import java.util.Locale;

/**
 * Why an input record was not turned into an article. The {@link #code()} is what the
 * {@code rejects.reason_code} column and the run manifest count by; the human-readable
 * {@code rejects.reason} adds the specifics (line number, status, content type).
 */
public enum RejectReason {
  EMPTY_FILE("empty file"),
  BINARY_CONTENT("binary content, not text"),
  TRUNCATED_GZIP("truncated or corrupt gzip stream"),
  TRUNCATED_WARC("truncated or malformed WARC record"),
  INVALID_JSON("invalid JSON line"),
  MISSING_FIELD("missing required field"),
  MALFORMED_FEED("malformed RSS/Atom feed"),
  NO_TEXT("no extractable main text"),
  UNSUPPORTED_FILE("unsupported file type"),
  HTTP_STATUS("HTTP status is not 200"),
  UNSUPPORTED_CONTENT_TYPE("content type is not HTML"),
  TOO_LARGE("record larger than the configured cap"),
  UNREADABLE("input could not be read"),
  EXTRACTION_FAILED("extraction failed on this record");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  /** Stable lower-case code, e.g. {@code truncated_gzip}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String description() {
    return description;
  }
}
