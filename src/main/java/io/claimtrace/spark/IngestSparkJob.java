package io.claimtrace.spark;

import io.claimtrace.ingest.ArticleBuilder;
import io.claimtrace.ingest.Duplicates;
import io.claimtrace.ingest.IngestConfig;
import io.claimtrace.ingest.InputOpener;
import io.claimtrace.ingest.InputReaders;
import io.claimtrace.ingest.InputSplit;
import io.claimtrace.ingest.ReadItem;
import io.claimtrace.model.Article;
import io.claimtrace.model.IngestResult;
import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The ingest stage on Spark: lists the inputs on the driver, reads and extracts every split on
 * the executors ({@link InputReaders}, {@link ArticleBuilder}), collapses exact duplicates and
 * stages the {@code articles} and {@code rejects} tables. Only file names, sizes and counts ever
 * reach the driver.
 */
public final class IngestSparkJob {
  public static final String STAGE = "ingest";

  private IngestSparkJob() {}

  /** What the stage did, for the progress line and the run manifest. */
  public record Summary(
      int inputFiles,
      Map<String, Long> filesByFormat,
      int splits,
      long articlesExtracted,
      long duplicatesCollapsed,
      long articles,
      long rejects,
      Map<String, Long> rejectsByReason,
      long truncated,
      List<String> ignoredFiles) {}

  public static Summary run(SparkSession spark, List<String> inputs, IngestConfig config, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "ingest: extract articles", false);
    try {
      HadoopInputPlanner planner = new HadoopInputPlanner(jsc.hadoopConfiguration());
      HadoopInputPlanner.Listing listing = planner.list(inputs);
      List<HadoopInputPlanner.InputFile> files = listing.files();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("Cannot ingest: no files under " + String.join(", ", inputs));
      }
      Map<String, Long> byFormat = new TreeMap<>();
      files.forEach(f -> byFormat.merge(f.format().label(), 1L, Long::sum));
      InputOpener opener = new HadoopInputOpener(jsc.hadoopConfiguration());
      List<InputSplit> splits = numberLines(jsc, HadoopInputPlanner.splits(files, config.jsonlSplitBytes()), opener);

      int slices = Math.max(1, Math.min(splits.size(), Math.max(jsc.defaultParallelism() * 4, splits.size() / 64)));
      jsc.setJobDescription("ingest: extract articles");
      JavaRDD<IngestResult> results = jsc.parallelize(splits, slices)
          .mapPartitions(it -> extract(it, opener, config))
          .persist(StorageLevel.MEMORY_AND_DISK());

      Map<String, Long> kinds = new TreeMap<>(results.map(IngestSparkJob::kind).countByValue());
      long extracted = kinds.getOrDefault("article", 0L);
      long truncated = kinds.getOrDefault("truncated", 0L);
      Map<String, Long> rejectsByReason = new TreeMap<>();
      kinds.forEach((k, v) -> {
        if (k.startsWith("reject:")) {
          rejectsByReason.put(k.substring("reject:".length()), v);
        }
      });
      extracted += truncated;

      jsc.setJobDescription("ingest: collapse exact duplicates");
      JavaRDD<Article> articles = results.filter(IngestResult::isArticle).map(IngestResult::article)
          .mapToPair(a -> new Tuple2<>(a.url(), a)).reduceByKey(Duplicates::merge).values()
          .mapToPair(a -> new Tuple2<>(a.contentHash(), a)).reduceByKey(Duplicates::merge).values()
          .persist(StorageLevel.MEMORY_AND_DISK());
      long kept = articles.count();
      long rejectCount = rejectsByReason.values().stream().mapToLong(Long::longValue).sum();

