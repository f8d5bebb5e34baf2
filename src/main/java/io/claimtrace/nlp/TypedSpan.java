package io.claimtrace.nlp;

import java.io.Serializable;

/**
 * A typed span over a token array, for evaluation on pre-tokenized data.
 *
 * @param start first token index (inclusive)
 * @param end token index after the last token (exclusive)
 * @param type an {@link Entity} type
 * @param kbId knowledge-base id when known, else null
 * @param method {@code kb}, {@code model} or {@code rule}
 */
public record TypedSpan(int start, int end, String type, String kbId, String method) implements Serializable {
  public int length() {
    return end - start;
  }

  public boolean overlaps(TypedSpan o) {
    return start < o.end && o.start < end;
  }
}
