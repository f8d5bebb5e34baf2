package io.claimtrace.cli;

import io.claimtrace.spark.AnalyzeSparkJob;
import io.claimtrace.spark.ArticleDuplicatesSparkJob;
import io.claimtrace.spark.ClusterSparkJob;
import io.claimtrace.spark.CrawlSparkJob;
import io.claimtrace.spark.IngestSparkJob;
import io.claimtrace.spark.ReportSparkJob;
import io.claimtrace.spark.ScoreSparkJob;
import io.claimtrace.score.RiskScorer;
import io.claimtrace.spark.RunManifest;
import io.claimtrace.spark.SparkSessions;
import io.claimtrace.spark.TableWriter;
import io.claimtrace.spark.Tables;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the stages of a command on one SparkSession: validates paths before Spark starts,
 * prints one progress line per stage, commits the tables atomically and writes _run.json last.
 */
final class Pipeline {
  enum Stage { CRAWL, INGEST, ANALYZE, CLUSTER, SCORE, REPORT }

  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private Pipeline() {}

  static int execute(String command, List<String> inputs, JobOptions job, Map<String, String> flags, List<Stage> stages,
      List<String> kbFiles) {
    return execute(command, inputs, job, flags, stages, kbFiles, null, null);
  }

  static int execute(String command, List<String> inputs, JobOptions job, Map<String, String> flags, List<Stage> stages,
      List<String> kbFiles, String seedsFile, io.claimtrace.crawl.CrawlConfig crawl) {
    PrintStream out = System.out;
    JobConfig config = JobConfig.resolve(job.config, job.conf, flags);
    checkInputs(inputs);
    checkKb(kbFiles);
    checkOutput(job.output);

    Instant started = Instant.now();
    String runId = RUN_ID.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    RunManifest manifest = new RunManifest(runId, command, inputs, job.output, started);
    manifest.config(config.values(), config.sparkConf());

    SparkSession spark = SparkSessions.create("claimtrace " + command, job.master, config.sparkConf());
    try (TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), job.output, runId)) {
      manifest.environment(spark.sparkContext().master(), spark.sparkContext().applicationId(),
          spark.sparkContext().defaultParallelism(), spark.version());
      out.printf(Locale.ROOT, "claimtrace %s: run %s on %s, output %s%n", command, runId, spark.sparkContext().master(), job.output);
      for (Stage stage : stages) {
        Instant t0 = Instant.now();
        switch (stage) {
          case INGEST -> {
            IngestSparkJob.Summary s = IngestSparkJob.run(spark, inputs, config.ingest(), writer);
            Duration took = Duration.between(t0, Instant.now());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("input_files", s.inputFiles());
            details.put("input_files_by_format", s.filesByFormat());
            details.put("ignored_files", s.ignoredFiles());
            details.put("splits", s.splits());
            details.put("articles_extracted", s.articlesExtracted());
            details.put("duplicates_collapsed", s.duplicatesCollapsed());
            details.put("articles_truncated", s.truncated());
            manifest.stage("ingest", took, details,
                Map.of(Tables.ARTICLES, s.articles(), Tables.REJECTS, s.rejects()), s.rejectsByReason());
            out.printf(Locale.ROOT, "ingest   %,d articles, %,d rejects, %,d duplicates collapsed, %,d truncated from %,d files in %.1f s%n",
                s.articles(), s.rejects(), s.duplicatesCollapsed(), s.truncated(), s.inputFiles(), took.toMillis() / 1000.0);
            if (!s.rejectsByReason().isEmpty()) {
              out.println("         rejects by reason: " + s.rejectsByReason());
            }
          }
          case CLUSTER -> {
            var cc = config.cluster();
            ClusterSparkJob.Summary s = ClusterSparkJob.run(spark, cc, writer);
            long nearDuplicates = ArticleDuplicatesSparkJob.run(spark, cc.articleJaccard(), cc.seed(), writer);
            Duration took = Duration.between(t0, Instant.now());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("claims", s.claims());
            details.put("clusters", s.clusters());
            details.put("repeated_clusters", s.repeated());
            details.put("largest_cluster", s.largest());
            details.put("verified_edges", s.edges());
            details.put("articles_in_near_duplicate_groups", nearDuplicates);
            manifest.stage("cluster", took, details, Map.of(Tables.CLAIMS, s.claims()), Map.of());
            out.printf(Locale.ROOT, "cluster  %,d claims in %,d clusters (%,d repeated, largest %,d), %,d articles in near-duplicate groups in %.1f s%n",
                s.claims(), s.clusters(), s.repeated(), s.largest(), nearDuplicates, took.toMillis() / 1000.0);
          }
          case CRAWL -> {
            CrawlSparkJob.Summary s = CrawlSparkJob.run(spark, seedsFile, job.output, crawl, runId, writer);
            Duration took = Duration.between(t0, Instant.now());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("seeds", s.seeds());
            details.put("rounds", s.rounds());
            details.put("warc_files", s.warcFiles());
            details.put("outcomes", s.outcomes());
            details.put("user_agent", crawl.userAgent());
            details.put("allow_private_networks", crawl.allowPrivateNetworks());
            manifest.stage("crawl", took, details, Map.of(CrawlSparkJob.FETCH_LOG, s.requested()), Map.of());
            out.printf(Locale.ROOT, "crawl    %,d URLs requested from %,d seeds in %d rounds: %s; WARC files in %s/warc in %.1f s%n",
                s.requested(), s.seeds(), s.rounds(), s.outcomes(), job.output, took.toMillis() / 1000.0);
          }
          case SCORE -> {
            ScoreSparkJob.Summary s = ScoreSparkJob.run(spark, RiskScorer.fromProperties(config.values()), kbFiles, writer);
            Duration took = Duration.between(t0, Instant.now());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("repeated_clusters", s.repeated());
            details.put("risky_repeated_clusters", s.risky());
            manifest.stage("score", took, details,
                Map.of(ScoreSparkJob.CLAIM_CLUSTERS, s.clusters(), ScoreSparkJob.OUTLETS, s.outlets()), Map.of());
            out.printf(Locale.ROOT, "score    %,d clusters scored, %,d repeated across outlets, %,d of them with risk >= %.1f; %,d outlets in %.1f s%n",
                s.clusters(), s.repeated(), s.risky(), ScoreSparkJob.RISKY, s.outlets(), took.toMillis() / 1000.0);
          }
          case REPORT -> {
            int shown = ReportSparkJob.run(spark, runId, inputs, writer);
            Duration took = Duration.between(t0, Instant.now());
            manifest.stage("report", took, Map.of("clusters_shown", shown, "file", ReportSparkJob.FILE), Map.of(), Map.of());
            out.printf(Locale.ROOT, "report   %s with the %d riskiest repeated clusters in %.1f s%n",
                ReportSparkJob.FILE, shown, took.toMillis() / 1000.0);
          }
          case ANALYZE -> {
            AnalyzeSparkJob.Summary s = AnalyzeSparkJob.run(spark, config.analyze(kbFiles), writer);
            Duration took = Duration.between(t0, Instant.now());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("articles", s.articles());
            details.put("articles_analyzed", s.analyzed());
            details.put("kb_files", kbFiles);
            details.put("task_millis_by_step", s.stageMillis());
            manifest.stage("analyze", took, details,
                Map.of(Tables.ENTITIES, s.entities(), Tables.CLAIMS, s.claims()), s.rejectsByReason());
            out.printf(Locale.ROOT, "analyze  %,d claims, %,d entities from %,d articles (%,d analyzed), %,d rejects in %.1f s%n",
                s.claims(), s.entities(), s.articles(), s.analyzed(), s.rejects(), took.toMillis() / 1000.0);
            if (!s.rejectsByReason().isEmpty()) {
              out.println("         rejects by reason: " + s.rejectsByReason());
            }
          }
        }
      }
      writer.commit();
      Instant finished = Instant.now();
      writer.writeFile("_run.json", manifest.finish("succeeded", finished));
      out.printf(Locale.ROOT, "done in %.1f s: tables and _run.json in %s%n",
          Duration.between(started, finished).toMillis() / 1000.0, job.output);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Input paths must exist; checked before Spark starts so a typo costs no session start. */
  private static void checkInputs(List<String> inputs) {
    Configuration conf = new Configuration();
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
          throw new UsageException("Cannot read input: no such file or directory (" + input + ")");
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("Cannot read input: " + e.getMessage() + " (" + input + ")");
      }
    }
  }

  private static void checkKb(List<String> kbFiles) {
    for (String f : kbFiles) {
      if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(f))) {
        throw new UsageException("Cannot read knowledge base: no such file (" + f + ")");
      }
    }
  }

  private static void checkOutput(String output) {
    Configuration conf = new Configuration();
    try {
      Path p = new Path(output);
      FileSystem fs = p.getFileSystem(conf);
      if (fs.exists(p)) {
        FileStatus s = fs.getFileStatus(p);
        if (!s.isDirectory()) {
          throw new UsageException("Cannot write output: not a directory (" + output + ")");
        }
      } else if (!fs.mkdirs(p)) {
        throw new UsageException("Cannot write output: cannot create the directory (" + output + ")");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("Cannot write output: " + e.getMessage() + " (" + output + ")");
    }
  }
}
