package io.claimtrace.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.nlp.bench.EntitySpanScorer.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitySpanScorerTest {
  private static final List<String> TYPES = List.of("PERSON", "ORG", "LOC", "DATE");

  @Test
  void exactSpanAndTypeOrNothing() {
    EntitySpanScorer s = new EntitySpanScorer(TYPES);
    // Unit 1: PERSON right; ORG with the right span but typed PERSON; LOC one character short.
    s.add(List.of(new Span(0, 10, "PERSON"), new Span(20, 27, "ORG"), new Span(40, 46, "LOC")),
        List.of(new Span(0, 10, "PERSON"), new Span(20, 27, "PERSON"), new Span(40, 45, "LOC")));
    // Unit 2: ORG right, DATE missed, a spurious ORG, and the same ORG predicted twice (counts once).
    s.add(List.of(new Span(5, 12, "ORG"), new Span(30, 34, "DATE")),
        List.of(new Span(5, 12, "ORG"), new Span(5, 12, "ORG"), new Span(50, 55, "ORG")));

    assertArrayEquals(new int[] {1, 2, 1}, s.counts("PERSON"));
    assertEquals(0.5, s.precision("PERSON"), 1e-9);
    assertEquals(1.0, s.recall("PERSON"), 1e-9);
    assertEquals(2.0 / 3, s.f1("PERSON"), 1e-9);
    assertArrayEquals(new int[] {1, 2, 2}, s.counts("ORG"));
    assertEquals(0.5, s.f1("ORG"), 1e-9);
    assertArrayEquals(new int[] {0, 1, 1}, s.counts("LOC"));
    assertEquals(0, s.f1("LOC"));
    assertArrayEquals(new int[] {0, 0, 1}, s.counts("DATE"));
    // Micro over all: 2 correct of 5 predicted and 5 gold.
    assertEquals(0.4, s.microF1(), 1e-9);
    // Micro over PERSON/ORG/LOC: 2 correct, 5 predicted, 4 gold: P 0.4, R 0.5, F1 4/9.
    assertEquals(4.0 / 9, s.microF1(List.of("PERSON", "ORG", "LOC")), 1e-9);
    assertEquals(Map.of("ORG->PERSON", 1), s.typeConfusions());
    assertEquals(List.of("DATE"), s.neverPredicted());
  }

  @Test
  void typesTheGoldSetDoesNotUseAreCountedNotScored() {
    EntitySpanScorer s = new EntitySpanScorer(TYPES);
    s.add(List.of(new Span(0, 4, "DATE")), List.of(new Span(0, 4, "NUMBER"), new Span(10, 20, "QUANTITY")));
    assertEquals(Map.of("NUMBER", 1, "QUANTITY", 1), s.unscored());
    assertArrayEquals(new int[] {0, 0, 1}, s.counts("DATE"));
    assertEquals(Map.of("DATE->NUMBER", 1), s.typeConfusions());
    assertEquals(0, s.microF1());
    assertEquals(TYPES, s.types());
  }

  @Test
  void aGoldTypeOutsideTheListIsScoredAndNothingPredictedIsZero() {
    EntitySpanScorer s = new EntitySpanScorer(List.of("PERSON"));
    s.add(List.of(new Span(0, 3, "MONEY")), List.of(new Span(0, 3, "MONEY")));
    assertEquals(List.of("PERSON", "MONEY"), s.types());
    assertEquals(1.0, s.f1("MONEY"), 1e-9);
    assertEquals(0, s.f1("PERSON"));
    assertEquals(1.0, s.microF1(), 1e-9);
    EntitySpanScorer empty = new EntitySpanScorer(TYPES);
    empty.add(List.of(), List.of());
    assertEquals(0, empty.microF1());
    assertTrue(empty.neverPredicted().isEmpty());
  }
}
