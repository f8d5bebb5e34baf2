package io.claimtrace.ingest;

import java.io.Serializable;

/**
 * Limits and knobs of the ingest stage. Values come from {@code claimtrace-defaults.properties},
 * a {@code --config} file and CLI flags, resolved by {@code io.claimtrace.cli.JobConfig}.
 *
 * @param maxPageBytes HTML bytes read per page; larger pages are cut there and marked truncated
 * @param maxLineBytes bytes per JSONL line; longer lines are rejected as too large
 * @param maxFeedBytes bytes per RSS/Atom file
 * @param maxTextChars characters of main text kept per article; longer texts are cut and marked
 * @param minTextWords fewer words of main text than this is "no extractable text"
 * @param languageSampleChars characters given to the language detector
 * @param jsonlSplitBytes uncompressed JSONL files larger than this are split into ranges of this size
 */
public record IngestConfig(
    long maxPageBytes,
    int maxLineBytes,
    long maxFeedBytes,
    int maxTextChars,
    int minTextWords,
    int languageSampleChars,
    long jsonlSplitBytes)
    implements Serializable {

  /** The documented defaults (see claimtrace-defaults.properties). */
  public static IngestConfig defaults() {
    return new IngestConfig(5L << 20, 16 << 20, 64L << 20, 200_000, 15, 2000, 64L << 20);
  }
}
