package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.org;
import static io.claimtrace.score.TestClaims.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.nlp.KnowledgeBase;
import org.junit.jupiter.api.Test;

class UnknownEntitySignalTest {
  final UnknownEntitySignal signal = new UnknownEntitySignal();

  @Test
  void unknownCompanyConfusableWithAKnownLab() {
    SignalHit h = signal.evaluate(Families.f2(), CTX).orElseThrow();
    assertEquals("unknown-entity", h.signal());
    assertEquals(1.0, h.strength(), 1e-9); // 0.4 + 0.4 x 5/5 + 0.2 confusable
    assertTrue(h.sentence().contains("\u201cDeepMind Partners\u201d is not in our reference list"), h.sentence());
    assertTrue(h.sentence().contains("easy to confuse with Google DeepMind"), h.sentence());
    assertEquals(5, h.evidence().size());
  }

  @Test
  void unknownCompanyAndProductWithoutPrimarySource() {
    SignalHit h = signal.evaluate(Families.f1(), CTX).orElseThrow();
    assertEquals(0.8, h.strength(), 1e-9);
    assertTrue(h.sentence().startsWith("The organisations or products \u201cVeridian Labs\u201d, \u201cHalo\u201d are not"),
        h.sentence());
  }

  @Test
  void primarySourceVouchesForAnUnknownCompany() {
    SignalHit h = signal.evaluate(Families.f6(), CTX).orElseThrow();
    assertEquals(0.8 * 0.3, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("links a primary source that may vouch for it"), h.sentence());
  }

  @Test
  void knownEntitiesOthersTypesAndKbNamesAreSilent() {
    assertTrue(signal.evaluate(Families.f5(), CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f3(), CTX).isEmpty());
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "Jane Roe of Paris said OpenAI is hiring.").entities(
            new MemberClaim.EntityRef("Jane Roe", "PERSON", false, null),
            // marked unknown upstream but the KB has it: not unknown
            org("OpenAI", false, null), product("GPT-4o", true, "prod:gpt-4o")));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
  }

  @Test
  void lookalikeNeedsWholeWordsOfAKnownName() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    assertEquals("org:google-deepmind", UnknownEntitySignal.lookalike("DeepMind Partners", kb).id());
    assertNull(UnknownEntitySignal.lookalike("Veridian Labs", kb));
  }

  @Test
  void analyzerQuirksPossessivesFragmentsAndPlacePrefixes() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "47% of requests were denied by Veridian Labs' content filter.")
            .entities(org("Veridian Labs'", false, null), org("AI-", false, null)),
        claim("b", "y.com", "Veridian Labs reported it to the US Securities and Exchange Commission.")
            .entities(org("Veridian Labs", false, null), org("US Securities and Exchange Commission", false, null)));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals("The organisation or product \u201cVeridian Labs\u201d is not in our reference list of AI companies, "
        + "labs and products.", h.sentence());
    assertEquals(0.8, h.strength(), 1e-9);
    assertTrue(UnknownEntitySignal.knownAfterPlace("US Securities and Exchange Commission", KnowledgeBase.bundled()));
    assertTrue(!UnknownEntitySignal.knownAfterPlace("Zurich DeepMind Partners", KnowledgeBase.bundled()));
  }
}
