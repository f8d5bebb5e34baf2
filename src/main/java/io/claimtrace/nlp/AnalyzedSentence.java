package io.claimtrace.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of an article with its tokens.
 *
 * @param index 0-based sentence position in the article text (the {@code sentence_index} of the tables)
 * @param paragraph 0-based paragraph the sentence is in (paragraphs are separated by a blank line)
 * @param start character offset of the sentence in the article text
 * @param end character offset of the end of the sentence in the article text
 * @param text the sentence as written
 * @param tokens its tokens; tags and lemmas are filled only by {@link NlpPipeline#tag}
 * @param overlong true when the detected sentence was longer than the cap and was cut into pieces
 *     at whitespace: such pieces are never claim candidates
 */
public record AnalyzedSentence(int index, int paragraph, int start, int end, String text, List<Token> tokens,
    boolean overlong) implements Serializable {

  public String[] tokenTexts() {
    String[] t = new String[tokens.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = tokens.get(i).text();
    }
    return t;
  }

  /** True when {@link NlpPipeline#tag} has run on this sentence. */
  public boolean tagged() {
    return tokens.isEmpty() || tokens.get(0).pos() != null;
  }
}
