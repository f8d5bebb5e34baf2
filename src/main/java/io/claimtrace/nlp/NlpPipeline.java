package io.claimtrace.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The OpenNLP pipeline over one article: sentences (never across paragraphs), tokens with
 * character offsets, and on request UD POS tags and lemmas, or Penn tags and chunks.
 *
 * <p>Cost shapes the API: splitting and tokenizing are cheap (about 450k sentences/s and 460k
 * tokens/s), UD tagging costs about 120k tokens/s, the chunker 20k tokens/s and the lemmatizer
 * only 10k tokens/s. So {@link #split} does the cheap part for every sentence, and callers
 * {@link #tag} only the sentences a cheap pre-filter keeps. Lemmas come from a (token, UPOS)
 * cache that agreed with in-context lemmatization on 99.25% of tokens in a measurement here; the
 * lemmatizer runs only on the tokens that miss the cache.
 *
 * <p>Not thread-safe: OpenNLP {@code ...ME} tools keep per-call state (one tagger shared by two
 * threads corrupted tens of thousands of outputs in a measurement). Build one pipeline per thread
 * or Spark partition; the models behind it are shared ({@link NlpModels}).
 */
public final class NlpPipeline {
  /** Sentences longer than this are cut at whitespace into pieces marked overlong. */
  public static final int MAX_SENTENCE_CHARS = 1500;
  private static final int LEMMA_CACHE_SIZE = 200_000;

  private final SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
  private POSTaggerME udTagger;
  private LemmatizerME lemmatizer;
  private POSTaggerME pennTagger;
  private ChunkerME chunker;
  private final Map<String, String> lemmaCache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > LEMMA_CACHE_SIZE;
    }
  };
  private long lemmaLookups;
  private long lemmaMisses;

  /**
   * Splits an article text into sentences with tokens (no tags). Paragraph breaks (a blank
   * line) always end a sentence.
   */
  public List<AnalyzedSentence> split(String text) {
    List<AnalyzedSentence> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    int paragraph = 0;
    int pos = 0;
    while (pos < text.length()) {
      int brk = text.indexOf("\n\n", pos);
      int paraEnd = brk < 0 ? text.length() : brk;
      if (paraEnd > pos) {
        String para = text.substring(pos, paraEnd);
        for (Span s : mergeFalseBreaks(para, sentences.sentPosDetect(para))) {
          addSentence(text, pos + s.getStart(), pos + s.getEnd(), paragraph, out);
        }
        paragraph++;
      }
      pos = brk < 0 ? text.length() : brk + 2;
      while (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
    }
    return out;
  }

  /**
   * Undoes sentence breaks the model puts inside a sentence: a "sentence" that starts with a
   * lower-case letter, or follows one that does not end in sentence punctuation, continues the
   * previous one. (Measured: the UD model split "Italy banned GPT-4.5 | from its schools in 2023".)
   */
  static List<Span> mergeFalseBreaks(String para, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span prev = out.get(out.size() - 1);
        String prevText = para.substring(prev.getStart(), prev.getEnd()).stripTrailing();
        String cur = para.substring(s.getStart(), s.getEnd()).stripLeading();
        char last = prevText.isEmpty() ? '.' : prevText.charAt(prevText.length() - 1);
        boolean prevEnds = ".!?:;\"'\u201d\u2019)]".indexOf(last) >= 0;
        boolean curContinues = !cur.isEmpty() && Character.isLowerCase(cur.charAt(0));
        if (!prevEnds || curContinues) {
          out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private void addSentence(String text, int start, int end, int paragraph, List<AnalyzedSentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    if (end - start <= MAX_SENTENCE_CHARS) {
      out.add(sentence(text, start, end, paragraph, out.size(), false));
      return;
    }
    int s = start;
    while (s < end) {
      int e = Math.min(end, s + MAX_SENTENCE_CHARS);
      if (e < end) {
        int space = text.lastIndexOf(' ', e);
        if (space > s + MAX_SENTENCE_CHARS / 2) {
          e = space;
        }
      }
      out.add(sentence(text, s, e, paragraph, out.size(), true));
      s = e;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
    }
  }

  private AnalyzedSentence sentence(String text, int start, int end, int paragraph, int index, boolean overlong) {
    String s = text.substring(start, end);
    Span[] spans = tokenizer.tokenizePos(s);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (Span t : spans) {
      tokens.add(new Token(s.substring(t.getStart(), t.getEnd()), start + t.getStart(), start + t.getEnd(), null, null));
    }
    return new AnalyzedSentence(index, paragraph, start, end, s, List.copyOf(tokens), overlong);
  }

  /** Adds UD POS tags and lemmas to a sentence's tokens. */
  public AnalyzedSentence tag(AnalyzedSentence sentence) {
    if (sentence.tokens().isEmpty() || sentence.tagged()) {
      return sentence;
    }
    if (udTagger == null) {
      udTagger = new POSTaggerME(NlpModels.udPos());
    }
    String[] words = sentence.tokenTexts();
    String[] tags = udTagger.tag(words);
    String[] lemmas = new String[words.length];
    boolean miss = false;
    for (int i = 0; i < words.length; i++) {
      lemmaLookups++;
      lemmas[i] = lemmaCache.get(words[i] + '\t' + tags[i]);
      miss |= lemmas[i] == null;
    }
    if (miss) {
      // Lemmatize only the words the cache misses (measured: whole-sentence lemmatization on any
      // miss made tagging 87% of analyze time; output on the claims eval set was identical).
      if (lemmatizer == null) {
        lemmatizer = new LemmatizerME(NlpModels.lemmas());
      }
      int missing = 0;
      for (String l : lemmas) {
        if (l == null) {
          missing++;
        }
      }
      String[] mw = new String[missing];
      String[] mt = new String[missing];
      int[] at = new int[missing];
      for (int i = 0, k = 0; i < words.length; i++) {
        if (lemmas[i] == null) {
          mw[k] = words[i];
          mt[k] = tags[i];
          at[k++] = i;
        }
      }
      String[] fresh = lemmatizer.lemmatize(mw, mt);
      for (int k = 0; k < missing; k++) {
        lemmaMisses++;
        String l = fresh[k] == null || fresh[k].equals("O") || fresh[k].isEmpty() ? mw[k] : fresh[k];
        lemmas[at[k]] = l.toLowerCase(Locale.ROOT);
        lemmaCache.put(mw[k] + '\t' + mt[k], lemmas[at[k]]);
      }
    }
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      Token t = sentence.tokens().get(i);
      tokens.add(new Token(t.text(), t.start(), t.end(), tags[i], lemmas[i]));
    }
    return new AnalyzedSentence(sentence.index(), sentence.paragraph(), sentence.start(), sentence.end(),
        sentence.text(), List.copyOf(tokens), sentence.overlong());
  }

  /** Penn Treebank tags from the 1.5 tagger, in PENN format (the chunker needs them, not UD). */
  public String[] pennTags(String[] tokens) {
    if (pennTagger == null) {
      pennTagger = new POSTaggerME(NlpModels.pennPos(), POSTagFormat.PENN);
    }
    return pennTagger.tag(tokens);
  }

  /** Chunk tags (B-NP, I-VP, O, ...) over Penn tags. */
  public String[] chunks(String[] tokens, String[] pennTags) {
    if (chunker == null) {
      chunker = new ChunkerME(NlpModels.chunker());
    }
    return chunker.chunk(tokens, pennTags);
  }

  /** Share of lemma lookups answered by the cache so far. */
  public double lemmaCacheHitRate() {
    return lemmaLookups == 0 ? 0 : 1.0 - (double) lemmaMisses / lemmaLookups;
  }
}
