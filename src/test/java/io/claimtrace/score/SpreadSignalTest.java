package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpreadSignalTest {
  final SpreadSignal signal = new SpreadSignal();

  @Test
  void manyOutletsFastWithoutSourcesIsFullStrength() {
    SignalHit h = signal.evaluate(Families.f1(), CTX).orElseThrow();
    assertEquals("spread", h.signal());
    assertEquals(1.0, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("8 outlets repeated this claim within 5 days of its first appearance on "
        + "synthwire.com (3 March 2026)"), h.sentence());
    assertTrue(h.sentence().contains("none of them linked to a source"), h.sentence());
    assertTrue(h.evidence().get(0).startsWith("origin: f1-1 (synthwire.com"), h.evidence().toString());
    assertTrue(h.evidence().contains("deeplinkdaily.ai"));
  }

  @Test
  void linksToOtherRepeatersAreNotSources() {
    // f1-2 links synthwire.com, itself a repeater: still unsourced, so strength stays at 1.
    assertEquals(1.0, signal.evaluate(Families.f1(), CTX).orElseThrow().strength(), 1e-9);
  }

  @Test
  void fewerVoicesSlowerSpreadAndSourcedVersionsWeaken() {
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", "Acme cut 300 jobs, sources say.").at("2026-03-01T00:00:00Z"),
        claim("b", "two.com", "Acme is cutting about 300 jobs.").at("2026-03-10T00:00:00Z"),
        claim("c", "three.com", "Acme will lay off 300 staff.").at("2026-03-12T00:00:00Z"),
        claim("d", "four.com", "Acme has cut 300 jobs, its filing shows.").at("2026-03-13T00:00:00Z")
            .links("https://acme.com/filing.pdf"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    // 4 voices -> breadth 0.4; 12 days -> speed 0.75; 3 of 4 unsourced.
    assertEquals(0.4 * 0.75 * 0.75, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("3 of 4 independent versions linked to no source"), h.sentence());
  }

  @Test
  void silentForTwoOutletsAndForWireCopies() {
    assertTrue(signal.evaluate(Families.f8(), CTX).isEmpty());
    // F7: four outlets, one story word for word = one voice.
    assertTrue(signal.evaluate(Families.f7(), CTX).isEmpty());
    // F5: every version links nist.gov.
    assertTrue(signal.evaluate(Families.f5(), CTX).isEmpty());
  }

  @Test
  void uncreditedCopyPasteAcrossSitesIsStillSpread() {
    String t = "Acme secretly trained its model on stolen data, insiders say.";
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", t).at("2026-03-01T00:00:00Z").group("g1"),
        claim("b", "two.com", t).at("2026-03-01T06:00:00Z").group("g1"),
        claim("c", "three.com", t).at("2026-03-02T00:00:00Z").group("g1"),
        claim("d", "four.com", t).at("2026-03-02T00:00:00Z").group("g1"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(0.4, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("4 outlets repeated this claim within 1 day"), h.sentence());
  }
}
