package io.claimtrace.nlp.bench;

import io.claimtrace.model.Article;
import io.claimtrace.nlp.AnalyzeConfig;
import io.claimtrace.nlp.ArticleAnalyzer;
import io.claimtrace.nlp.KnowledgeBase;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Throughput of the analyze stage per core: a generated corpus (deterministic, {@link SyntheticNews})
 * analyzed single-threaded by {@link ArticleAnalyzer}, the unit a Spark task runs. Reports
 * articles/s, the share of time per step and what came out, after a warm-up pass.
 */
public final class AnalyzeBenchmark {
  private AnalyzeBenchmark() {}

  public static int run(int articles, long seed, PrintStream out) {
    List<Article> corpus = new SyntheticNews(seed).articles(articles);
    long words = corpus.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    KnowledgeBase kb = KnowledgeBase.bundled();
    ArticleAnalyzer warm = new ArticleAnalyzer(kb, AnalyzeConfig.defaults());
    for (Article a : corpus.subList(0, Math.min(corpus.size(), 2000))) {
      warm.analyze(a);
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer(kb, AnalyzeConfig.defaults());
    long claims = 0;
    long entities = 0;
    long t0 = System.nanoTime();
    for (Article a : corpus) {
      ArticleAnalyzer.Result r = analyzer.analyze(a);
      claims += r.claims().size();
      entities += r.entities().size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "== analyze, single thread (one core), %,d generated articles, %.0f words/article%n",
        articles, (double) words / articles);
    out.printf(Locale.ROOT, "%.1f articles/s per core (%.1f s), %.1f claims and %.1f entities per article%n",
        articles / seconds, seconds, (double) claims / articles, (double) entities / articles);
    Map<String, Long> nanos = analyzer.stageNanos();
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    out.println("share of time per step:");
    nanos.forEach((step, n) -> out.printf(Locale.ROOT, "  %-10s %5.1f%%  (%.2f ms/article)%n", step,
        100.0 * n / total, n / 1e6 / articles));
    return 0;
  }
}
