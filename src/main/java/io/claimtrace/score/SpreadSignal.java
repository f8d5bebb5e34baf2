package io.claimtrace.score;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spread without sources: a claim that many outlets repeat quickly while none of them links
 * anything beyond other outlets of the same cluster.
 *
 * <p>Credited copies (same near-duplicate group or the same sentence word for word, with a wire
 * credit such as "originally published by AIWire") count as one voice, so a licensed wire story
 * reprinted by four outlets is not "spread" (see {@link SyndicationSignal}); uncredited copies on
 * several sites still count one voice per outlet, since copy-paste amplification is spread. Strength
 * = breadth x speed x unsourced share, where breadth is {@code (voices - 2) / 5} capped at 1 (three
 * independent voices start to count, seven or more count fully), speed is 1 when all dated copies
 * fall within 7 days, 0.75 within 14 days or without dates, else 0.5, and the unsourced share is the
 * share of voices none of whose copies links outside the cluster's outlets. Silent under 3 voices.
 */
public final class SpreadSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "spread";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    Set<String> outlets = Claims.outlets(members);
    List<List<MemberClaim>> voices = new ArrayList<>();
    for (List<MemberClaim> v : Claims.voices(members)) {
      boolean credited = false;
      for (MemberClaim m : v) {
        credited |= Claims.wireCredit(m) != null;
      }
      if (credited) {
        voices.add(v);
      } else {
        for (MemberClaim m : v) {
          voices.add(List.of(m));
        }
      }
    }
    Set<String> voiceOutlets = new LinkedHashSet<>();
    int unsourced = 0;
    for (List<MemberClaim> v : voices) {
      boolean sourced = false;
      for (MemberClaim m : v) {
        sourced |= !Claims.externalLinks(m, outlets).isEmpty();
      }
      unsourced += sourced ? 0 : 1;
      voiceOutlets.add(Claims.lower(v.get(0).outlet()));
    }
    int n = Math.min(voices.size(), voiceOutlets.size());
    if (n < 3 || unsourced == 0) {
      return Optional.empty();
    }
    Instant first = null;
    Instant last = null;
    MemberClaim origin = members.get(0);
    for (MemberClaim m : members) {
      Instant t = m.publishedAt();
      if (t == null) {
        continue;
      }
      if (first == null || t.isBefore(first)) {
        first = t;
        origin = m;
      }
      if (last == null || t.isAfter(last)) {
        last = t;
      }
    }
    double days = first == null ? Double.NaN : Duration.between(first, last).toMinutes() / 1440.0;
    double speed = Double.isNaN(days) ? 0.75 : days <= 7 ? 1 : days <= 14 ? 0.75 : 0.5;
    double breadth = Math.min(1, (n - 2) / 5.0);
    double share = (double) unsourced / voices.size();
    double strength = Claims.clamp(breadth * speed * share);
    StringBuilder s = new StringBuilder();
    s.append(outlets.size()).append(" outlets repeated this claim");
    if (first != null) {
      long d = Math.max(1, (long) Math.ceil(days));
      s.append(" within ").append(Claims.plural(d, "day", "days"))
          .append(" of its first appearance on ").append(origin.outlet()).append(" (").append(DAY.format(first)).append(")");
    } else {
      s.append(", first seen on ").append(origin.outlet());
    }
    if (unsourced == voices.size()) {
      s.append(", and none of them linked to a source beyond other news reports.");
    } else {
      s.append(", and ").append(unsourced).append(" of ").append(voices.size())
          .append(" independent versions linked to no source beyond other news reports.");
    }
    List<String> ev = new ArrayList<>();
    ev.add("origin: " + origin.claimId() + " (" + origin.outlet() + (first != null ? ", " + first : "") + ")");
    ev.addAll(outlets);
    return Optional.of(new SignalHit(NAME, strength, s.toString(), ev));
  }
}
