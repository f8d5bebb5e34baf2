package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {
  static NlpPipeline nlp;

  @BeforeAll
  static void load() {
    nlp = new NlpPipeline();
  }

  @Test
  void sentencesNeverCrossParagraphsAndKeepOffsets() {
    String text = "A leaked memo reveals that 47% of requests were denied. Dr. Smith disagreed\n\n"
        + "The company said it would respond. Shares fell 3% on Monday.";
    List<AnalyzedSentence> s = nlp.split(text);
    assertEquals(4, s.size(), s.toString());
    assertEquals("Dr. Smith disagreed", s.get(1).text());
    assertEquals(List.of(0, 0, 1, 1), s.stream().map(AnalyzedSentence::paragraph).toList());
    for (AnalyzedSentence x : s) {
      assertEquals(x.text(), text.substring(x.start(), x.end()));
      x.tokens().forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
    }
    assertEquals(List.of(0, 1, 2, 3), s.stream().map(AnalyzedSentence::index).toList());
  }

  @Test
  void taggingAddsUdTagsAndLemmas() {
    AnalyzedSentence s = nlp.tag(nlp.split("The companies were denied 47 requests.").get(0));
    assertTrue(s.tagged());
    assertEquals(List.of("DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT"), s.tokens().stream().map(Token::pos).toList());
    assertEquals(List.of("the", "company", "be", "deny", "47", "request", "."), s.tokens().stream().map(Token::lemma).toList());
    AnalyzedSentence again = nlp.tag(nlp.split("The companies were denied 47 requests.").get(0));
    assertEquals(s.tokens(), again.tokens(), "cache gives the same lemmas");
    assertTrue(nlp.lemmaCacheHitRate() > 0.4);
  }

  @Test
  void pennTagsFeedTheChunker() {
    String[] tokens = {"Industry", "insiders", "say", "the", "filter", "rejected", "half", "of", "requests", "."};
    String[] penn = nlp.pennTags(tokens);
    assertEquals("NNS", penn[1], "PENN format, not UD");
    String[] chunks = nlp.chunks(tokens, penn);
    assertEquals("B-NP", chunks[0]);
    assertEquals("I-NP", chunks[1]);
    assertEquals("B-VP", chunks[2]);
  }

  @Test
  void overlongAndHostileTextIsCutNotFatal() {
    String oneLine = "word ".repeat(200_000);
    List<AnalyzedSentence> s = nlp.split(oneLine);
    assertTrue(s.size() >= 600, "cut into pieces: " + s.size());
    assertTrue(s.stream().allMatch(AnalyzedSentence::overlong));
    assertTrue(s.stream().allMatch(x -> x.text().length() <= NlpPipeline.MAX_SENTENCE_CHARS));
    assertFalse(nlp.split("Текст 中文 \u0007\u0000 mixed. Scripts here.").isEmpty());
    assertArrayEquals(new Object[0], nlp.split("").toArray());
  }

  @Test
  void falseBreaksInsideASentenceAreMerged() {
    String text = "Italy banned GPT-4.5 from its schools in 2023, according to education observers. That move is now cited.";
    List<AnalyzedSentence> s = nlp.split(text);
    assertEquals(2, s.size(), s.toString());
    assertEquals("Italy banned GPT-4.5 from its schools in 2023, according to education observers.", s.get(0).text());
  }
}
