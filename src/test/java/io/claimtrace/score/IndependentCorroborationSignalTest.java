package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndependentCorroborationSignalTest {
  final IndependentCorroborationSignal signal = new IndependentCorroborationSignal();

  @Test
  void fiveOwnWordedLinkedVersionsGiveFullCounterSignal() {
    SignalHit h = signal.evaluate(Families.f5(), CTX).orElseThrow();
    assertEquals("independent-corroboration", h.signal());
    assertEquals(-1.0, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("5 outlets (thecircuitdaily.co.uk, synthwire.com"), h.sentence());
    assertTrue(h.sentence().contains("in their own words, each citing its own source"), h.sentence());
    assertEquals(-0.75, signal.evaluate(Families.f6(), CTX).orElseThrow().strength(), 1e-9);
    assertEquals(-0.25, signal.evaluate(Families.f8(), CTX).orElseThrow().strength(), 1e-9);
  }

  @Test
  void wireCopiesAreOneVoiceAndVagueRetellingsHaveNoSource() {
    assertTrue(signal.evaluate(Families.f7(), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f1(), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f2(), CTX).isEmpty());
  }

  @Test
  void namedButUnlinkedSourcesCountHalf() {
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", "Acme will cut 300 jobs, chief executive Jane Roe said.").attr("person", "Jane Roe"),
        claim("b", "two.com", "Roughly three hundred positions go at Acme, the company confirmed in a statement.")
            .attr("organization", "the company"),
        claim("c", "three.com", "The Acme layoffs announced Tuesday hit 300 employees, per its SEC filing.")
            .links("https://www.sec.gov/x"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(-0.25 * (0.5 + 0.5 + 1 - 1), h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("3 outlets"), h.sentence());
  }
}
