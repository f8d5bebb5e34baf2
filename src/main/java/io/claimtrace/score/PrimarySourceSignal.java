package io.claimtrace.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Primary sources (counter-signal): versions that link an official domain ({@code .gov},
 * {@code .gov.uk}, {@code europa.eu}, {@code sec.gov}, {@code nist.gov}, ...; see
 * {@link Claims#PRIMARY_SUFFIXES}), a paper ({@code arxiv.org}, {@code doi.org}) or the named
 * organisation's own site (a link host that matches an ORG/PRODUCT entity of the claim, its
 * knowledge-base names, or the named attribution).
 *
 * <p>Strength = -(0.4 + 0.6 x share of versions with such a link): one primary link already says
 * the claim can be checked; every version linking it is as strong as this signal gets.
 */
public final class PrimarySourceSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "primary-source";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    Set<String> outlets = Claims.outlets(members);
    int with = 0;
    Set<String> hosts = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (MemberClaim m : members) {
      List<String> p = Claims.primaryLinks(m, outlets, context == null ? null : context.kb());
      if (!p.isEmpty()) {
        with++;
        for (String l : p) {
          hosts.add(Claims.host(l));
          ev.add(m.claimId() + " (" + m.outlet() + "): " + l);
        }
      }
    }
    if (with == 0) {
      return Optional.empty();
    }
    double share = (double) with / members.size();
    String sentence = (with == members.size() ? (members.size() == 1 ? "The report links" : members.size() == 2 ? "Both versions link" : "All " + with + " versions link")
        : with + " of " + members.size() + " versions link") + " to a primary source (" + Claims.list(hosts, 3)
        + "), so the claim can be checked against the original.";
    return Optional.of(new SignalHit(NAME, Claims.clamp(-(0.4 + 0.6 * share)), sentence, ev));
  }
}
