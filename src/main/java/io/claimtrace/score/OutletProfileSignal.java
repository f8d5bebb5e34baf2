package io.claimtrace.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outlet track record: the outlets carrying the claim publish, across the whole corpus, many
 * articles with LLM artefacts or many near-copies of other outlets' articles. A weak, prior-like
 * signal about who repeats the claim, not about the claim itself.
 *
 * <p>Per outlet: risk = 0.7 x artefact rate + 0.3 x copy rate (copying is common and legitimate
 * for wire reprints, so it weighs less). Strength = mean over the cluster's profiled outlets;
 * silent below 0.1 or without profiles.
 */
public final class OutletProfileSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "outlet-profile";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    if (context == null || context.outlets().isEmpty()) {
      return Optional.empty();
    }
    Set<String> outlets = Claims.outlets(Claims.members(cluster));
    double sum = 0;
    int n = 0;
    List<String> ev = new ArrayList<>();
    List<String> poor = new ArrayList<>();
    for (String o : outlets) {
      OutletProfile p = context.outlets().get(o);
      if (p == null) {
        continue;
      }
      double a = clamp01(p.artifactRate());
      double c = clamp01(p.copyRate());
      double r = 0.7 * a + 0.3 * c;
      sum += r;
      n++;
      ev.add(o + ": artefact rate " + pct(a) + ", copy rate " + pct(c));
      if (a >= 0.2 || c >= 0.5) {
        poor.add(o + " (" + pct(a) + " of articles with chatbot text, " + pct(c) + " copied)");
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    double strength = sum / n;
    if (strength < 0.1 || poor.isEmpty()) {
      return Optional.empty();
    }
    String sentence = "Some outlets carrying this claim often publish unedited chatbot text or copied articles: "
        + Claims.list(poor, 3) + ".";
    return Optional.of(new SignalHit(NAME, Claims.clamp(strength), sentence, ev));
  }

  private static double clamp01(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }

  private static String pct(double v) {
    return Math.round(v * 100) + "%";
  }
}
