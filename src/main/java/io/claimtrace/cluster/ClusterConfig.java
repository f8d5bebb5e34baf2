package io.claimtrace.cluster;

import java.io.Serializable;

/**
 * Knobs of the cluster stage (see claimtrace-defaults.properties).
 *
 * @param bands LSH bands for claims
 * @param rows MinHash rows per band for claims
 * @param threshold claim similarity at or above which two claims are the same claim
 * @param maxBucketPairs buckets larger than this are linked as a star plus a sliding window instead of all pairs
 * @param maxComponent components larger than this are re-checked with a stricter threshold (chaining guard)
 * @param strictThreshold the stricter threshold of that re-check
 * @param articleJaccard estimated Jaccard of word 5-gram shingles at or above which two articles are near-duplicates
 * @param seed MinHash seed
 */
public record ClusterConfig(int bands, int rows, double threshold, int maxBucketPairs, int maxComponent,
    double strictThreshold, double articleJaccard, long seed) implements Serializable {
  public static ClusterConfig defaults() {
    return new ClusterConfig(30, 2, 0.35, 60, 2000, 0.7, 0.8, 20261126L);
  }
}
