package io.claimtrace.crawl;

import java.util.Locale;

/** Outcome of one {@link Fetcher#fetch} call; {@link #label()} is the fetch_log value. */
public enum FetchOutcome {
  FETCHED, ROBOTS_DENIED, REFUSED_PRIVATE, TIMEOUT, TOO_LARGE, REDIRECT_LOOP, BAD_CONTENT_TYPE,
  ERROR, HTTP_ERROR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
