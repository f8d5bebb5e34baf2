package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyndicationSignalTest {
  final SyndicationSignal signal = new SyndicationSignal();

  @Test
  void creditedWireCopiesAreACounterSignal() {
    SignalHit h = signal.evaluate(Families.f7(), CTX).orElseThrow();
    assertEquals("syndication", h.signal());
    assertEquals(-0.6, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("4 outlets (aiwire.com, bytebeacon.net, algorithmobserver.org, promptpost.net) "
        + "carry this claim word for word, crediting the original"), h.sentence());
    assertTrue(h.sentence().contains("not as independent confirmation"), h.sentence());
    assertTrue(h.evidence().contains("f7-3 (algorithmobserver.org): \u201cReporting by Hannah Cole for AIWire\u201d"),
        h.evidence().toString());
  }

  @Test
  void uncreditedCopiesAreOnlyAWeakCounterSignal() {
    String t = "Acme will cut 300 jobs next month.";
    ClusterEvidence c = cluster("c",
        claim("a", "one.com", t), claim("b", "two.com", t),
        claim("c", "three.com", "Acme's layoffs will reach 300, sources say."));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(-0.15 * 2 / 3, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("without crediting a source"), h.sentence());
  }

  @Test
  void sameOutletRepeatsAndParaphrasesAreNotSyndication() {
    String t = "Acme will cut 300 jobs next month.";
    assertTrue(signal.evaluate(cluster("c", claim("a", "one.com", t), claim("b", "one.com", t)), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f5(), CTX).isEmpty());
  }
}
