package io.claimtrace.spark;

import io.claimtrace.model.Article;
import io.claimtrace.model.Reject;
import io.claimtrace.nlp.AnalyzeConfig;
import io.claimtrace.nlp.ArticleAnalyzer;
import io.claimtrace.nlp.ClaimRecord;
import io.claimtrace.nlp.Entity;
import io.claimtrace.nlp.KnowledgeBase;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The analyze stage on Spark: reads {@code articles}, runs {@link ArticleAnalyzer} per partition
 * (one OpenNLP pipeline per task, the knowledge base broadcast once), and stages the
 * {@code entities} and {@code claims} tables and the {@code rejects} table with this stage's rows
 * replaced (rows of other stages are kept).
 */
public final class AnalyzeSparkJob {
  private AnalyzeSparkJob() {}

  /** What the stage did, for the progress line and the run manifest. */
  public record Summary(long articles, long analyzed, long entities, long claims, long rejects,
      Map<String, Long> rejectsByReason, Map<String, Long> stageMillis) {}

  /** The article fields the output rows repeat (not its text: that would be copied per row). */
  public record ArticleRef(String articleId, String outlet, java.time.Instant publishedAt) implements Serializable {
    static ArticleRef of(Article a) {
      return new ArticleRef(a.articleId(), a.outlet(), a.publishedAt());
    }
  }

  /** One output row of a partition: the article and exactly one of the other fields (or none: the article marker). */
  record Out(ArticleRef article, Entity entity, int sentence, ClaimRecord claim, Reject reject, Map<String, Long> nanos)
      implements Serializable {}

  public static Summary run(SparkSession spark, AnalyzeConfig config, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(ArticleAnalyzer.STAGE, "analyze: entities and claims", false);
    try {
      String articlesPath = writer.require(Tables.ARTICLES, "analyze", "ingest");
      List<Path> kbFiles = config.kbFiles().stream().map(Path::of).toList();
      Broadcast<KnowledgeBase> kb = jsc.broadcast(KnowledgeBase.load(kbFiles));
      Dataset<Row> articleRows = spark.read().schema(Tables.ARTICLES_SCHEMA).parquet(articlesPath);

      jsc.setJobDescription("analyze: entities and claims");
      JavaRDD<Out> out = articleRows.javaRDD().map(Tables::article)
          .mapPartitions(it -> analyze(it, kb.value(), config))
          .persist(StorageLevel.MEMORY_AND_DISK());

      Map<String, Long> kinds = new TreeMap<>(out.map(AnalyzeSparkJob::kind).countByValue());
      Map<String, Long> rejectsByReason = new TreeMap<>();
      kinds.forEach((k, v) -> {
        if (k.startsWith("reject:")) {
          rejectsByReason.put(k.substring("reject:".length()), v);
        }
      });
      Map<String, Long> millis = new TreeMap<>();
      for (Map<String, Long> n : out.filter(o -> o.nanos() != null).map(Out::nanos).collect()) {
        n.forEach((k, v) -> millis.merge(k, v / 1_000_000, Long::sum));
      }

      jsc.setJobDescription("analyze: write entities");
      writer.stage(Tables.ENTITIES, spark.createDataFrame(
          out.filter(o -> o.entity() != null).map(o -> Tables.row(o.article(), o.sentence(), o.entity())),
          Tables.ENTITIES_SCHEMA).sortWithinPartitions("article_id", "sentence_index", "char_start"));
      jsc.setJobDescription("analyze: write claims");
      writer.stage(Tables.CLAIMS, spark.createDataFrame(
          out.filter(o -> o.claim() != null).map(o -> Tables.row(o.article(), o.claim())),
          Tables.CLAIMS_SCHEMA).sortWithinPartitions("article_id", "sentence_index"));
      jsc.setJobDescription("analyze: write rejects");
      Dataset<Row> ours = spark.createDataFrame(out.filter(o -> o.reject() != null).map(o -> Tables.row(o.reject())),
          Tables.REJECTS_SCHEMA);
      writer.stagePart(Tables.REJECTS, ArticleAnalyzer.STAGE, ours.repartition(1).sortWithinPartitions("source"));
      out.unpersist(false);
      long articles = kinds.getOrDefault("article", 0L);
      long notAnalyzed = rejectsByReason.getOrDefault("not_english", 0L);
      return new Summary(articles, articles - notAnalyzed, kinds.getOrDefault("entity", 0L),
          kinds.getOrDefault("claim", 0L), rejectsByReason.values().stream().mapToLong(Long::longValue).sum(),
          rejectsByReason, millis);
    } finally {
      jsc.clearJobGroup();
    }
  }

  private static String kind(Out o) {
    if (o.entity() != null) {
      return "entity";
    }
    if (o.claim() != null) {
      return "claim";
    }
    if (o.reject() != null) {
      return "reject:" + o.reject().reasonCode();
    }
    return o.nanos() != null ? "timing" : "article";
  }

  /**
   * Analyzes the articles of one partition lazily. An article whose analysis throws becomes a
   * reject: one bad record never kills the job.
   */
  static Iterator<Out> analyze(Iterator<Article> articles, KnowledgeBase kb, AnalyzeConfig config) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer(kb, config);
    return new Iterator<>() {
      private final List<Out> pending = new ArrayList<>();
      private int next;
      private boolean timed;

      @Override
      public boolean hasNext() {
        while (next >= pending.size()) {
          pending.clear();
          next = 0;
          if (articles.hasNext()) {
            fill(articles.next());
          } else if (!timed) {
            timed = true;
            pending.add(new Out(null, null, -1, null, null, analyzer.stageNanos()));
          } else {
            return false;
          }
        }
        return true;
      }

      @Override
      public Out next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.get(next++);
      }

      private void fill(Article article) {
        ArticleRef a = ArticleRef.of(article);
        pending.add(new Out(a, null, -1, null, null, null));
        Article current = article;
        try {
          ArticleAnalyzer.Result r = analyzer.analyze(current);
          for (int i = 0; i < r.entities().size(); i++) {
            pending.add(new Out(a, r.entities().get(i), r.entitySentences().get(i), null, null, null));
          }
          r.claims().forEach(c -> pending.add(new Out(a, null, c.sentenceIndex(), c, null, null)));
          r.rejects().forEach(x -> pending.add(new Out(a, null, -1, null, x, null)));
        } catch (RuntimeException | StackOverflowError e) {
          pending.add(new Out(a, null, -1, null, new Reject(current.source(), ArticleAnalyzer.STAGE, "analysis_failed",
              e.getClass().getSimpleName() + ": " + e.getMessage() + " (article " + a.articleId() + ")"), null));
        }
      }
    };
  }
}