      jsc.setJobDescription("ingest: write articles");
      Dataset<Row> articleRows = spark.createDataFrame(articles.map(Tables::row), Tables.ARTICLES_SCHEMA);
      writer.stage(Tables.ARTICLES, Tables.inFiles(articleRows, "article_id", kept));
      jsc.setJobDescription("ingest: write rejects");
      Dataset<Row> rejectRows = spark.createDataFrame(
          results.filter(r -> !r.isArticle()).map(r -> Tables.row(r.reject())), Tables.REJECTS_SCHEMA);
      writer.stagePart(Tables.REJECTS, STAGE, Tables.inFiles(rejectRows, "source", rejectCount));
      articles.unpersist(false);
      results.unpersist(false);
      return new Summary(files.size(), byFormat, splits.size(), extracted, extracted - kept, kept, rejectCount,
          rejectsByReason, truncated, listing.ignored());
    } finally {
      jsc.clearJobGroup();
    }
  }

  private static String kind(IngestResult r) {
    if (r.isArticle()) {
      return r.article().textTruncated() ? "truncated" : "article";
    }
    return "reject:" + r.reject().reasonCode();
  }

  /**
   * Split JSONL files need the number of lines before each range for exact line numbers: one
   * cheap parallel pass counts newlines per range; only the counts come back to the driver.
   */
  private static List<InputSplit> numberLines(JavaSparkContext jsc, List<InputSplit> splits, InputOpener opener) {
    List<InputSplit> ranges = splits.stream().filter(s -> s.linesBefore() < 0).toList();
    if (ranges.isEmpty()) {
      return splits;
    }
    jsc.setJobDescription("ingest: count lines of large JSONL files");
    List<Long> counts = jsc.parallelize(ranges, ranges.size()).map(s -> countNewlines(s, opener)).collect();
    Map<String, Long> running = new LinkedHashMap<>();
    Map<InputSplit, Long> before = new LinkedHashMap<>();
    for (int i = 0; i < ranges.size(); i++) {
      InputSplit s = ranges.get(i);
      long sofar = running.getOrDefault(s.path(), 0L);
      before.put(s, sofar);
      running.put(s.path(), sofar + counts.get(i));
    }
    List<InputSplit> out = new ArrayList<>(splits.size());
    for (InputSplit s : splits) {
      Long b = before.get(s);
      out.add(b == null ? s : new InputSplit(s.path(), s.format(), s.start(), s.length(), b, s.fileSize()));
    }
    return out;
  }

  private static long countNewlines(InputSplit s, InputOpener opener) throws java.io.IOException {
    long count = 0;
    long left = s.length();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = opener.open(s.path(), s.start())) {
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            count++;
          }
        }
        left -= n;
      }
    }
    return count;
  }

  /**
   * Reads and extracts the splits of one partition lazily. A record whose extraction throws is
   * a reject (never a failed task): one bad record must not kill a job.
   */
  static Iterator<IngestResult> extract(Iterator<InputSplit> splits, InputOpener opener, IngestConfig config) {
    ArticleBuilder builder = new ArticleBuilder(config);
    return new Iterator<>() {
      private Iterator<ReadItem> current = java.util.Collections.emptyIterator();
      private InputSplit split;

      @Override
      public boolean hasNext() {
        while (true) {
          try {
            if (current.hasNext()) {
              return true;
            }
          } catch (RuntimeException e) {
            current = List.of(ReadItem.of(Reject.of(split.displayPath(), STAGE, RejectReason.UNREADABLE,
                e.toString()))).iterator();
            continue;
          }
          closeCurrent();
          if (!splits.hasNext()) {
            return false;
          }
          split = splits.next();
          current = InputReaders.read(split, opener, config);
        }
      }

      @Override
      public IngestResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReadItem item = current.next();
        if (item.reject() != null) {
          return IngestResult.of(item.reject());
        }
        try {
          return builder.build(item.document());
        } catch (RuntimeException | StackOverflowError e) {
          return IngestResult.of(Reject.of(item.document().source(), STAGE, RejectReason.EXTRACTION_FAILED,
              e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
      }

      private void closeCurrent() {
        if (current instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception e) {
            // The split was fully read; a failure to close it loses nothing.
          }
        }
        current = java.util.Collections.emptyIterator();
      }
    };
  }

}
