package io.claimtrace.cluster.bench;

import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.nlp.ClaimExtractor;
import io.claimtrace.nlp.EntityRecognizer;
import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.NlpPipeline;
import io.claimtrace.spark.ClusterSparkJob;
import io.claimtrace.spark.SparkSessions;
import io.claimtrace.spark.Tables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The cluster stage end to end on UCI News Aggregator headlines, scored against the aggregator's
 * STORY labels. Rows are shuffled with a fixed seed (the file is sorted by story) and the first N
 * taken; each headline goes through the analyze path exactly as {@link ParaphraseBenchmark}
 * computes features (sentences, entities with the bundled knowledge base, tagging, the claim
 * extractor's normalized form); then the cluster stage's own code, {@link ClusterSparkJob#assign}
 * with the default {@link ClusterConfig}, on local Spark: token IDF, banded MinHash candidates,
 * verified edges, connected components with the chaining guard, cluster ids. Every headline is
 * clustered, whether or not the claim extractor accepts it as a claim.
 */
public final class HeadlineClusteringBenchmark {
  private HeadlineClusteringBenchmark() {}

  record Headline(String id, String title, String category, String story) {}

  /** Pairwise precision, recall, F1 over same-cluster pairs, and the Adjusted Rand Index. */
  public record Scores(long n, long predictedPairs, long truePairs, long agreeingPairs, double precision,
      double recall, double f1, double ari) {}

  public static int run(Path data, int rows, long seed, PrintStream out) throws IOException {
    if (!Files.isRegularFile(data)) {
      System.err.println("bench-uci: data not found: " + data.toAbsolutePath());
      return 2;
    }
    List<Headline> all = read(data);
    Collections.shuffle(all, new Random(seed));
    int n = rows == 0 || rows >= all.size() ? all.size() : rows;
    List<Headline> sample = new ArrayList<>(all.subList(0, n));

    NlpPipeline nlp = new NlpPipeline();
    EntityRecognizer entities = new EntityRecognizer(KnowledgeBase.bundled());
    ClaimExtractor claims = new ClaimExtractor(nlp);
    long t0 = System.nanoTime();
    List<Row> rowsOut = new ArrayList<>(n);
    int accepted = 0;
    for (Headline h : sample) {
      ParaphraseBenchmark.Analyzed a = ParaphraseBenchmark.analyze(h.title(), nlp, entities, claims);
      List<Row> ents = new ArrayList<>();
      for (String[] e : a.entities()) {
        ents.add(RowFactory.create(e[0], e[1], e[2] != null, e[2]));
      }
      rowsOut.add(RowFactory.create(h.id(), a.normalized(), ents, null));
      if (a.claim()) {
        accepted++;
      }
    }
    double analyzeSeconds = (System.nanoTime() - t0) / 1e9;

    ClusterConfig config = ClusterConfig.defaults();
    Map<String, String> clusterOf;
    double clusterSeconds;
    SparkSession spark = SparkSessions.create("claimtrace bench-uci", "local[2]",
        Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "4"));
    try {
      StructType schema = new StructType()
          .add("claim_id", DataTypes.StringType)
          .add("normalized", DataTypes.StringType)
          .add(Tables.CLAIMS_SCHEMA.apply("entities"))
          .add(Tables.CLAIMS_SCHEMA.apply("published_at"));
      Dataset<Row> claimRows = spark.createDataFrame(rowsOut, schema).cache();
      claimRows.count();
      long t1 = System.nanoTime();
      ClusterSparkJob.Assignment assignment = ClusterSparkJob.assign(spark, claimRows, config);
      clusterOf = assignment.clusterOf().collectAsMap();
      clusterSeconds = (System.nanoTime() - t1) / 1e9;
    } finally {
      spark.stop();
    }
    String[] cluster = sample.stream().map(h -> clusterOf.get(h.id())).toArray(String[]::new);

    String[] truth = sample.stream().map(Headline::story).toArray(String[]::new);
    Scores s = score(cluster, truth);
    Map<String, Integer> sizes = new HashMap<>();
    for (String c : cluster) {
      sizes.merge(c, 1, Integer::sum);
    }
    long singletons = sizes.values().stream().filter(v -> v == 1).count();
    int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    long stories = java.util.Arrays.stream(truth).distinct().count();

    out.printf(Locale.ROOT, "== UCI News Aggregator headlines vs STORY: %d of %d rows (shuffled, seed %d), %d stories in the sample%n",
        n, all.size(), seed, stories);
    out.printf(Locale.ROOT, "analyze path: %.1f s (%d of %d headlines accepted as claims; all are clustered); "
        + "cluster stage (ClusterSparkJob.assign on local[2], MinHash %dx%d, threshold %.2f): %.2f s%n",
        analyzeSeconds, accepted, n, config.bands(), config.rows(), config.threshold(), clusterSeconds);
    out.printf(Locale.ROOT, "clusters: %d (%d singletons, %d with 2+ headlines, largest %d)%n",
        sizes.size(), singletons, sizes.size() - singletons, largest);
    print(out, "all", s);
    Map<String, List<Integer>> byCategory = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byCategory.computeIfAbsent(sample.get(i).category(), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : byCategory.entrySet()) {
      String[] p = e.getValue().stream().map(i -> cluster[i]).toArray(String[]::new);
      String[] t = e.getValue().stream().map(i -> truth[i]).toArray(String[]::new);
      print(out, "category " + e.getKey(), score(p, t));
    }
    return 0;
  }

  private static void print(PrintStream out, String label, Scores s) {
    out.printf(Locale.ROOT, "%-12s n=%5d  pairwise P %.3f  R %.3f  F1 %.3f  ARI %.3f  (pairs: predicted %d, true %d, both %d)%n",
        label, s.n(), s.precision(), s.recall(), s.f1(), s.ari(), s.predictedPairs(), s.truePairs(), s.agreeingPairs());
  }

  /**
   * Scores a predicted clustering against true labels (same length, one entry per item) from the
   * contingency table: pairwise precision = agreeing pairs / predicted same-cluster pairs, recall
   * = agreeing pairs / true same-cluster pairs, and the Adjusted Rand Index of Hubert and Arabie
   * (1985): (index - expected) / (max - expected) with index = sum C(n_ij, 2), expected = sum
   * C(a_i, 2) * sum C(b_j, 2) / C(n, 2), max = (sum C(a_i, 2) + sum C(b_j, 2)) / 2. Precision,
   * recall and F1 are 0 when undefined; ARI is 1 when both clusterings are trivially equal
   * (max == expected).
   */
  public static <P, T> Scores score(P[] predicted, T[] truth) {
    if (predicted.length != truth.length) {
      throw new IllegalArgumentException("predicted and truth differ in length");
    }
    Map<P, Long> a = new HashMap<>();
    Map<T, Long> b = new HashMap<>();
    Map<List<Object>, Long> cells = new HashMap<>();
    for (int i = 0; i < predicted.length; i++) {
      a.merge(predicted[i], 1L, Long::sum);
      b.merge(truth[i], 1L, Long::sum);
      cells.merge(List.of(predicted[i], truth[i]), 1L, Long::sum);
    }
    double index = 0;
    for (long c : cells.values()) {
      index += pairs(c);
    }
    double sumA = 0;
    for (long c : a.values()) {
      sumA += pairs(c);
    }
    double sumB = 0;
    for (long c : b.values()) {
      sumB += pairs(c);
    }
    long n = predicted.length;
    double total = pairs(n);
    double expected = total == 0 ? 0 : sumA * sumB / total;
    double max = 0.5 * (sumA + sumB);
    double ari = max == expected ? 1.0 : (index - expected) / (max - expected);
    double precision = sumA == 0 ? 0 : index / sumA;
    double recall = sumB == 0 ? 0 : index / sumB;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(n, (long) sumA, (long) sumB, (long) index, precision, recall, f1, ari);
  }

  private static double pairs(long c) {
    return c * (c - 1) / 2.0;
  }

  static List<Headline> read(Path data) throws IOException {
    List<Headline> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(data)), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("ID\tTITLE")) {
        throw new IOException("unexpected header in " + data + ": " + header);
      }
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 8) {
          continue;
        }
        rows.add(new Headline("h" + f[0], f[1], f[4], f[5]));
      }
    }
    return rows;
  }
}
