package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.approxPct;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.pct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.nlp.Quantity;
import org.junit.jupiter.api.Test;

class NumericDriftSignalTest {
  final NumericDriftSignal signal = new NumericDriftSignal();

  @Test
  void wanderingPercentagesDrift() {
    SignalHit h = signal.evaluate(Families.f1(), CTX).orElseThrow();
    assertEquals("numeric-drift", h.signal());
    // Consensus 47%: 45, 52, 48 drift fully; "nearly half"/"almost half" (approximate, 6% off) count half.
    assertEquals(0.3 + 0.7 * 4.0 / 8, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("\u201c47%\u201d, \u201c45%\u201d, \u201cNearly half\u201d, \u201c52%\u201d"),
        h.sentence());
    assertTrue(h.sentence().contains("5 of 8 versions give a different number"), h.sentence());
    assertTrue(h.evidence().contains("f1-5 (tensortimes.org): \u201c52%\u201d"), h.evidence().toString());
  }

  @Test
  void oneDriftingAmountOfMoney() {
    SignalHit h = signal.evaluate(Families.f2(), CTX).orElseThrow();
    assertEquals(0.3 + 0.7 / 5, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("1 of 5 versions gives a different number"), h.sentence());
    assertEquals(1, h.evidence().size());
    assertTrue(h.evidence().get(0).startsWith("f2-4 (computeherald.com.au)"));
  }

  @Test
  void sameFigureEverywhereOrExtraComparisonFiguresAreNotDrift() {
    assertTrue(signal.evaluate(Families.f6(), CTX).isEmpty()); // $1.03 billion is a year-earlier comparison
    assertTrue(signal.evaluate(Families.f7(), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f8(), CTX).isEmpty());
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", "47% agree.").quantities(pct("47%", 47)),
        claim("b", "two.com", "47 per cent agree.").quantities(pct("47 per cent", 47)),
        claim("c", "three.com", "In 2026 most agree.").quantities(new Quantity("2026", 2026, null, false)));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
  }

  @Test
  void differentUnitsAreNotCompared() {
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", "Revenue rose 38% at the 40-person firm.")
            .quantities(pct("38%", 38), new Quantity("40-person", 40, "person", false)),
        claim("b", "two.com", "Revenue at the firm of 40 people rose 38 percent.")
            .quantities(new Quantity("40", 40, "people", false), pct("38 percent", 38)),
        claim("c", "three.com", "The firm, 45 staff strong, grew revenue 38%.")
            .quantities(new Quantity("45", 45, "staff", false), pct("38%", 38)));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
  }

  @Test
  void aLostScaleWordIsNotDrift() {
    // The analyzer reads "$1.42 billion, the company..." as "$1.42" in some sentences.
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", "Revenue was $1.42 billion.").quantities(TestClaims.usd("$1.42 billion", 1.42e9)),
        claim("b", "two.com", "Revenue climbed to $1.42 billion, the company said.").quantities(TestClaims.usd("$1.42", 1.42)),
        claim("c", "three.com", "Revenue hit $1.42bn.").quantities(TestClaims.usd("$1.42bn", 1.42e9)));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
    assertEquals(0, NumericDriftSignal.rel(1.42, 1.42e9), 1e-9);
    assertEquals(0.1, NumericDriftSignal.rel(45, 50), 1e-9);
  }
}
