package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrimarySourceSignalTest {
  final PrimarySourceSignal signal = new PrimarySourceSignal();

  @Test
  void officialLinksInEveryVersionAreTheStrongestCounterSignal() {
    SignalHit h = signal.evaluate(Families.f5(), CTX).orElseThrow();
    assertEquals("primary-source", h.signal());
    assertEquals(-1.0, h.strength(), 1e-9);
    assertEquals("All 5 versions link to a primary source (nist.gov), so the claim can be checked against the original.",
        h.sentence());
    assertTrue(h.evidence().contains("f5-3 (algorithmobserver.org): " + Families.NIST_PUB), h.evidence().toString());
    assertEquals(-1.0, signal.evaluate(Families.f6(), CTX).orElseThrow().strength(), 1e-9);
  }

  @Test
  void ownSiteOfTheNamedOrganisationCounts() {
    SignalHit h = signal.evaluate(Families.f8(), CTX).orElseThrow();
    assertTrue(h.sentence().startsWith("Both versions link to a primary source (devpulse.org)"), h.sentence());
    // Known organisation: the KB alias "NIST" matches nist.gov even if the entity was written in full.
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "OpenAI released a model.").entities(org("OpenAI", true, "org:openai"))
            .links("https://openai.com/index/new-model/"),
        claim("b", "y.com", "A new model is out.").links("https://twitter.com/someone/status/1"));
    SignalHit o = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(-(0.4 + 0.6 * 0.5), o.strength(), 1e-9);
    assertTrue(o.sentence().startsWith("1 of 2 versions link to a primary source (openai.com)"), o.sentence());
  }

  @Test
  void papersAndEuropaCountButNewsLinksDoNot() {
    assertTrue(Claims.officialHost(Claims.host("https://arxiv.org/abs/2403.00001")));
    assertTrue(Claims.officialHost(Claims.host("https://doi.org/10.1000/xyz")));
    assertTrue(Claims.officialHost(Claims.host("https://digital-strategy.ec.europa.eu/en/news")));
    assertTrue(Claims.officialHost(Claims.host("https://www.gov.uk/government/news/x")));
    assertFalse(Claims.officialHost(Claims.host("https://www.synthwire.com/2026/03/03/x/")));
    assertFalse(Claims.officialHost(Claims.host("https://notgov.com/x")));
    assertTrue(signal.evaluate(Families.f1(), CTX).isEmpty());
  }
}
