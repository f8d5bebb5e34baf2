package io.claimtrace.score;

import java.io.Serializable;
import java.util.List;

/**
 * The score of one cluster.
 *
 * @param fabricationRisk in [0, 1]; see {@link RiskScorer} for what the number means
 * @param riskSignals the hits' sentences, strongest contribution first
 * @param hits the hits in the same order
 */
public record RiskAssessment(double fabricationRisk, List<String> riskSignals, List<SignalHit> hits)
    implements Serializable {

  public RiskAssessment {
    riskSignals = riskSignals == null ? List.of() : List.copyOf(riskSignals);
    hits = hits == null ? List.of() : List.copyOf(hits);
  }
}
