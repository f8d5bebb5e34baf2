package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two claims state the same thing, surviving paraphrase and numeric drift:
 * IDF-weighted overlap of content tokens (rare words decide, common words barely count), gated
 * by subject agreement (two claims about different named organizations or products are different
 * claims however alike their wording: "Mistral raised 1.7 billion euros" vs "Cohere raised 500
 * million dollars"). Numbers do not count toward similarity, so "47%" and "45%" variants of one
 * claim stay together; {@link #numbersDiffer} says when they drifted.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimSimilarity implements Serializable {
  private final Map<String, Double> idf;
  private final double defaultIdf;
  private final double threshold;

  /**
   * @param idf inverse document frequency per token; tokens absent from it get {@code defaultIdf}
   *     (the rarest, the usual case for tokens seen once)
   * @param threshold similarity at or above which two claims are the same claim
   */
  public ClaimSimilarity(Map<String, Double> idf, double defaultIdf, double threshold) {
    this.idf = idf;
    this.defaultIdf = defaultIdf;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /**
   * Similarity in [0, 1]: the mean of the IDF-weighted Jaccard overlap and the IDF-weighted
   * overlap coefficient (shared weight over the smaller claim's weight, damped when one claim is
   * less than half the other, see {@link #CONTAINMENT_RATIO}). The overlap coefficient
   * lets a bare claim match a copy wrapped in attribution ("a leaked memo reveals that ...",
   * "according to reports"); the Jaccard half keeps a short generic sentence from matching every
   * long one that happens to contain its words.
   */
  public double similarity(ClaimFeatures x, ClaimFeatures y) {
    if (!x.subjects().isEmpty() && !y.subjects().isEmpty() && disjoint(x.subjects(), y.subjects())) {
      return 0.0;
    }
    double wx = 0;
    double wy = 0;
    double common = 0;
    Set<String> inX = new HashSet<>(x.tokens());
    for (String t : x.tokens()) {
      wx += weight(t);
    }
    for (String t : y.tokens()) {
      double w = weight(t);
      wy += w;
      if (inX.contains(t)) {
        common += w;
      }
    }
    if (wx == 0 || wy == 0) {
      return 0.0;
    }
    double jaccard = common / (wx + wy - common);
    double overlap = common / Math.min(wx, wy) * Math.min(1.0, Math.min(wx, wy) / Math.max(wx, wy) / CONTAINMENT_RATIO);
    double s = 0.5 * jaccard + 0.5 * overlap;
    return numbersConflict(x, y) ? s * NUMBER_CONFLICT_FACTOR : s;
  }

  /**
   * Below this ratio of the smaller claim's weight to the larger's, the overlap coefficient is
   * scaled down in proportion: a bare claim still matches its copy wrapped in attribution (about
   * 0.5 to 1), but a four-word sentence no longer matches every long sentence that contains its
   * words ("Daily use of coding assistants was up" inside a paragraph-long sentence about a vendor).
   */
  static final double CONTAINMENT_RATIO = 0.5;
  /** How much a number conflict lowers the similarity. */
  static final double NUMBER_CONFLICT_FACTOR = 0.75;
  /** Relative difference up to which two numbers are the same figure drifting (47% vs 52%). */
  static final double DRIFT = 0.25;

  /**
   * True when both claims carry numbers and some number of the one is far from every number of
   * the other (more than {@link #DRIFT} apart, relatively): a different fact ("$693 million" vs
   * "$2.5 billion") rather than the drift of one figure from outlet to outlet ("47%" vs "45%").
   */
  static boolean numbersConflict(ClaimFeatures x, ClaimFeatures y) {
    if (x.numbers().isEmpty() || y.numbers().isEmpty()) {
      return false;
    }
    return !allNear(x.numbers(), y.numbers()) && !allNear(y.numbers(), x.numbers());
  }

  private static boolean allNear(java.util.List<Double> from, java.util.List<Double> to) {
    for (double a : from) {
      boolean near = false;
      for (double b : to) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        if (scale == 0 || Math.abs(a - b) / scale <= DRIFT) {
          near = true;
          break;
        }
      }
      if (!near) {
        return false;
      }
    }
    return true;
  }

  public boolean same(ClaimFeatures x, ClaimFeatures y) {
    return similarity(x, y) >= threshold;
  }

  /** True when both claims carry numbers and the sets of values differ: numeric drift. */
  public static boolean numbersDiffer(ClaimFeatures x, ClaimFeatures y) {
    return !x.numbers().isEmpty() && !y.numbers().isEmpty() && !Set.copyOf(x.numbers()).equals(Set.copyOf(y.numbers()));
  }

  private double weight(String token) {
    Double w = idf.get(token);
    return w == null ? defaultIdf : w;
  }

  /**
   * Subjects agree when some name of the one and some name of the other share at least half of the
   * shorter name's distinctive words: "veridian" / "veridian labs", "ecb president wim duisenberg" /
   * "central bank president wim duisenberg", "kb:loc:united-states" / "united states" (a
   * knowledge-base id counts with the words of its slug), but not "nasdaq composite index" /
   * "standard poor 500 index". Titles, legal forms and pronouns a recognizer sometimes takes for a
   * name ("president", "inc", "he") are not distinctive: they neither join two different companies
   * nor keep a claim apart from its own paraphrase. Sides whose names are all such words do not gate.
   */
  static boolean disjoint(Set<String> a, Set<String> b) {
    List<Set<String>> namesOfA = names(a);
    List<Set<String>> namesOfB = names(b);
    if (namesOfA.isEmpty() || namesOfB.isEmpty()) {
      return false;
    }
    for (Set<String> x : namesOfA) {
      for (Set<String> y : namesOfB) {
        int shared = 0;
        for (String w : x) {
          shared += y.contains(w) ? 1 : 0;
        }
        if (shared > 0 && 2 * shared >= Math.min(x.size(), y.size())) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Set<String>> names(Set<String> subjects) {
    List<Set<String>> names = new ArrayList<>();
    for (String s : subjects) {
      Set<String> words = subjectWords(s);
      if (!words.isEmpty()) {
        names.add(words);
      }
    }
    return names;
  }

  static Set<String> subjectWords(String subject) {
    String s = subject.startsWith("kb:") ? subject.substring(subject.indexOf(':', 3) + 1) : subject;
    // Runs of letters and digits, scanned by hand: this runs for every verified candidate pair.
    Set<String> words = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean inWord = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String w = s.substring(start, i);
        if (w.length() > 1 && !GENERIC_NAME_WORDS.contains(w)) {
          words.add(w);
        }
        start = -1;
      }
    }
    return words;
  }

  private static final Set<String> GENERIC_NAME_WORDS = Set.of(
      "the", "of", "and", "for", "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group",
      "company", "president", "chief", "executive", "officer", "minister", "chairman", "ceo", "mr",
      "mrs", "ms", "dr", "he", "she", "it", "they", "we", "like", "index", "average");

  /** IDF as used here: log((1 + n) / (1 + df)) + 1, the smoothed form. */
  public static double idf(long documents, long df) {
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }

}
