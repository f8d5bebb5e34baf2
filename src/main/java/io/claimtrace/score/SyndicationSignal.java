package io.claimtrace.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Syndication: verbatim copies of one story across outlets (same near-duplicate group or the same
 * sentence word for word). With a wire credit in the article text ("This story was originally
 * published by AIWire", "Reporting by ... for AIWire", "(AIWire)") the copies are a licensed
 * reprint: evidence against fabrication by the copiers, but one source, not independent
 * corroboration (the other signals count the copies as one voice).
 *
 * <p>Strength = -0.6 x share of members in copy groups when a copy carries a wire credit, -0.15 x
 * that share without credit (uncredited copying says little about truth). Silent without copies
 * spanning at least two outlets.
 */
public final class SyndicationSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "syndication";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    int copied = 0;
    Set<String> copyOutlets = new LinkedHashSet<>();
    Set<String> credits = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (List<MemberClaim> v : Claims.voices(members)) {
      Set<String> o = Claims.outlets(v);
      if (o.size() < 2) {
        continue;
      }
      copied += v.size();
      copyOutlets.addAll(o);
      for (MemberClaim m : v) {
        String c = Claims.wireCredit(m);
        if (c != null) {
          credits.add(c);
        }
        ev.add(m.claimId() + " (" + m.outlet() + ")" + (c != null ? ": " + Claims.quote(c) : ""));
      }
    }
    if (copied == 0) {
      return Optional.empty();
    }
    double share = (double) copied / members.size();
    boolean credited = !credits.isEmpty();
    String sentence = copyOutlets.size() + " outlets (" + Claims.list(copyOutlets, 4) + ") carry this claim word for word"
        + (credited ? ", crediting the original (" + Claims.list(quoted(credits), 2) + "): a licensed reprint of one "
            + "story, which counts as one source, not as independent confirmation."
            : " without crediting a source: copies of one story, not independent confirmation.");
    return Optional.of(new SignalHit(NAME, Claims.clamp(-(credited ? 0.6 : 0.15) * share), sentence, ev));
  }

  private static List<String> quoted(Set<String> s) {
    List<String> out = new ArrayList<>();
    for (String x : s) {
      out.add(Claims.quote(x));
    }
    return out;
  }
}
