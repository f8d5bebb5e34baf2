package io.claimtrace.score.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.ingest.IngestConfig;
import io.claimtrace.nlp.AnalyzeConfig;
import io.claimtrace.score.RiskScorer;
import io.claimtrace.spark.AnalyzeSparkJob;
import io.claimtrace.spark.ArticleDuplicatesSparkJob;
import io.claimtrace.spark.ClusterSparkJob;
import io.claimtrace.spark.IngestSparkJob;
import io.claimtrace.spark.ScoreSparkJob;
import io.claimtrace.spark.SparkSessions;
import io.claimtrace.spark.TableWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * AUC of the fabrication risk on a labelled corpus: runs ingest, analyze, cluster and score on
 * local Spark, finds the cluster of every labelled claim, and compares the risk of fabricated
 * families with that of the other repeated families (well-sourced, syndicated). The default corpus
 * is the held-out one under {@code src/test/resources/io/claimtrace/score/holdout/}, which was
 * authored apart from data-samples and never used for tuning.
 */
public final class RiskBenchmark {
  private RiskBenchmark() {}

  /** Per labelled family: its kind and the mean risk of its claims' clusters, and claims found. */
  public record FamilyScore(String id, String kind, double risk, int found, int claims) {}

  public record Result(List<FamilyScore> families, double familyAuc, double claimAuc, List<double[]> claimRisks) {}

  public static int run(Path corpus, Path labelsFile, PrintStream out) throws IOException {
    if (!Files.exists(corpus) || !Files.isRegularFile(labelsFile)) {
      System.err.println("bench-score: corpus or labels not found (" + corpus + ", " + labelsFile + ")");
      return 2;
    }
    Path work = Files.createTempDirectory("claimtrace-bench-score");
    SparkSession spark = SparkSessions.create("claimtrace bench-score", "local[2]",
        Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "4"));
    try {
      Result r = evaluate(spark, corpus, labelsFile, work);
      out.println("== fabrication risk on " + corpus);
      for (FamilyScore f : r.families()) {
        out.printf(Locale.ROOT, "  %-4s %-13s risk %.3f  (%d of %d claims found)%n", f.id(), f.kind(), f.risk(), f.found(), f.claims());
      }
      out.printf(Locale.ROOT, "AUC fabricated vs other repeated families: %.3f (families), %.3f (claims); target >= 0.9%n",
          r.familyAuc(), r.claimAuc());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Runs the pipeline into {@code work} and scores the labelled families. */
  public static Result evaluate(SparkSession spark, Path corpus, Path labelsFile, Path work) throws IOException {
    try (TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), work.toString(), "bench")) {
      IngestSparkJob.run(spark, List.of(corpus.toString()), IngestConfig.defaults(), writer);
      AnalyzeSparkJob.run(spark, AnalyzeConfig.defaults(), writer);
      ClusterSparkJob.run(spark, ClusterConfig.defaults(), writer);
      ArticleDuplicatesSparkJob.run(spark, ClusterConfig.defaults().articleJaccard(), ClusterConfig.defaults().seed(), writer);
      ScoreSparkJob.run(spark, RiskScorer.defaults(), List.of(), writer);
      writer.commit();
    }
    Map<String, Double> risk = new HashMap<>();
    for (Row r : spark.read().parquet(work.resolve(ScoreSparkJob.CLAIM_CLUSTERS).toString())
        .select("cluster_id", "fabrication_risk").collectAsList()) {
      risk.put(r.getString(0), r.getDouble(1));
    }
    List<String[]> claims = new ArrayList<>(); // url, text, cluster
    for (Row r : spark.read().parquet(work.resolve("claims").toString())
        .join(spark.read().parquet(work.resolve("articles").toString()).select("article_id", "url"), "article_id")
        .select("url", "text", "cluster_id").collectAsList()) {
      claims.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
    }
    JsonNode labels = new ObjectMapper().readTree(labelsFile.toFile());
    List<FamilyScore> families = new ArrayList<>();
    List<double[]> claimRisks = new ArrayList<>(); // {risk, fabricated ? 1 : 0}
    for (JsonNode f : labels.get("families")) {
      String kind = f.get("kind").asText();
      double sum = 0;
      int found = 0;
      for (JsonNode c : f.get("claims")) {
        String url = c.get("url").asText();
        String text = c.get("text").asText();
        for (String[] row : claims) {
          if (row[0].equals(url) && (row[1].contains(text) || text.contains(row[1]))) {
            double x = risk.getOrDefault(row[2], 0.0);
            sum += x;
            found++;
            claimRisks.add(new double[] {x, kind.equals("fabricated") ? 1 : 0});
            break;
          }
        }
      }
      families.add(new FamilyScore(f.get("id").asText(), kind, found == 0 ? 0 : sum / found, found, f.get("claims").size()));
    }
    List<double[]> familyRisks = families.stream()
        .map(f -> new double[] {f.risk(), f.kind().equals("fabricated") ? 1 : 0}).toList();
    return new Result(families, auc(familyRisks), auc(claimRisks), claimRisks);
  }

  /** Area under the ROC curve: the probability that a positive outscores a negative (ties count half). */
  public static double auc(List<double[]> scored) {
    long pairs = 0;
    double wins = 0;
    for (double[] p : scored) {
      if (p[1] != 1) {
        continue;
      }
      for (double[] n : scored) {
        if (n[1] != 0) {
          continue;
        }
        pairs++;
        wins += p[0] > n[0] ? 1 : p[0] == n[0] ? 0.5 : 0;
      }
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

}
