package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static List<String> words(int from, int to) {
    List<String> w = new ArrayList<>();
    for (int i = from; i < to; i++) {
      w.add("w" + i);
    }
    return w;
  }

  @Test
  void signaturesAreDeterministicForASeed() {
    assertArrayEquals(new MinHasher(8, 4, 1).signature(words(0, 20)), new MinHasher(8, 4, 1).signature(words(0, 20)));
    assertNotEquals(new MinHasher(8, 4, 1).signature(words(0, 20))[0], new MinHasher(8, 4, 2).signature(words(0, 20))[0]);
  }

  @Test
  void eachPositionIsTheMinimumOverTheShinglesOfThatPosition() {
    MinHasher h = new MinHasher(20, 6, 99);
    List<String> shingles = words(0, 40);
    long[] expected = new long[120];
    java.util.Arrays.fill(expected, Long.MAX_VALUE);
    for (String s : shingles) {
      long[] one = h.signature(List.of(s));
      for (int i = 0; i < one.length; i++) {
        assertTrue(one[i] >= 0, "hash values are non-negative");
        expected[i] = Math.min(expected[i], one[i]);
      }
    }
    assertArrayEquals(expected, h.signature(shingles));
    assertTrue(java.util.Arrays.stream(h.signature(List.of())).allMatch(v -> v == Long.MAX_VALUE));
  }

  @Test
  void equalPositionsEstimateJaccard() {
    MinHasher h = new MinHasher(64, 8, 20261126L); // 512 functions
    // |A & B| = 50, |A | B| = 150: J = 1/3
    double j = MinHasher.estimate(h.signature(words(0, 100)), h.signature(words(50, 150)));
    assertEquals(1.0 / 3, j, 0.07);
    assertEquals(1.0, MinHasher.estimate(h.signature(words(0, 30)), h.signature(words(0, 30))));
    assertTrue(MinHasher.estimate(h.signature(words(0, 30)), h.signature(words(100, 130))) < 0.03);
  }

  @Test
  void bandKeysAgreeExactlyWhereTheBandsAgree() {
    MinHasher h = new MinHasher(16, 5, 3);
    long[] x = h.signature(words(0, 25));
    long[] y = h.signature(words(1, 26));
    long[] kx = h.bandKeys(x);
    long[] ky = h.bandKeys(y);
    for (int band = 0; band < 16; band++) {
      boolean same = true;
      for (int r = 0; r < 5; r++) {
        same &= x[band * 5 + r] == y[band * 5 + r];
      }
      assertEquals(same, kx[band] == ky[band], "band " + band);
    }
    assertEquals(h.firstSharedBand(x, y) >= 0, java.util.stream.IntStream.range(0, 16).anyMatch(b -> kx[b] == ky[b]));
  }

  @Test
  void candidateProbabilityFollowsTheBandingCurve() {
    MinHasher h = new MinHasher(30, 2, 1);
    assertEquals(1 - Math.pow(1 - 0.25, 30), h.candidateProbability(0.5), 1e-12);
  }
}
