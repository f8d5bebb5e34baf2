package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LlmArtifactSignalTest {
  final LlmArtifactSignal signal = new LlmArtifactSignal();

  @Test
  void artefactsInHalfTheCarryingArticles() {
    SignalHit h = signal.evaluate(Families.f3(), CTX).orElseThrow();
    assertEquals("llm-artifacts", h.signal());
    assertEquals(0.3 + 0.7 * 2 / 4, h.strength(), 1e-9);
    assertEquals("2 articles carrying this claim (latentdispatch.news, deeplinkdaily.ai) contain leftover chatbot text "
        + "(\u201cas an AI language model\u201d, a knowledge-cutoff disclaimer), a sign they were published without "
        + "human editing.", h.sentence());
    assertTrue(h.evidence().contains("f3-3 (latentdispatch.news, article a-f3-3): ai_self_reference"));
  }

  @Test
  void unknownCodesAreShownInWords() {
    ClusterEvidence c = cluster("c", claim("a", "x.com", "Text.").artifacts("new_rule_x"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(1.0, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("1 article carrying this claim (x.com) contains leftover"), h.sentence());
    assertTrue(h.sentence().contains("(new rule x)"), h.sentence());
  }

  @Test
  void silentWithoutArtefacts() {
    assertTrue(signal.evaluate(Families.f5(), CTX).isEmpty());
    assertTrue(signal.evaluate(cluster("c", claim("a", "x.com", "Text.").artifacts("", null)), CTX).isEmpty());
  }
}
