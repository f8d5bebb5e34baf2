package io.claimtrace.spark;

import io.claimtrace.crawl.CrawlConfig;
import io.claimtrace.crawl.HostCrawler;
import io.claimtrace.crawl.WarcOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The crawl stage on Spark, in rounds by link depth: the frontier is grouped by host so one task
 * fetches a host at a time ({@link HostCrawler}: delay, robots.txt, private-address guard), each
 * task writes its own {@code DIR/warc/*.warc.gz}, and the links found form the next round. Only
 * the frontier and the log (bounded by {@code --max-pages}) pass through the driver.
 *
 * <p>Resumable: a run with the same output skips every URL the {@code fetch_log} already has as
 * fetched, and appends its own log rows (one file set per run) and WARC files.
 */
public final class CrawlSparkJob {
  public static final String STAGE = "crawl";
  public static final String FETCH_LOG = "fetch_log";

  public static final StructType FETCH_LOG_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("url", DataTypes.StringType, false),
      DataTypes.createStructField("host", DataTypes.StringType, true),
      DataTypes.createStructField("status", DataTypes.IntegerType, false),
      DataTypes.createStructField("fetched_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("bytes", DataTypes.LongType, false),
      DataTypes.createStructField("outcome", DataTypes.StringType, false),
      // extras
      DataTypes.createStructField("duration_ms", DataTypes.LongType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, true),
      DataTypes.createStructField("depth", DataTypes.IntegerType, false),
      DataTypes.createStructField("final_url", DataTypes.StringType, true),
      DataTypes.createStructField("run_id", DataTypes.StringType, false)});

  private CrawlSparkJob() {}

  /** What the crawl did. */
  public record Summary(int seeds, long requested, Map<String, Long> outcomes, int warcFiles, int rounds) {}

  public static Summary run(SparkSession spark, String seedsFile, String outputDir, CrawlConfig config, String runId,
      TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "crawl: fetch pages, feeds and sitemaps", false);
    try {
      List<String> seeds = readSeeds(seedsFile);
      Set<String> seedHosts = new HashSet<>();
      for (String s : seeds) {
        String h = host(s);
        if (h != null) {
          seedHosts.add(h);
        }
      }
      Previous previous = previous(spark, writer);
      Set<String> seen = new HashSet<>(previous.fetched());
      List<HostCrawler.Target> frontier = new ArrayList<>();
      for (String s : seeds) {
        if (seen.add(s)) {
          frontier.add(new HostCrawler.Target(s, 0));
        }
      }
      for (HostCrawler.Target t : previous.pending()) { // the frontier an earlier run left
        if (seen.add(t.url())) {
          frontier.add(t);
          String h = host(t.url());
          if (h != null && t.depth() > 0) {
            seedHosts.add(h);
          }
        }
      }
      List<Row> log = new ArrayList<>();
      int budget = config.maxPages();
      int round = 0;
      int warcFiles = 0;
      SerializableConfiguration hadoop = new SerializableConfiguration(jsc.hadoopConfiguration());
      String warcDir = new Path(outputDir, "warc").toString();
      while (!frontier.isEmpty() && budget > 0) {
        List<HostCrawler.Target> batch = frontier.subList(0, Math.min(budget, frontier.size()));
        Map<String, List<HostCrawler.Target>> byHost = new TreeMap<>();
        for (HostCrawler.Target t : batch) {
          byHost.computeIfAbsent(String.valueOf(host(t.url())), k -> new ArrayList<>()).add(t);
        }
        List<Tuple2<String, List<HostCrawler.Target>>> groups = new ArrayList<>();
        byHost.forEach((h, ts) -> groups.add(new Tuple2<>(h, List.copyOf(ts))));
        int r = round;
        jsc.setJobDescription("crawl: round " + round + ", " + batch.size() + " URLs on " + groups.size() + " hosts");
        List<Tuple2<List<HostCrawler.LogEntry>, List<HostCrawler.Target>>> results = jsc
            .parallelize(groups, Math.max(1, Math.min(groups.size(), jsc.defaultParallelism() * 2)))
            .mapPartitionsWithIndex((index, it) -> {
              List<Tuple2<List<HostCrawler.LogEntry>, List<HostCrawler.Target>>> out = new ArrayList<>();
              if (!it.hasNext()) {
                return out.iterator();
              }
              java.nio.file.Path local = Files.createTempFile("claimtrace-crawl", ".warc.gz");
              HostCrawler crawler = new HostCrawler(config);
              try (WarcOutput warc = new WarcOutput(local, "claimtrace crawl")) {
                while (it.hasNext()) {
                  HostCrawler.Result res = crawler.crawl(it.next()._2(), warc, seedHosts);
                  out.add(new Tuple2<>(res.log(), res.discovered()));
                }
              }
              Path target = new Path(warcDir, String.format(Locale.ROOT, "crawl-%s-r%02d-p%05d.warc.gz", runId, r, index));
              FileSystem fs = target.getFileSystem(hadoop.value());
              fs.copyFromLocalFile(true, true, new Path(local.toUri()), target);
              return out.iterator();
            }, false).collect();
        warcFiles += Math.min(groups.size(), Math.max(1, Math.min(groups.size(), jsc.defaultParallelism() * 2)));
        frontier = new ArrayList<>(frontier.subList(batch.size(), frontier.size()));
        LinkedHashSet<HostCrawler.Target> next = new LinkedHashSet<>();
        for (Tuple2<List<HostCrawler.LogEntry>, List<HostCrawler.Target>> res : results) {
          for (HostCrawler.LogEntry e : res._1()) {
            log.add(RowFactory.create(e.url(), e.host(), e.status(), e.fetchedAt() == null ? null : Timestamp.from(e.fetchedAt()),
                e.bytes(), e.outcome(), e.durationMillis(), e.reason(), e.depth(), e.finalUrl(), runId));
            if (!"skipped".equals(e.outcome())) {
              budget--;
            }
          }
          for (HostCrawler.Target t : res._2()) {
            if (seen.add(t.url())) {
              next.add(t);
            }
          }
        }
        frontier.addAll(next);
        round++;
      }
      for (HostCrawler.Target t : frontier) { // not fetched within the limits: the next run continues here
        log.add(RowFactory.create(t.url(), host(t.url()), 0, null, 0L, "pending",
            0L, "page limit reached; a later run with the same output fetches it", t.depth(), null, runId));
      }
      writer.stagePart(FETCH_LOG, "run-" + runId, spark.createDataFrame(log, FETCH_LOG_SCHEMA).coalesce(1));
      Map<String, Long> outcomes = new TreeMap<>();
      for (Row r : log) {
        outcomes.merge(r.getString(5), 1L, Long::sum);
      }
      return new Summary(seeds.size(), log.size() - outcomes.getOrDefault("pending", 0L), outcomes, warcFiles, round);
    } finally {
      jsc.clearJobGroup();
    }
  }

  /** One URL per line; blank lines and {@code #} comments skipped; only http/https. */
  static List<String> readSeeds(String file) {
    List<String> seeds = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(java.nio.file.Path.of(file), StandardCharsets.UTF_8)) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
          throw new IllegalArgumentException("Cannot crawl: seed on line " + n + " is not an http(s) URL (" + s + ")");
        }
        seeds.add(io.claimtrace.ingest.Urls.normalize(s)); // crawler-commons normalization: one URL, one fetch
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("Cannot crawl: no such seeds file (" + file + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seeds file " + file, e);
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("Cannot crawl: the seeds file has no URLs (" + file + ")");
    }
    return seeds;
  }

  /** What earlier runs into the same output fetched, and the frontier they left pending. */
  record Previous(List<String> fetched, List<HostCrawler.Target> pending) {}

  private static Previous previous(SparkSession spark, TableWriter writer) {
    String[] parts;
    try {
      parts = writer.requireParts(FETCH_LOG, STAGE, STAGE);
    } catch (IllegalArgumentException none) {
      return new Previous(List.of(), List.of());
    }
    List<String> fetched = new ArrayList<>();
    Set<String> done = new HashSet<>();
    List<HostCrawler.Target> pending = new ArrayList<>();
    List<Row> rows = spark.read().schema(FETCH_LOG_SCHEMA).parquet(parts).select("url", "outcome", "depth").collectAsList();
    for (Row r : rows) {
      if (!"pending".equals(r.getString(1))) {
        done.add(r.getString(0)); // fetched, or refused for good (robots, private, errors): not retried
        if ("fetched".equals(r.getString(1))) {
          fetched.add(r.getString(0));
        }
      }
    }
    for (Row r : rows) {
      if ("pending".equals(r.getString(1)) && !done.contains(r.getString(0))) {
        pending.add(new HostCrawler.Target(r.getString(0), r.getInt(2)));
      }
    }
    List<String> skip = new ArrayList<>(done);
    return new Previous(skip, pending);
  }

  static String host(String url) {
    return io.claimtrace.ingest.Urls.host(url);
  }


}
