package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the members of one LSH bucket into verified edges. A pair is judged only in the first
 * band its two signatures share, so a pair that collides in many bands is verified once and no
 * distinct-pairs shuffle is needed. Small buckets are compared all-pairs; large ones (frequent
 * features, boilerplate) as a star around the smallest member plus a sliding window, which keeps
 * the work linear and avoids the blow-up of all-pairs joins.
 */
public final class Buckets {
  private Buckets() {}

  /** A bucket member: the claim's features and its MinHash signature. */
  public record Member(ClaimFeatures features, long[] signature) implements Serializable {}

  /** A verified edge between two claims, with its similarity. */
  public record Edge(String a, String b, double similarity) implements Serializable {}

  private static final int WINDOW = 5;

  public static List<Edge> edges(int band, List<Member> members, MinHasher hasher, ClaimSimilarity similarity,
      int maxAllPairs) {
    List<Edge> out = new ArrayList<>();
    if (members.size() < 2) {
      return out;
    }
    List<Member> m = new ArrayList<>(members);
    m.sort(Comparator.comparing(x -> x.features().claimId()));
    if (m.size() <= maxAllPairs) {
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          judge(band, m.get(i), m.get(j), hasher, similarity, out);
        }
      }
      return out;
    }
    for (int i = 1; i < m.size(); i++) {
      judge(band, m.get(0), m.get(i), hasher, similarity, out);
      for (int j = Math.max(1, i - WINDOW); j < i; j++) {
        judge(band, m.get(j), m.get(i), hasher, similarity, out);
      }
    }
    return out;
  }

  private static void judge(int band, Member x, Member y, MinHasher hasher, ClaimSimilarity similarity, List<Edge> out) {
    if (x.features().claimId().equals(y.features().claimId())) {
      return;
    }
    if (hasher.firstSharedBand(x.signature(), y.signature()) != band) {
      return; // judged in an earlier band
    }
    double s = similarity.similarity(x.features(), y.features());
    if (s >= similarity.threshold()) {
      out.add(new Edge(x.features().claimId(), y.features().claimId(), s));
    }
  }
}
