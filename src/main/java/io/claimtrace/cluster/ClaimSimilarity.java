package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two claims state the same thing, surviving paraphrase and numeric drift:
 * IDF-weighted overlap of content tokens (rare words decide, common words barely count), gated
 * by subject agreement (two claims about different named organizations or products are different
 * claims however alike their wording: "Mistral raised 1.7 billion euros" vs "Cohere raised 500
 * million dollars"). Numbers count as matched when they are within {@link #DRIFT} of each other,
 * so "47%" and "45%" variants of one claim stay together; {@link #numbersDiffer} says when they
 * drifted.
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
   *
   * <p>Numbers are content too: each weighs as much as a token seen once ({@code defaultIdf}), and
   * a number of the one claim within {@link #DRIFT} of a number of the other is shared, so a figure
   * that only one claim states counts against the match like any other unmatched word, while a
   * drifting figure (47% vs 45%) still matches.
   *
   * <p>Runs for every candidate pair of the cluster stage: no allocation here; what can be derived
   * from one claim alone is derived in {@link ClaimFeatures}.
   */
  public double similarity(ClaimFeatures x, ClaimFeatures y) {
    if (subjectsConflict(x, y)) {
      return 0.0;
    }
    List<String> xt = x.tokens();
    List<String> yt = y.tokens();
    double wx = 0;
    double wy = 0;
    double common = 0;
    for (int i = 0; i < xt.size(); i++) {
      wx += weight(xt.get(i));
    }
    for (int j = 0; j < yt.size(); j++) {
      String t = yt.get(j);
      double w = weight(t);
      wy += w;
      if (contains(xt, t)) {
        common += w;
      }
    }
    int nx = x.numbers().size();
    int ny = y.numbers().size();
    boolean numbersConflict = false;
    if (nx + ny > 0) {
      wx += nx * defaultIdf;
      wy += ny * defaultIdf;
      if (nx > 0 && ny > 0) {
        int nearX = countNear(x.numbers(), y.numbers());
        int nearY = countNear(y.numbers(), x.numbers());
        common += Math.min(nearX, nearY) * defaultIdf;
        // Some number of each claim is far from every number of the other (see NUMBER_CONFLICT_FACTOR).
        numbersConflict = nearX < nx && nearY < ny;
      }
    }
    if (wx == 0 || wy == 0) {
      return 0.0;
    }
    double jaccard = common / (wx + wy - common);
    double overlap = common / Math.min(wx, wy) * Math.min(1.0, Math.min(wx, wy) / Math.max(wx, wy) / CONTAINMENT_RATIO);
    double s = 0.5 * jaccard + 0.5 * overlap;
    return numbersConflict ? s * NUMBER_CONFLICT_FACTOR : s;
  }

  /** Linear scan, hash codes first (cached in each String): claims have tens of tokens, and a hash set per pair cost more. */
  private static boolean contains(List<String> tokens, String t) {
    int h = t.hashCode();
    for (int i = 0; i < tokens.size(); i++) {
      String u = tokens.get(i);
      if (u.hashCode() == h && u.equals(t)) {
        return true;
      }
    }
    return false;
  }

  /** How many numbers of {@code from} are within {@link #DRIFT} of some number of {@code to}. */
  private static int countNear(List<Double> from, List<Double> to) {
    int n = 0;
    for (int i = 0; i < from.size(); i++) {
      double a = from.get(i);
      for (int j = 0; j < to.size(); j++) {
        if (near(a, to.get(j))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static boolean near(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 || Math.abs(a - b) / scale <= DRIFT;
  }

  /**
   * Below this ratio of the smaller claim's weight to the larger's, the overlap coefficient is
   * scaled down in proportion: a bare claim still matches its copy wrapped in attribution (about
   * 0.5 to 1), but a four-word sentence no longer matches every long sentence that contains its
   * words ("Daily use of coding assistants was up" inside a paragraph-long sentence about a vendor).
   */
  static final double CONTAINMENT_RATIO = 0.5;
  /**
   * How much a number conflict lowers the similarity. Two claims conflict when both carry numbers
   * and some number of each is far from every number of the other (more than {@link #DRIFT} apart,
   * relatively): a different fact ("$693 million" vs "$2.5 billion") rather than the drift of one
   * figure from outlet to outlet ("47%" vs "45%").
   */
  static final double NUMBER_CONFLICT_FACTOR = 0.75;
  /** Relative difference up to which two numbers are the same figure drifting (47% vs 52%). */
  static final double DRIFT = 0.25;

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
   * True when the two claims are about different subjects: both name a subject of the same kind
   * (organization or product, person, place), and no name of the one agrees with a name of the
   * other. Names agree when they share at least half of the shorter name's distinctive words:
   * "veridian" / "veridian labs", "ecb president wim duisenberg" / "central bank president wim
   * duisenberg", "kb:loc:united-states" / "united states" (a knowledge-base id counts with the words
   * of its slug), but not "nasdaq composite index" / "standard poor 500 index". Titles, legal forms
   * and pronouns a recognizer sometimes takes for a name ("president", "inc", "he") are not
   * distinctive: they neither join two different companies nor keep a claim apart from its own
   * paraphrase. Sides whose names are all such words do not gate.
   *
   * <p>Only names of a kind both claims name can conflict: "Mistral raised ..." vs "Cohere raised
   * ..." are two claims, but a claim that names only the company and its paraphrase that names
   * only the city or the spokesperson are not about different subjects, just told with different
   * detail.
   */
  static boolean subjectsConflict(ClaimFeatures x, ClaimFeatures y) {
    return (x.subjectKinds() & y.subjectKinds()) != 0 && !anyNameAgrees(x.subjectNames(), y.subjectNames());
  }

  private static boolean anyNameAgrees(List<Set<String>> namesOfA, List<Set<String>> namesOfB) {
    for (int i = 0; i < namesOfA.size(); i++) {
      Set<String> x = namesOfA.get(i);
      for (int j = 0; j < namesOfB.size(); j++) {
        Set<String> y = namesOfB.get(j);
        int shared = 0;
        for (String w : x) {
          shared += y.contains(w) ? 1 : 0;
        }
        if (shared > 0 && 2 * shared >= Math.min(x.size(), y.size())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The distinctive words of a subject string: after its kind ({@code org:}, {@code per:},
   * {@code loc:}), the words of the name, or of the id's slug for {@code kb:<kind>:<slug>}.
   */
  static Set<String> subjectWords(String subject) {
    String s = ClaimFeatures.kind(subject) != 0 ? subject.substring(4) : subject;
    s = s.startsWith("kb:") ? s.substring(s.indexOf(':', 3) + 1) : s;
    // Runs of letters and digits, scanned by hand (once per claim, in the ClaimFeatures constructor).
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
