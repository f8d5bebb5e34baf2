package io.claimtrace.score;

import io.claimtrace.nlp.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numeric drift: the same figure told differently across versions ("47%" here, "45%" there,
 * "nearly half" elsewhere). Retellings of a real document copy its number; numbers that wander
 * suggest nobody checked an original.
 *
 * <p>For each unit (percent, a currency, a counted noun; bare numbers are ignored) the consensus
 * is the value most versions contain. A version drifts when none of its values in that unit lies
 * within 0.5% of the consensus; an approximate figure ("nearly half") within 10% counts half.
 * Values that differ by an exact factor of a thousand, million or billion are the same figure with
 * a scale word lost or misread ("$1.42" beside "$1.42 billion"), not drift.
 * Other figures a version carries next to the consensus ("compared with $1.03 billion a year
 * earlier") are not drift. Strength = 0.3 + 0.7 x drifting share for the worst unit, silent when
 * no version drifts or fewer than two versions give the unit.
 */
public final class NumericDriftSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "numeric-drift";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    Map<String, List<MemberClaim>> byUnit = new LinkedHashMap<>();
    for (MemberClaim m : members) {
      for (Quantity q : Claims.nz(m.quantities())) {
        if (q != null && q.unit() != null && !Double.isNaN(q.value())) {
          List<MemberClaim> l = byUnit.computeIfAbsent(q.unit().toLowerCase(Locale.ROOT), u -> new ArrayList<>());
          if (!l.contains(m)) {
            l.add(m);
          }
        }
      }
    }
    SignalHit best = null;
    for (Map.Entry<String, List<MemberClaim>> e : byUnit.entrySet()) {
      String unit = e.getKey();
      List<MemberClaim> ms = e.getValue();
      if (ms.size() < 2) {
        continue;
      }
      double consensus = consensus(unit, ms);
      double drift = 0;
      int drifting = 0;
      Set<String> variants = new LinkedHashSet<>();
      List<String> ev = new ArrayList<>();
      for (MemberClaim m : ms) {
        double d = 1;
        for (Quantity q : of(unit, m)) {
          double rel = rel(q.value(), consensus);
          d = Math.min(d, rel <= 0.005 ? 0 : q.approximate() && rel <= 0.10 ? 0.5 : 1);
        }
        List<Quantity> qs = of(unit, m);
        String shown = qs.get(0).text();
        for (Quantity q : qs) {
          if (rel(q.value(), consensus) > 0.005) {
            shown = q.text();
            break;
          }
        }
        variants.add(Claims.quote(d == 0 ? closest(qs, consensus).text() : shown));
        if (d > 0) {
          drift += d;
          drifting++;
          ev.add(m.claimId() + " (" + m.outlet() + "): " + Claims.quote(shown));
        }
      }
      if (drift == 0) {
        continue;
      }
      double share = drift / ms.size();
      double strength = Claims.clamp(0.3 + 0.7 * share);
      String sentence = "The figure changes from one version to the next (" + Claims.list(variants, 6) + "): "
          + drifting + " of " + ms.size() + " versions " + (drifting == 1 ? "gives" : "give") + " a different number than the most common one, "
          + "which suggests nobody checked an original.";
      if (best == null || strength > best.strength()) {
        best = new SignalHit(NAME, strength, sentence, ev);
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Quantity> of(String unit, MemberClaim m) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : Claims.nz(m.quantities())) {
      if (q != null && q.unit() != null && q.unit().toLowerCase(Locale.ROOT).equals(unit) && !Double.isNaN(q.value())) {
        out.add(q);
      }
    }
    return out;
  }

  /** Relative difference of two values, ignoring a lost scale word (factors of 10^3, 10^6, 10^9). */
  static double rel(double a, double b) {
    double best = Double.MAX_VALUE;
    for (double f : new double[] {1, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9}) {
      double x = a * f;
      best = Math.min(best, Math.abs(x - b) / Math.max(Math.abs(b), 1e-9));
    }
    return best;
  }

  private static Quantity closest(List<Quantity> qs, double v) {
    Quantity best = qs.get(0);
    for (Quantity q : qs) {
      if (rel(q.value(), v) < rel(best.value(), v)) {
        best = q;
      }
    }
    return best;
  }

  /** The value the most versions contain exactly (within 0.5%), exact figures before approximate ones. */
  private static double consensus(String unit, List<MemberClaim> ms) {
    double best = Double.NaN;
    double bestScore = -1;
    for (MemberClaim m : ms) {
      for (Quantity cand : of(unit, m)) {
        double score = cand.approximate() ? 0 : 0.5;
        for (MemberClaim o : ms) {
          for (Quantity q : of(unit, o)) {
            if (rel(q.value(), cand.value()) <= 0.005) {
              score += 1;
              break;
            }
          }
        }
        if (score > bestScore) {
          bestScore = score;
          best = cand.value();
        }
      }
    }
    return best;
  }
}
