package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HyphenatedWordsTest {
  /** Offsets of tokens laid out with the given gaps before each (0: touching the previous token). */
  private static HyphenatedWords.Joined join(String[] t, int[] gaps) {
    int[] st = new int[t.length];
    int[] en = new int[t.length];
    int at = 0;
    for (int i = 0; i < t.length; i++) {
      at += gaps[i];
      st[i] = at;
      at += t[i].length();
      en[i] = at;
    }
    return HyphenatedWords.join(t, st, en);
  }

  @Test
  void joinsTouchingPiecesOfANameAndMapsSpansBack() {
    HyphenatedWords.Joined j = join(new String[] {"A", "Kessler", "-", "Dorn", "spokeswoman", "."},
        new int[] {0, 1, 0, 0, 1, 0});
    assertArrayEquals(new String[] {"A", "Kessler-Dorn", "spokeswoman", "."}, j.texts());
    assertEquals(2, j.starts()[1]);
    assertEquals(14, j.ends()[1]);
    assertEquals(new TypedSpan(1, 4, Entity.ORG, null, "rule"), j.toOriginal(new TypedSpan(1, 2, Entity.ORG, null, "rule")));
    // The tokenizer's other cut, "Coca" "-Cola's", joins too; the possessive stays on for the caller to split.
    assertArrayEquals(new String[] {"Coca-Cola's", "CEO"}, join(new String[] {"Coca", "-Cola's", "CEO"},
        new int[] {0, 0, 1}).texts());
  }

  @Test
  void leavesDashesCompoundsAndPrefixesApart() {
    // Spaced dash, compound adjective, lower-case prefix, digits (versioned names have their own rules).
    assertEquals(5, join(new String[] {"Leeds", "-", "Chelsea", "won", "."}, new int[] {0, 1, 1, 1, 0}).texts().length);
    assertEquals(3, join(new String[] {"Grammy", "-", "winning"}, new int[] {0, 0, 0}).texts().length);
    assertEquals(2, join(new String[] {"pro-", "Moscow"}, new int[] {0, 0}).texts().length);
    assertEquals(3, join(new String[] {"GPT", "-", "4"}, new int[] {0, 0, 0}).texts().length);
    assertTrue(HyphenatedWords.hyphenatedName("Saint-Jean-de-Luz"));
    assertFalse(HyphenatedWords.hyphenatedName("Kessler--Dorn"));
    assertFalse(HyphenatedWords.hyphenatedName("Kessler-Dorn'"), "a closing quote is not part of the name");
    assertFalse(HyphenatedWords.hyphenatedName("Kessler-Dorns'"));
    assertTrue(HyphenatedWords.hyphenatedName("Kessler-Dorn's"));
    assertTrue(HyphenatedWords.hyphenatedName("O'Neil-Dorn"));
  }

  @Test
  void callerKeepsKnownPartsApart() {
    String[] t = {"US", "-", "China", "talks"};
    HyphenatedWords.Joined j = HyphenatedWords.join(t, new int[] {0, 2, 3, 9}, new int[] {2, 3, 8, 14},
        w -> w.equals("US-China"));
    assertArrayEquals(t, j.texts());
  }
}
