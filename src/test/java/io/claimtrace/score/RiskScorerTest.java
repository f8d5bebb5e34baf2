package io.claimtrace.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskScorerTest {
  static final RiskScorer SCORER = RiskScorer.defaults();

  static RiskAssessment score(ClusterEvidence c) {
    return SCORER.score(c, TestClaims.CTX);
  }

  @Test
  void everyFabricatedFamilyRanksAboveEveryWellSourcedOrSyndicatedOne() {
    double lowestFabricated = 1;
    double highestOther = 0;
    StringBuilder table = new StringBuilder();
    for (ClusterEvidence c : Families.fabricated()) {
      RiskAssessment a = score(c);
      table.append(c.clusterId()).append(' ').append(a.fabricationRisk()).append(' ').append(a.riskSignals()).append('\n');
      lowestFabricated = Math.min(lowestFabricated, a.fabricationRisk());
    }
    for (ClusterEvidence c : Families.notFabricated()) {
      RiskAssessment a = score(c);
      table.append(c.clusterId()).append(' ').append(a.fabricationRisk()).append(' ').append(a.riskSignals()).append('\n');
      highestOther = Math.max(highestOther, a.fabricationRisk());
    }
    assertTrue(lowestFabricated > highestOther, table.toString());
    assertTrue(lowestFabricated > 0.8, table.toString());
    assertTrue(highestOther < 0.2, table.toString());
  }

  @Test
  void fabricatedFamiliesExplainThemselvesStrongestFirst() {
    RiskAssessment f3 = score(Families.f3());
    assertEquals("temporal-inconsistency", f3.hits().get(0).signal());
    assertTrue(f3.riskSignals().get(0).contains("GPT-4.5 was only released"), f3.riskSignals().toString());
    assertEquals(f3.hits().size(), f3.riskSignals().size());
    for (int i = 0; i < f3.hits().size(); i++) {
      assertEquals(f3.hits().get(i).sentence(), f3.riskSignals().get(i));
    }
    RiskAssessment f1 = score(Families.f1());
    assertEquals("vague-attribution", f1.hits().get(0).signal());
    RiskAssessment f5 = score(Families.f5());
    assertEquals("primary-source", f5.hits().get(0).signal());
    assertTrue(f5.hits().stream().allMatch(h -> h.strength() < 0));
  }

  @Test
  void lookalikeWithTheSameNumberScoresLikeItsSources() {
    // F8 shares F1's 47% but is linked and named: far apart.
    assertTrue(score(Families.f1()).fabricationRisk() - score(Families.f8()).fabricationRisk() > 0.9);
  }

  @Test
  void noSignalMeansTheBiasOnly() {
    ClusterEvidence plain = TestClaims.cluster("p",
        TestClaims.claim("a", "x.com", "OpenAI opened an office in Paris on Monday.").attr("organization", "OpenAI")
            .dates("Monday"));
    RiskAssessment a = score(plain);
    assertTrue(a.hits().isEmpty(), a.hits().toString());
    assertEquals(1 / (1 + Math.exp(1.0)), a.fabricationRisk(), 1e-9);
    RiskAssessment empty = score(new ClusterEvidence("e", null));
    assertEquals(a.fabricationRisk(), empty.fabricationRisk(), 1e-9);
  }

  @Test
  void toleratesNullFieldsAndNoContext() {
    MemberClaim bare = new MemberClaim("n1", null, null, null, null, null, null, null, null, false, null, null, null,
        null, null, null, null, null);
    List<MemberClaim> members = new ArrayList<>();
    members.add(bare);
    members.add(null);
    RiskAssessment a = SCORER.score(new ClusterEvidence("n", members), TestClaims.CTX);
    assertTrue(a.fabricationRisk() > 0 && a.fabricationRisk() < 1);
    assertTrue(SCORER.score(Families.f1(), null).fabricationRisk() > 0.9);
  }

  @Test
  void defaultsFileDefinesEverySignalAndWeight() {
    assertEquals(RiskScorer.availableSignals(), SCORER.signals().stream().map(RiskSignal::name).toList());
    assertEquals(-1.0, SCORER.bias(), 1e-12);
    assertEquals(3.0, SCORER.weights().get("temporal-inconsistency"), 1e-12);
    assertEquals(2.5, SCORER.weights().get("primary-source"), 1e-12);
  }

  @Test
  void propertiesOverrideDefaultsAndChooseTheChain() {
    RiskScorer s = RiskScorer.fromProperties(Map.of(
        "claimtrace.score.signals", " temporal-inconsistency , primary-source",
        "claimtrace.score.weight.temporal-inconsistency", "1.0",
        "claimtrace.score.bias", "0",
        "claimtrace.cluster.bands", "30"));
    assertEquals(List.of("temporal-inconsistency", "primary-source"), s.signals().stream().map(RiskSignal::name).toList());
    assertEquals(2.5, s.weights().get("primary-source"), 1e-12); // from the defaults file
    RiskAssessment a = s.score(Families.f3(), TestClaims.CTX);
    assertEquals(1 / (1 + Math.exp(-1.0)), a.fabricationRisk(), 1e-9);
    assertEquals(1, a.hits().size());
    assertEquals(SCORER.weights(), RiskScorer.fromProperties(Map.of()).weights());
  }

  @Test
  void badConfigurationIsRejectedWithTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RiskScorer.fromProperties(Map.of("claimtrace.score.signals", "spread,made-up")));
    assertTrue(e.getMessage().contains("made-up") && e.getMessage().contains("available"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RiskScorer.fromProperties(Map.of("claimtrace.score.weight.spread", "lots")));
    assertTrue(e.getMessage().contains("claimtrace.score.weight.spread"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RiskScorer.fromProperties(Map.of("claimtrace.score.signals", "spread,spread")));
    assertThrows(IllegalArgumentException.class,
        () -> RiskScorer.fromProperties(Map.of("claimtrace.score.weight.spread", "-1")));
    assertThrows(IllegalArgumentException.class, () -> new SignalHit("x", 1.5, "s", List.of()));
  }

  @Test
  void scorerAndAssessmentSurviveJavaSerialization() throws Exception {
    RiskScorer copy = roundTrip(SCORER);
    RiskAssessment a = copy.score(Families.f2(), roundTrip(TestClaims.ctx(Map.of(
        "promptpost.net", new OutletProfile("promptpost.net", 3, 9, 0.5, 0.1)))));
    assertEquals(score(Families.f2()).riskSignals().get(0), a.riskSignals().get(0));
    assertEquals(a, roundTrip(a));
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T o) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(b)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
