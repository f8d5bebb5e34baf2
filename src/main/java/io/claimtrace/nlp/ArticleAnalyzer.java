package io.claimtrace.nlp;

import io.claimtrace.model.Article;
import io.claimtrace.model.Ids;
import io.claimtrace.model.Reject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The analyze stage on one article, in plain Java: sentences, entities for every sentence, a
 * cheap claim pre-filter, and tagging plus claim analysis only for the candidates. Keeps the time
 * spent per step so the benchmark can report where it goes.
 *
 * <p>Not thread-safe (it holds OpenNLP tools): one per thread or Spark partition.
 */
public final class ArticleAnalyzer {
  public static final String STAGE = "analyze";

  private final AnalyzeConfig config;
  private final NlpPipeline nlp = new NlpPipeline();
  private final EntityRecognizer entities;
  private final ClaimExtractor claims;
  private final long[] nanos = new long[Step.values().length];

  /** The timed steps, in pipeline order. */
  public enum Step { SPLIT, ENTITIES, PREFILTER, TAG, CLAIMS }

  public ArticleAnalyzer(KnowledgeBase kb, AnalyzeConfig config) {
    this.config = config;
    this.entities = new EntityRecognizer(kb);
    this.claims = new ClaimExtractor(nlp);
  }

  /** What one article yields. */
  public record Result(List<Entity> entities, List<Integer> entitySentences, List<ClaimRecord> claims,
      List<Reject> rejects) {}

  public Result analyze(Article article) {
    List<Reject> rejects = new ArrayList<>();
    if (!config.languages().contains(article.language())) {
      rejects.add(new Reject(article.source(), STAGE, "not_english",
          "language " + article.language() + ": claims and entities are extracted from "
              + String.join(", ", config.languages()) + " text only (article " + article.articleId() + ")"));
      return new Result(List.of(), List.of(), List.of(), rejects);
    }
    long t0 = System.nanoTime();
    List<AnalyzedSentence> sentences = nlp.split(article.text());
    nanos[Step.SPLIT.ordinal()] += System.nanoTime() - t0;
    if (sentences.size() > config.maxSentences()) {
      rejects.add(new Reject(article.source(), STAGE, "analysis_truncated",
          "article has " + sentences.size() + " sentences; analyzed the first " + config.maxSentences()
              + " (claimtrace.analyze.max-sentences), article " + article.articleId()));
      sentences = sentences.subList(0, config.maxSentences());
    }
    String text = article.text();
    List<int[]> anchors = anchorSpans(text, article.links());
    List<Entity> found = new ArrayList<>();
    List<Integer> foundIn = new ArrayList<>();
    List<ClaimRecord> out = new ArrayList<>();
    long a0 = System.nanoTime();
    List<AnalyzedSentence> regular = sentences.stream().filter(x -> !x.overlong()).toList();
    List<Entity> all = entities.findInArticle(regular);
    List<List<Entity>> bySentence = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    int cursor = 0;
    for (Entity e : all) {
      while (cursor < sentences.size() && sentences.get(cursor).end() <= e.start()) {
        cursor++;
      }
      if (cursor < sentences.size()) {
        bySentence.get(cursor).add(e);
        found.add(e);
        foundIn.add(sentences.get(cursor).index());
      }
    }
    nanos[Step.ENTITIES.ordinal()] += System.nanoTime() - a0;
    for (AnalyzedSentence s : sentences) {
      List<Entity> inSentence = bySentence.get(s.index());
      long b = System.nanoTime();
      boolean candidate = !s.overlong() && claims.candidate(s);
      long c = System.nanoTime();
      nanos[Step.PREFILTER.ordinal()] += c - b;
      if (!candidate) {
        continue;
      }
      AnalyzedSentence tagged = nlp.tag(s);
      long d = System.nanoTime();
      nanos[Step.TAG.ordinal()] += d - c;
      ClaimAnalysis analysis = claims.analyze(tagged, inSentence);
      nanos[Step.CLAIMS.ordinal()] += System.nanoTime() - d;
      if (!analysis.claim()) {
        continue;
      }
      int[] para = paragraphBounds(text, s.start(), s.end());
      out.add(new ClaimRecord(
          Ids.sha256Hex(article.articleId() + ":" + s.index() + ":" + s.text(), 32),
          s.index(), s.paragraph(), s.start(), s.end(), s.text(), analysis, inSentence,
          linksWithin(article.links(), anchors, s.start(), s.end()),
          linksWithin(article.links(), anchors, para[0], para[1])));
    }
    return new Result(found, foundIn, out, rejects);
  }

  /** Nanoseconds spent per step so far, in pipeline order. */
  public Map<String, Long> stageNanos() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (Step s : Step.values()) {
      m.put(s.name().toLowerCase(Locale.ROOT), nanos[s.ordinal()]);
    }
    return m;
  }

  /**
   * Where each link's anchor text sits in the article text (ingest keeps links as anchor text and
   * URL). The first occurrence not already taken by an earlier link is used, so repeated anchors
   * ("report") map to successive places in order.
   */
  static List<int[]> anchorSpans(String text, List<Article.Link> links) {
    List<int[]> spans = new ArrayList<>(links.size());
    int from = 0;
    for (Article.Link l : links) {
      String anchor = l.text() == null ? "" : l.text().strip();
      int at = anchor.isEmpty() ? -1 : text.indexOf(anchor, from);
      if (at < 0 && !anchor.isEmpty()) {
        at = text.indexOf(anchor);
      }
      spans.add(at < 0 ? null : new int[] {at, at + anchor.length()});
      if (at >= 0) {
        from = at + anchor.length();
      }
    }
    return spans;
  }

  static List<String> linksWithin(List<Article.Link> links, List<int[]> spans, int start, int end) {
    Set<String> urls = new LinkedHashSet<>();
    for (int i = 0; i < links.size(); i++) {
      int[] s = spans.get(i);
      if (s != null && s[0] >= start && s[1] <= end) {
        urls.add(links.get(i).url());
      }
    }
    return List.copyOf(urls);
  }

  static int[] paragraphBounds(String text, int start, int end) {
    int a = text.lastIndexOf("\n\n", start);
    int b = text.indexOf("\n\n", end);
    return new int[] {a < 0 ? 0 : a + 2, b < 0 ? text.length() : b};
  }
}
