package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompanyCuesTest {
  static CompanyCues cues;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    cues = new CompanyCues(new NerFeatures(kb), kb);
  }

  @Test
  void functionWordsOfTitlesAreNoPersonCue() {
    // "of" is among the title lists' words ("Secretary of State"), but "shares of X" is a company cue
    assertFalse(cues.person("Investors sold shares of Velbix .".split(" "), 4, 5));
    assertTrue(cues.person("the chief executive Velbix said".split(" "), 3, 4), "a title word before");
    assertTrue(cues.person("Velbix , who founded it".split(" "), 0, 1));
  }

  @Test
  void anAcronymFusedWithAWordIsABrandShape() {
    assertTrue(cues.brandShape("AIWire"));
    assertTrue(cues.brandShape("CNNMoney"));
    assertFalse(cues.brandShape("McAvoy"), "a surname prefix is no brand");
    assertFalse(cues.brandShape("NASA"), "an acronym alone is not this shape");
  }
}
