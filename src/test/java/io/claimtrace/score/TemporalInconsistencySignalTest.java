package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.CTX;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.org;
import static io.claimtrace.score.TestClaims.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemporalInconsistencySignalTest {
  final TemporalInconsistencySignal signal = new TemporalInconsistencySignal();

  @Test
  void banBeforeTheModelExisted() {
    SignalHit h = signal.evaluate(Families.f3(), CTX).orElseThrow();
    assertEquals("temporal-inconsistency", h.signal());
    assertEquals(1.0, h.strength(), 1e-9);
    assertEquals("The claim cannot be right as told: it dates an event to 2023, but GPT-4.5 was only released on "
        + "February 27, 2025 (4 of 4 versions).", h.sentence());
    assertTrue(h.evidence().get(0).startsWith("f3-1 (siliconsignal.co.uk): \u201c2023\u201d vs prod:gpt-4.5"));
  }

  @Test
  void oneVersionOfTwoAndAnOrganisationFoundedLater() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "In 2019 the UK AI Safety Institute fined a startup.").dates("2019")
            .entities(org("UK AI Safety Institute", true, "org:uk-aisi")),
        claim("b", "y.com", "The UK AI Safety Institute fined a startup.")
            .entities(org("UK AI Safety Institute", true, "org:uk-aisi")));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(0.6 + 0.4 / 2, h.strength(), 1e-9);
    assertTrue(h.sentence().contains("UK AI Safety Institute was only founded in November 2023"), h.sentence());
  }

  @Test
  void sameYearLaterYearsUnknownEntitiesAndNoKbAreSilent() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "In 2025 schools banned GPT-4.5.").dates("2025").entities(product("GPT-4.5", true, "prod:gpt-4.5")),
        claim("b", "y.com", "Since March 2026 GPT-4.5 is banned.").dates("March 2026")
            .entities(product("GPT-4.5", true, "prod:gpt-4.5")),
        claim("c", "z.com", "In 2001 Veridian Labs was founded.").dates("2001").entities(org("Veridian Labs", false, null)));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
    assertTrue(signal.evaluate(Families.f3(), new ScoringContext(null, Map.of())).isEmpty());
  }

  @Test
  void entityWithoutIdIsLookedUpByName() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "GPT-4.5 was banned in 2020.").dates("2020").entities(product("GPT-4.5", true, null)));
    assertEquals(1.0, signal.evaluate(c, CTX).orElseThrow().strength(), 1e-9);
  }

  @Test
  void yearInTheSentenceCountsWhenNoDateMentionWasExtracted() {
    // The analyzer finds no DATE in "in 2023" here; the sentence itself is read.
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "Italy banned GPT-4.5 from its schools in 2023, according to education observers.")
            .entities(product("GPT-4.5", true, "prod:gpt-4.5")));
    SignalHit h = signal.evaluate(c, CTX).orElseThrow();
    assertEquals(1.0, h.strength(), 1e-9);
    assertEquals(1, h.evidence().size());
  }

  @Test
  void comparisonsWithEarlierYearsAndCountedNumbersAreNotEvents() {
    ClusterEvidence c = cluster("c",
        claim("a", "x.com", "GPT-4.5 cut error rates by half compared with 2022 levels.").dates("2022")
            .entities(product("GPT-4.5", true, "prod:gpt-4.5")),
        claim("b", "y.com", "GPT-4.5 beats its 2020 predecessor.").entities(product("GPT-4.5", true, "prod:gpt-4.5")),
        claim("c", "z.com", "GPT-4.5 was tested by 2000 developers.")
            .quantities(new io.claimtrace.nlp.Quantity("2000", 2000, "developers", false))
            .entities(product("GPT-4.5", true, "prod:gpt-4.5")));
    assertTrue(signal.evaluate(c, CTX).isEmpty());
    assertTrue(TemporalInconsistencySignal.comparative("up from 2020 levels", 2020));
    assertTrue(!TemporalInconsistencySignal.comparative("The 2023 ban on GPT-4.5", 2023));
  }
}
