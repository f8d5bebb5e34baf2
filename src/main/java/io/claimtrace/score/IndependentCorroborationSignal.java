package io.claimtrace.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Independent corroboration (counter-signal): different outlets telling the claim in their own
 * words and each with its own source.
 *
 * <p>Copies collapse into one voice first ({@link Claims#voices}). A voice is independent when its
 * wording differs from every other voice (word-set Jaccard below {@value #SAME_WORDING}) and it
 * comes from an outlet no earlier independent voice came from. Its own source counts 1 when it
 * links outside the cluster's outlets, 0.5 when it names a person, organisation or titled document
 * without a link, 0 when the source is vague or missing. Strength = -0.25 x (sum - 1), capped at -1:
 * two sourced independent voices give -0.25, five give -1. Silent below -0.05.
 */
public final class IndependentCorroborationSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "independent-corroboration";
  static final double SAME_WORDING = 0.7;
  static final int MAX_COMPARED = 500;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    Set<String> outlets = Claims.outlets(members);
    List<List<MemberClaim>> voices = Claims.voices(members);
    List<Set<String>> words = new ArrayList<>();
    for (List<MemberClaim> v : voices) {
      words.add(Claims.tokens(v.get(0).text()));
    }
    double sum = 0;
    int n = 0;
    Set<String> used = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (int i = 0; i < voices.size(); i++) {
      boolean distinct = true;
      // Compared with at most MAX_COMPARED other voices, which bounds the work on huge clusters.
      for (int j = 0; j < Math.min(voices.size(), MAX_COMPARED) && distinct; j++) {
        distinct = i == j || Claims.jaccard(words.get(i), words.get(j)) < SAME_WORDING;
      }
      MemberClaim m = voices.get(i).get(0);
      String outlet = Claims.lower(m.outlet());
      if (!distinct || used.contains(outlet)) {
        continue;
      }
      double own = 0;
      for (MemberClaim c : voices.get(i)) {
        own = Math.max(own, ownSource(c, outlets));
      }
      if (own > 0) {
        used.add(outlet);
        sum += own;
        n++;
        ev.add(m.claimId() + " (" + m.outlet() + ")" + (m.attributionSource() != null ? ": " + m.attributionSource() : ""));
      }
    }
    double strength = -0.25 * (sum - 1);
    if (strength > -0.05) {
      return Optional.empty();
    }
    String sentence = n + " outlets (" + Claims.list(used, 4) + ") reported this in their own words, each citing "
        + "its own source, which is what independent confirmation looks like.";
    return Optional.of(new SignalHit(NAME, Claims.clamp(strength), sentence, ev));
  }

  private static double ownSource(MemberClaim m, Set<String> outlets) {
    if (!Claims.externalLinks(m, outlets).isEmpty()) {
      return 1;
    }
    String kind = m.attributionKind() == null ? "" : m.attributionKind().toLowerCase(Locale.ROOT);
    if (VagueAttributionSignal.VAGUE.matcher(m.text() == null ? "" : m.text()).find()) {
      return 0;
    }
    if (kind.equals("person") || kind.equals("organization")) {
      return 0.5;
    }
    String src = m.attributionSource();
    if (kind.equals("document") && src != null && !src.strip().matches("(?i)^(?:a|an|one)\\b.*")) {
      return 0.5;
    }
    return 0;
  }
}
