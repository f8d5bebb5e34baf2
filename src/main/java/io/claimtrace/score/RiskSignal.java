package io.claimtrace.score;

import java.io.Serializable;
import java.util.Optional;

/**
 * One piece of evidence about whether a claim cluster is fabricated or unsupported. A signal looks at
 * a whole cluster and either stays silent ({@link Optional#empty()}) or returns a {@link SignalHit}
 * whose strength is in [-1, 1]: positive points towards fabrication, negative is a counter-signal
 * (evidence that the claim is sourced). {@link RiskScorer} combines the hits.
 *
 * <p>Implementations are stateless and thread-safe, and must not throw on odd input (null lists,
 * missing dates, empty clusters).
 */
public interface RiskSignal extends Serializable {

  /** The signal's configuration name, as used in {@code claimtrace.score.signals}. */
  String name();

  /** The hit for {@code cluster}, or empty when the signal has nothing to say. */
  Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context);
}
