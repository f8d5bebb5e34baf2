package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VagueAttributionSignalTest {
  final VagueAttributionSignal signal = new VagueAttributionSignal();

  @Test
  void leakedMemosInsidersAndReportsAreFullyVague() {
    SignalHit h = signal.evaluate(Families.f1(), CTX).orElseThrow();
    assertEquals("vague-attribution", h.signal());
    assertEquals(1.0, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("8 of 8 versions of this claim rest on vague"), h.sentence());
    assertTrue(h.sentence().contains("\u201ca leaked memo\u201d"), h.sentence());
    assertTrue(h.sentence().contains("\u201cindustry insiders say\u201d"), h.sentence());
    assertTrue(h.evidence().stream().anyMatch(e -> e.startsWith("f1-4 (promptpost.net): according to reports")),
        h.evidence().toString());
  }

  @Test
  void unnamedStudyIsVagueEvenWhenExtractedAsDocument() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "Half of firms use AI agents, a new analysis shows.").attr("document", "a new analysis"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(1.0, h.strength(), 1e-9); // the phrase "a new analysis" is in the vague lexicon
    ClusterEvidence d = cluster("d",
        claim("a", "x.com", "Half of firms use AI agents, the consultancy's memo shows.").attr("document", "a memo"));
    assertEquals(0.8, signal.evaluate(d, CTX).orElseThrow().strength(), 1e-9);
  }

  @Test
  void namedSourcesAndLinksAreNotVague() {
    assertTrue(signal.evaluate(Families.f5(), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f6(), CTX).isEmpty());
    // F7: "the institute said on Wednesday": named and dated.
    assertTrue(signal.evaluate(Families.f7(), CTX).isEmpty());
  }

  @Test
  void namedWithoutLinkOrDateIsWeakAndHedgesAddUp() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "OpenAI is building a browser.").attr("organization", "OpenAI"),
        claim("b", "y.com", "OpenAI is reportedly building a browser.").hedges("reportedly"));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    // a: named, no link/date -> 0.3; b: vague phrase "reportedly" -> 1.0 (+0.2 hedge, capped).
    assertEquals((0.3 + 1.0) / 2, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("1 of 2 versions"), h.sentence());
  }
}
