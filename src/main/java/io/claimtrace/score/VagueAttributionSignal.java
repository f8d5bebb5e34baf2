package io.claimtrace.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vague attribution: claims resting on anonymous or unnamed sources ("a leaked memo", "industry
 * insiders", "sources say", "according to reports", "a recent study"), on a named institution with
 * no link, document title or date, or hedged in their own words ("reportedly").
 *
 * <p>Each member gets a vagueness score: 0 when it links a source outside the cluster; otherwise
 * 1.0 for a vague source (the extractor's {@code vague} kind or a vague phrase in the sentence),
 * 0.8 for an unnamed document ("a leaked memo", "a recent study"), 0.5 with no attribution at all,
 * 0.3 for a named person or institution without link, title or date, 0.1 with a title or date;
 * each hedge adds 0.2 (capped at 1). Strength is the mean over members. Silent below 0.15.
 */
public final class VagueAttributionSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "vague-attribution";

  /** Phrases of anonymous or unfindable sourcing, matched in the claim sentence. */
  static final Pattern VAGUE = Pattern.compile(
      "(?i)\\b(?:according to (?:(?:media |news |press |unconfirmed )?reports|sources|insiders|observers|"
          + "people familiar[^,.]*|[a-z]+ observers|industry insiders|a (?:recent |new )?(?:study|survey|report|memo))"
          + "|(?:industry |company )?insiders(?: say| said| claim)?"
          + "|(?:anonymous |unnamed |several |multiple )?sources (?:say|said|claim|suggest|familiar with[^,.]*|close to[^,.]*)"
          + "|people (?:close to|familiar with) [^,.]*"
          + "|(?:a|an) (?:leaked |internal |confidential |secret )+(?:memo|document|email|report|letter)"
          + "|(?:a|an) (?:memo|document) seen by [^,.]*"
          + "|(?:a|an) (?:recent |new |unpublished )(?:study|survey|report|analysis)"
          + "|(?:it is|it's) (?:said|claimed|rumou?red|understood)"
          + "|rumou?rs (?:say|suggest)|reportedly|allegedly|observers say)");

  private static final Pattern UNNAMED_DOC = Pattern.compile(
      "(?i)^(?:a|an|one)\\s+(?:\\w+\\s+){0,3}(?:memo|document|study|survey|report|email|letter|analysis|paper)\\b");
  private static final Pattern TITLE_OR_ID = Pattern.compile(
      "[\"\u201c][^\"\u201d]{6,}[\"\u201d]|\\b[A-Z]{2,}[ -]?[A-Z]*\\s?\\d+[-\\d]*\\b|\\b10-[KQ]\\b|\\b8-K\\b");

  @Override
  public String name() {
    return NAME;
  }

  /** The vagueness of one member in [0, 1], and the spans that made it vague. */
  static double vagueness(MemberClaim m, Set<String> outlets, List<String> spans) {
    if (!Claims.externalLinks(m, outlets).isEmpty()) {
      return 0;
    }
    String kind = Claims.lower(m.attributionKind());
    String src = m.attributionSource();
    String text = m.text() == null ? "" : m.text();
    double v;
    Matcher vm = VAGUE.matcher(text);
    boolean vaguePhrase = vm.find();
    if ("vague".equals(kind) || vaguePhrase) {
      v = 1.0;
      spans.add(vaguePhrase ? vm.group().strip() : src != null ? src : "unnamed source");
    } else if ("document".equals(kind) && (src == null || UNNAMED_DOC.matcher(src.strip()).find())) {
      v = 0.8;
      spans.add(src != null ? src.strip() : "an unnamed document");
    } else if ("person".equals(kind) || "organization".equals(kind) || "document".equals(kind)) {
      boolean dated = !Claims.nz(m.dates()).isEmpty() || TITLE_OR_ID.matcher(text).find();
      v = dated ? 0.1 : 0.3;
      if (!dated && src != null) {
        spans.add(src.strip() + " (named, but no link, title or date)");
      }
    } else {
      v = 0.5;
    }
    for (String h : Claims.nz(m.hedges())) {
      if (h != null) {
        v += 0.2;
        spans.add(h);
      }
    }
    return Math.min(1, v);
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Set<String> outlets = Claims.outlets(members);
    double sum = 0;
    int vague = 0;
    Set<String> spans = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (MemberClaim m : members) {
      List<String> s = new ArrayList<>();
      double v = vagueness(m, outlets, s);
      sum += v;
      if (v >= 0.5) {
        vague++;
        for (String x : s) {
          spans.add(Claims.quote(x.toLowerCase(java.util.Locale.ROOT)));
        }
        ev.add(m.claimId() + " (" + m.outlet() + "): " + String.join("; ", s));
      }
    }
    double strength = sum / members.size();
    if (strength < 0.15 || vague == 0) {
      return Optional.empty();
    }
    String sentence = vague + " of " + members.size() + " versions of this claim rest on vague, anonymous or hedged "
        + "sourcing" + (spans.isEmpty() ? "" : " (" + Claims.list(spans, 4) + ")")
        + ", and none of them links to a document that backs it up.";
    return Optional.of(new SignalHit(NAME, Claims.clamp(strength), sentence, ev));
  }
}
