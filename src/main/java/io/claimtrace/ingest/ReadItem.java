package io.claimtrace.ingest;

import io.claimtrace.model.Reject;

/** What a reader yields: a raw document to extract, or a reject. */
public record ReadItem(RawDocument document, Reject reject) {
  public static ReadItem of(RawDocument d) {
    return new ReadItem(d, null);
  }

  public static ReadItem of(Reject r) {
    return new ReadItem(null, r);
  }
}
