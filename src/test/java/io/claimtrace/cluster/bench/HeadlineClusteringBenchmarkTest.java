package io.claimtrace.cluster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimtrace.cluster.bench.HeadlineClusteringBenchmark.Scores;
import org.junit.jupiter.api.Test;

class HeadlineClusteringBenchmarkTest {
  private static final double EPS = 1e-12;

  @Test
  void ariOfASplitClusterIsFourSevenths() {
    // truth {0,1} {2,3}; predicted {0,1} {2} {3}: index 1, expected 2*1/6, max 1.5 -> (2/3) / (7/6) = 4/7
    // (the value sklearn's adjusted_rand_score([0,0,1,1], [0,0,1,2]) gives).
    Scores s = HeadlineClusteringBenchmark.score(new Integer[] {0, 0, 1, 2}, new String[] {"x", "x", "y", "y"});
    assertEquals(4.0 / 7.0, s.ari(), EPS);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(2.0 / 3.0, s.f1(), EPS);
    assertEquals(1, s.predictedPairs());
    assertEquals(2, s.truePairs());
    assertEquals(1, s.agreeingPairs());
  }

  @Test
  void ariOfCrossedClusteringsIsMinusOneHalf() {
    // truth {0,1} {2,3}; predicted {0,2} {1,3}: index 0, expected 2*2/6, max 2 -> (-2/3) / (4/3) = -1/2.
    Scores s = HeadlineClusteringBenchmark.score(new Integer[] {0, 1, 0, 1}, new String[] {"x", "x", "y", "y"});
    assertEquals(-0.5, s.ari(), EPS);
    assertEquals(0.0, s.precision(), EPS);
    assertEquals(0.0, s.f1(), EPS);
  }

  @Test
  void ariOfAHandExampleWithThreeClasses() {
    // truth a:{0,1,2} b:{3,4,5} c:{6,7}; predicted 1:{0,1,3} 2:{2,4,5,6,7}.
    // cells: (1,a)=2 (1,b)=1 (2,a)=1 (2,b)=2 (2,c)=2 -> index 1+0+0+1+1 = 3
    // sum C(a_i,2) = C(3,2)+C(5,2) = 3+10 = 13; sum C(b_j,2) = 3+3+1 = 7; C(8,2) = 28
    // expected = 13*7/28 = 3.25; max = 10; ARI = (3-3.25)/(10-3.25) = -1/27.
    Scores s = HeadlineClusteringBenchmark.score(new Integer[] {1, 1, 2, 1, 2, 2, 2, 2},
        new String[] {"a", "a", "a", "b", "b", "b", "c", "c"});
    assertEquals(-1.0 / 27.0, s.ari(), EPS);
    assertEquals(3.0 / 13.0, s.precision(), EPS);
    assertEquals(3.0 / 7.0, s.recall(), EPS);
  }

  @Test
  void identicalClusteringsScoreOneAndLabelsDoNotMatter() {
    Scores s = HeadlineClusteringBenchmark.score(new Integer[] {7, 7, 3, 3, 3, 9}, new String[] {"a", "a", "b", "b", "b", "c"});
    assertEquals(1.0, s.ari(), EPS);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(1.0, s.f1(), EPS);
  }

  @Test
  void allSingletonsScoreZero() {
    Scores s = HeadlineClusteringBenchmark.score(new Integer[] {0, 1, 2, 3}, new String[] {"a", "a", "b", "b"});
    assertEquals(0.0, s.ari(), EPS);
    assertEquals(0.0, s.f1(), EPS);
  }
}
