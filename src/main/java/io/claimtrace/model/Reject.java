package io.claimtrace.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input record that could not be processed: a row of the {@code rejects} table.
 *
 * @param source where it came from (file path, {@code path:line} for JSONL, {@code file#record-id} for WARC)
 * @param stage the stage that rejected it ({@code ingest}, ...)
 * @param reasonCode stable code for counting, see {@link RejectReason#code()}
 * @param reason human-readable reason with the specifics
 */
public record Reject(String source, String stage, String reasonCode, String reason) implements Serializable {
  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reason, "reason");
  }

  public static Reject of(String source, String stage, RejectReason why, String detail) {
    String text = detail == null || detail.isBlank() ? why.description() : why.description() + ": " + detail;
    return new Reject(source, stage, why.code(), text);
  }
}
