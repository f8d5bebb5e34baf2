package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.HashSet;
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

  /** Similarity in [0, 1]. */
  public double similarity(ClaimFeatures x, ClaimFeatures y) {
    if (!x.subjects().isEmpty() && !y.subjects().isEmpty() && disjoint(x.subjects(), y.subjects())) {
      return 0.0;
    }
    double common = 0;
    double all = 0;
    Set<String> seen = new HashSet<>(x.tokens());
    for (String t : x.tokens()) {
      all += weight(t);
    }
    for (String t : y.tokens()) {
      double w = weight(t);
      if (seen.contains(t)) {
        common += w;
      } else {
        all += w;
      }
    }
    return all == 0 ? 0.0 : common / all;
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

  /** Subjects match when one name contains the other as whole words ("veridian" / "veridian labs"). */
  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y) || (" " + x + " ").contains(" " + y + " ") || (" " + y + " ").contains(" " + x + " ")) {
          return false;
        }
      }
    }
    return true;
  }

  /** IDF as used here: log((1 + n) / (1 + df)) + 1, the smoothed form. */
  public static double idf(long documents, long df) {
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }

}
