package io.claimtrace.score;

import java.io.Serializable;
import java.util.List;

/**
 * What a {@link RiskSignal} found in a cluster.
 *
 * @param signal the signal's name
 * @param strength in [-1, 1]; positive points towards fabrication, negative is a counter-signal
 * @param sentence a plain-words explanation for a reader who is not an engineer
 * @param evidence claim ids, outlets, links and quoted spans backing the sentence
 */
public record SignalHit(String signal, double strength, String sentence, List<String> evidence)
    implements Serializable {

  public SignalHit {
    if (signal == null || signal.isBlank()) {
      throw new IllegalArgumentException("signal name is required");
    }
    if (Double.isNaN(strength) || strength < -1 || strength > 1) {
      throw new IllegalArgumentException("strength must be in [-1, 1]: " + strength);
    }
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("sentence is required");
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
