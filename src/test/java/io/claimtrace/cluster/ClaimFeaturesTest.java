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

  @Test
  void moneyTokensStayWords() {
    ClaimFeatures f = ClaimFeatures.of("c", "startup raise 310000000usd round", List.of());
    assertEquals(List.of("startup", "raise", "310000000usd", "round"), f.tokens());
    assertEquals(List.of(), f.numbers(), "money must match exactly: as drifting numbers it chained price reports");
  }

  @Test
  void subjectsCarryTheirKindAndTheirDistinctiveWordsAreDerivedOnce() {
    ClaimFeatures f = ClaimFeatures.of("c", "veridian_labs halo paris ceo deny", List.of(
        new String[] {"Veridian Labs", "ORG", "org:veridian"}, new String[] {"Halo", "PRODUCT", null},
        new String[] {"Paris", "LOC", null}, new String[] {"CEO", "PERSON", null}, new String[] {"2026", "DATE", null}));
    assertEquals(java.util.Set.of("org:kb:org:veridian", "org:halo", "loc:paris", "per:ceo"), f.subjects());
    // "ceo" is a title, not a name: no words, and no kind of its own.
    assertEquals(3, f.subjectNames().size());
    assertEquals(ClaimFeatures.ORG | ClaimFeatures.PLACE, f.subjectKinds());
    assertEquals(f, new ClaimFeatures("c", f.tokens(), f.numbers(), f.subjects()));
  }
}
