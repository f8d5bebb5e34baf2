package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClaimFeaturesTest {
  @Test
  void wordsSplitLikeTheWhitespaceRegex() {
    String alphabet = "ab \t\n\u000B\f\r\u00a0é9";
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 2000; k++) {
      StringBuilder s = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        s.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      List<String> regex = Arrays.stream(s.toString().split("\\s+")).filter(w -> !w.isEmpty()).toList();
      assertEquals(regex, ClaimFeatures.words(s.toString()), "for [" + s + "]");
    }
    assertEquals(List.of(), ClaimFeatures.words(null));
  }

  @Test
  void numbersAreSetApartFromTokens() {
    ClaimFeatures f = ClaimFeatures.of("c", "  leak memo 47% deny\trequest num:1.5 ", List.of());
    assertEquals(List.of("leak", "memo", "deny", "request"), f.tokens());
    assertEquals(List.of(47.0, 1.5), f.numbers());
  }
}
