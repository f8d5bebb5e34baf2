package io.claimtrace.score;

import io.claimtrace.nlp.KbEntry;
import io.claimtrace.nlp.KnowledgeBase;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal inconsistency against the knowledge base: the claim dates an event to a year before an
 * organisation it names was founded or a product it names was released ("the 2023 ban on
 * GPT-4.5", GPT-4.5 released February 2025).
 *
 * <p>Only years are compared (a year in a DATE mention of the claim, or a free-standing year in
 * the sentence that is not one of its counted quantities, strictly before the year of the
 * entity's {@code since}), so month-level uncertainty never fires. An impossible date is close to
 * proof that the story was not checked: strength = 0.6 + 0.4 x share of versions with one.
 */
public final class TemporalInconsistencySignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "temporal-inconsistency";
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    KnowledgeBase kb = context == null ? null : context.kb();
    if (members.isEmpty() || kb == null) {
      return Optional.empty();
    }
    int bad = 0;
    Set<String> findings = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (MemberClaim m : members) {
      boolean hit = false;
      Set<Integer> years = new java.util.TreeSet<>();
      for (String d : yearSources(m)) {
        Matcher y = YEAR.matcher(d);
        while (y.find()) {
          int year = Integer.parseInt(y.group(1));
          if (!counted(m, year) && !comparative(m.text(), year)) {
            years.add(year);
          }
        }
      }
      for (int year : years) {
        for (MemberClaim.EntityRef e : Claims.nz(m.entities())) {
          if (e == null || !("ORG".equals(e.type()) || "PRODUCT".equals(e.type()))) {
            continue;
          }
          KbEntry k = Claims.kbEntry(e, kb);
          if (k == null || k.since() == null || year >= k.since().getYear()) {
            continue;
          }
          hit = true;
          findings.add("it dates an event to " + year + ", but " + k.name()
              + ("PRODUCT".equals(k.type()) ? " was only released " : " was only founded ") + when(k));
          ev.add(m.claimId() + " (" + m.outlet() + "): " + Claims.quote(String.valueOf(year)) + " vs " + k.id()
              + " since " + k.since());
        }
      }
      bad += hit ? 1 : 0;
    }
    if (bad == 0) {
      return Optional.empty();
    }
    String sentence = "The claim cannot be right as told: " + Claims.list(findings, 2) + " ("
        + bad + " of " + members.size() + " versions).";
    return Optional.of(new SignalHit(NAME, Claims.clamp(0.6 + 0.4 * bad / members.size()), sentence, ev));
  }

  /** The DATE mentions, then the sentence itself (the extractor misses some "in 2023"). */
  private static List<String> yearSources(MemberClaim m) {
    List<String> out = new ArrayList<>();
    for (String d : Claims.nz(m.dates())) {
      if (d != null) {
        out.add(d);
      }
    }
    if (m.text() != null) {
      out.add(m.text());
    }
    return out;
  }

  private static final Pattern BEFORE = Pattern.compile(
      "(?i)\\b(?:than|compared (?:with|to)|from|versus|vs\\.?|before|pre-|predat\\w*)\\s+(?:\\w+\\s+){0,2}$");
  private static final Pattern AFTER = Pattern.compile(
      "(?i)^\\W*(?:levels?|baselines?|predecessors?|figures?|versions?|models?|numbers?|record|era)\\b");

  /**
   * True when every mention of the year in the sentence is a comparison or a period before the
   * product ("up from 2020 levels", "than in 2019", "its 2020 predecessor"), not when the event
   * happened.
   */
  static boolean comparative(String text, int year) {
    if (text == null) {
      return false;
    }
    Matcher y = Pattern.compile("\\b" + year + "\\b").matcher(text);
    boolean any = false;
    while (y.find()) {
      any = true;
      String before = text.substring(Math.max(0, y.start() - 40), y.start());
      String after = text.substring(y.end(), Math.min(text.length(), y.end() + 20));
      if (!BEFORE.matcher(before).find() && !AFTER.matcher(after).find()) {
        return false;
      }
    }
    return any;
  }

  /** True when the number is one of the claim's counted quantities ("2000 developers", "$2025"). */
  private static boolean counted(MemberClaim m, int year) {
    for (io.claimtrace.nlp.Quantity q : Claims.nz(m.quantities())) {
      if (q != null && q.unit() != null && q.value() == year) {
        return true;
      }
    }
    return false;
  }

  private static String when(KbEntry k) {
    LocalDate s = k.since();
    if ("year".equals(k.precision())) {
      return "in " + s.getYear();
    }
    String month = s.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return "day".equals(k.precision()) ? "on " + month + " " + s.getDayOfMonth() + ", " + s.getYear()
        : "in " + month + " " + s.getYear();
  }
}
