package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletProfileSignalTest {
  final OutletProfileSignal signal = new OutletProfileSignal();

  static final Map<String, OutletProfile> PROFILES = Map.of(
      "promptpost.net", new OutletProfile("promptpost.net", 10, 40, 0.4, 0.5),
      "gradientgazette.com", new OutletProfile("gradientgazette.com", 10, 40, 0.0, 0.0),
      "nist-fan.org", new OutletProfile("nist-fan.org", 10, 40, 0.0, 0.1));

  @Test
  void sloppyOutletsRaiseTheRisk() {
    ClusterEvidence c = cluster("c", claim("a", "promptpost.net", "X."), claim("b", "gradientgazette.com", "Y."),
        claim("c", "unprofiled.com", "Z."));
    SignalHit h = signal.evaluate(c, ctx(PROFILES)).orElseThrow();
    assertEquals("outlet-profile", h.signal());
    assertEquals((0.7 * 0.4 + 0.3 * 0.5 + 0) / 2, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("promptpost.net (40% of articles with chatbot text, 50% copied)"), h.sentence());
    assertTrue(h.evidence().contains("gradientgazette.com: artefact rate 0%, copy rate 0%"), h.evidence().toString());
  }

  @Test
  void cleanOrUnprofiledOutletsAreSilent() {
    assertTrue(signal.evaluate(cluster("c", claim("a", "nist-fan.org", "X.")), ctx(PROFILES)).isEmpty());
    assertTrue(signal.evaluate(cluster("c", claim("a", "promptpost.net", "X.")), CTX).isEmpty());
    assertTrue(signal.evaluate(cluster("c", claim("a", "elsewhere.net", "X.")), ctx(PROFILES)).isEmpty());
  }
}
