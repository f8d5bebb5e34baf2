package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void paragraphsAreSeparatedByOneBlankLine() {
    String in = "  First line\nsame paragraph.\r\n\r\n\n\nSecond\u00a0 para\u0007graph.\u200b ";
    assertEquals("First line same paragraph.\n\nSecond paragraph.", TextNormalizer.paragraphs(in));
  }

  @Test
  void hashFormIgnoresCaseQuotesAndSpacing() {
    assertEquals(TextNormalizer.forHash("“Hello,” she said —  47%!"), TextNormalizer.forHash("\"hello\" SHE said - 47 %"));
  }

  @Test
  void countsWordsAndCutsAtBoundaries() {
    assertEquals(5, TextNormalizer.countWords("one two, three-four 5"));
    String text = "aaaa bbbb\n\ncccc dddd eeee";
    assertEquals("aaaa bbbb", TextNormalizer.cut(text, 16));
    String cut = TextNormalizer.cut("x".repeat(50) + " " + "y".repeat(50), 80);
    assertEquals("x".repeat(50), cut);
    assertTrue(TextNormalizer.cut("z".repeat(100), 10).length() <= 10);
  }
}
