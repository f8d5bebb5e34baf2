package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketsTest {
  private static List<long[]> run(long[] keys, long[] members, int maxAllPairs) {
    List<long[]> pairs = new ArrayList<>();
    Buckets.candidates(keys.clone(), members.clone(), keys.length, maxAllPairs, (a, b) -> pairs.add(new long[] {a, b}));
    return pairs;
  }

  @Test
  void smallBucketsGiveAllPairsAndSingletonsNone() {
    long[] keys = {7, 3, 7, 9, 7, 3};
    long[] members = {30, 11, 10, 99, 20, 12};
    Set<String> got = new HashSet<>();
    for (long[] p : run(keys, members, 60)) {
      assertTrue(p[0] < p[1], "pairs are ordered");
      got.add(p[0] + "-" + p[1]);
    }
    assertEquals(Set.of("10-20", "10-30", "20-30", "11-12"), got);
  }

  @Test
  void aMemberRepeatedInABucketIsPairedOnce() {
    List<long[]> pairs = run(new long[] {5, 5, 5}, new long[] {1, 1, 2}, 60);
    assertEquals(1, pairs.size());
    assertEquals(List.of(1L, 2L), List.of(pairs.get(0)[0], pairs.get(0)[1]));
  }

  @Test
  void largeBucketsAreLinearStarPlusWindowAndDoNotDependOnArrivalOrder() {
    int size = 1000;
    long[] keys = new long[size];
    long[] members = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = 42;
      members[i] = 1000 - i;
    }
    List<long[]> pairs = run(keys, members, 60);
    assertTrue(pairs.size() < 6 * size, "linear, not all pairs: " + pairs.size());
    Set<String> first = new HashSet<>();
    pairs.forEach(p -> first.add(p[0] + "-" + p[1]));
    assertTrue(first.contains("1-1000"), "star around the smallest member");
    // the same bucket arriving in another order gives the same pairs
    long[] shuffled = members.clone();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = size - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      long t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    Set<String> second = new HashSet<>();
    run(keys, shuffled, 60).forEach(p -> second.add(p[0] + "-" + p[1]));
    assertEquals(first, second);
  }

  @Test
  void distinctPairsSortsAndDropsRepeats() {
    long[] a = {3, 1, 3, 1, -5};
    long[] b = {4, 2, 4, 9, 8};
    int n = Buckets.distinctPairs(a, b, a.length);
    assertEquals(4, n);
    assertEquals(List.of(-5L, 1L, 1L, 3L), List.of(a[0], a[1], a[2], a[3]));
    assertEquals(List.of(8L, 2L, 9L, 4L), List.of(b[0], b[1], b[2], b[3]));
  }

  @Test
  void sortPairsAgreesWithAComparatorSortOnRandomInput() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 20_000;
    long[] x = new long[n];
    long[] y = new long[n];
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i] = r.nextInt(500) - 250; // many ties
      y[i] = r.nextLong();
      expected.add(new long[] {x[i], y[i]});
    }
    expected.sort((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]));
    Buckets.sortPairs(x, y, 0, n);
    for (int i = 0; i < n; i++) {
      assertEquals(expected.get(i)[0], x[i]);
      assertEquals(expected.get(i)[1], y[i]);
    }
  }
}
