package io.claimtrace.cluster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plain-Java parts of bench-lsh: the corpus generator and the recall scoring helper. */
class LshBenchmarkTest {
  @Test
  void everyFifthTextIsAPlantedNearDuplicateOfABaseText() {
    long n = 10_000;
    int planted = 0;
    for (long id = 0; id < n; id++) {
      long src = LshBenchmark.source(id, n, 7);
      if (src >= 0) {
        planted++;
        assertEquals(4, id % 5);
        assertNotEquals(4, src % 5, "a planted text copies a base text");
        assertNotEquals(id, src);
        assertTrue(src < n);
      }
    }
    assertEquals(2000, planted);
  }

  @Test
  void textsAreDeterministicClaimLengthAndDuplicatesStayClose() {
    for (long id = 0; id < 200; id++) {
      String base = LshBenchmark.baseText(id, 7);
      assertEquals(base, LshBenchmark.baseText(id, 7));
      int words = base.split(" ").length;
      assertTrue(words >= 12 && words <= 30, base);
      String dup = LshBenchmark.mutate(base, id + 1000, 7);
      assertEquals(dup, LshBenchmark.mutate(base, id + 1000, 7));
      assertNotEquals(base, dup);
      Set<String> a = new HashSet<>(Arrays.asList(base.split(" ")));
      Set<String> b = new HashSet<>(Arrays.asList(dup.split(" ")));
      Set<String> common = new HashSet<>(a);
      common.retainAll(b);
      Set<String> union = new HashSet<>(a);
      union.addAll(b);
      assertTrue(common.size() >= union.size() / 3, base + " / " + dup);
    }
  }

  @Test
  void pairKeysDoNotDependOnOrder() {
    assertEquals(LshBenchmark.pairKey(5, 900_000), LshBenchmark.pairKey(900_000, 5));
    assertEquals(LshBenchmark.pairKey(-7, 3), LshBenchmark.pairKey(3, -7));
    assertNotEquals(LshBenchmark.pairKey(5, 900_000), LshBenchmark.pairKey(5, 900_001));
  }

  @Test
  void repeatedRunsReportTheMedianAndListEveryRun() {
    java.util.Iterator<Double> runs = java.util.List.of(3.0, 1.0, 2.0).iterator();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    double m = LshBenchmark.median(3, "x", new java.io.PrintStream(bytes, true), runs::next, d -> d);
    assertEquals(2.0, m);
    assertEquals("  x: 3 runs, 3.00, 1.00, 2.00 s; the median is reported\n", bytes.toString().replace("\r", ""));
  }
}
