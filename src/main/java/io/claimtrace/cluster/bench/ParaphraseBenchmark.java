package io.claimtrace.cluster.bench;

import io.claimtrace.cluster.ClaimFeatures;
import io.claimtrace.cluster.ClaimSimilarity;
import io.claimtrace.nlp.AnalyzedSentence;
import io.claimtrace.nlp.ClaimAnalysis;
import io.claimtrace.nlp.ClaimExtractor;
import io.claimtrace.nlp.Entity;
import io.claimtrace.nlp.EntityRecognizer;
import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.NlpPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The same-claim decision of the cluster stage as a pair classifier on MRPC (Microsoft Research
 * Paraphrase Corpus: news sentence pairs from different outlets, labelled paraphrase or not).
 * Each sentence goes through the analyze path (sentences, entities, tagging, the claim extractor's
 * normalized form) and {@link ClaimSimilarity}; token IDF comes from the train sentences; the
 * threshold is the one that maximizes accuracy on the train split only, then applied to test.
 * Also reports how many test sentences the claim extractor accepts as claims (what end-to-end
 * clustering can see).
 *
 * <p>End to end ({@link #writeEndToEndCorpus}, {@link #scoreEndToEnd}): every test sentence becomes
 * a one-sentence article from an outlet of its own, the corpus goes through ingest, analyze and
 * cluster exactly as {@code run} does it, and a pair counts as the same claim when both sentences
 * became claims of one cluster.
 */
public final class ParaphraseBenchmark {
  private ParaphraseBenchmark() {}

  record Pair(boolean same, ClaimFeatures a, ClaimFeatures b, boolean bothClaims) {}

  public static int run(Path mrpc, PrintStream out) throws IOException {
    Path train = mrpc.resolve("msr_paraphrase_train.txt");
    Path test = mrpc.resolve("msr_paraphrase_test.txt");
    if (!Files.isRegularFile(train) || !Files.isRegularFile(test)) {
      System.err.println("bench-cluster: MRPC not found: expected msr_paraphrase_train.txt and msr_paraphrase_test.txt in "
          + mrpc.toAbsolutePath());
      return 2;
    }
    NlpPipeline nlp = new NlpPipeline();
    EntityRecognizer entities = new EntityRecognizer(KnowledgeBase.bundled());
    ClaimExtractor claims = new ClaimExtractor(nlp);
    long t0 = System.nanoTime();
    List<Pair> trainPairs = read(train, nlp, entities, claims);
    List<Pair> testPairs = read(test, nlp, entities, claims);
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<String, Long> df = new HashMap<>();
    long docs = 0;
    for (Pair p : trainPairs) {
      for (ClaimFeatures f : List.of(p.a(), p.b())) {
        docs++;
        for (String t : f.tokens()) {
          df.merge(t, 1L, Long::sum);
        }
      }
    }
    Map<String, Double> idf = new HashMap<>();
    for (Map.Entry<String, Long> e : df.entrySet()) {
      idf.put(e.getKey(), ClaimSimilarity.idf(docs, e.getValue()));
    }
    ClaimSimilarity probe = new ClaimSimilarity(idf, ClaimSimilarity.idf(docs, 1), 0.5);
    double best = 0.5;
    double bestAccuracy = -1;
    for (int i = 5; i <= 95; i++) {
      double threshold = i / 100.0;
      double[] s = score(trainPairs, probe, threshold);
      if (s[0] > bestAccuracy) {
        bestAccuracy = s[0];
        best = threshold;
      }
    }
    double[] tr = score(trainPairs, probe, best);
    double[] te = score(testPairs, probe, best);
    long positives = testPairs.stream().filter(Pair::same).count();
    double alwaysAcc = (double) positives / testPairs.size();
    double alwaysF1 = 2 * alwaysAcc / (1 + alwaysAcc);
    long covered = testPairs.stream().filter(Pair::bothClaims).count();
    List<Pair> coveredPairs = testPairs.stream().filter(Pair::bothClaims).toList();
    double[] cov = score(coveredPairs, probe, best);

    out.printf(Locale.ROOT, "== MRPC: same-claim decision as a pair classifier (%d train, %d test pairs; analyzed in %.1f s)%n",
        trainPairs.size(), testPairs.size(), seconds);
    out.printf(Locale.ROOT, "threshold chosen on train: %.2f (train accuracy %.3f, F1 %.3f)%n", best, tr[0], tr[1]);
    out.printf(Locale.ROOT, "test: accuracy %.3f  F1 %.3f  precision %.3f  recall %.3f%n", te[0], te[1], te[2], te[3]);
    out.printf(Locale.ROOT, "always-yes on test: accuracy %.3f  F1 %.3f; best published non-neural 0.756 / 0.830; targets 0.76 / 0.83%n",
        alwaysAcc, alwaysF1);
    out.printf(Locale.ROOT, "claim coverage: %d of %d test pairs have both sentences accepted as claims (%.1f%%);"
        + " on those: accuracy %.3f  F1 %.3f%n", covered, testPairs.size(), 100.0 * covered / testPairs.size(), cov[0], cov[1]);
    return 0;
  }

  /** accuracy, F1, precision, recall of the positive class. */
  static double[] score(List<Pair> pairs, ClaimSimilarity similarity, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Pair p : pairs) {
      boolean predicted = similarity.similarity(p.a(), p.b()) >= threshold;
      if (predicted && p.same()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (p.same()) {
        fn++;
      } else {
        tn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {(double) (tp + tn) / Math.max(1, pairs.size()), f1, precision, recall};
  }

  private static List<Pair> read(Path file, NlpPipeline nlp, EntityRecognizer entities, ClaimExtractor claims)
      throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      int n = 0;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          continue;
        }
        Analyzed a = analyze(f[3], nlp, entities, claims);
        Analyzed b = analyze(f[4], nlp, entities, claims);
        pairs.add(new Pair(f[0].strip().endsWith("1"), a.features("a" + n), b.features("b" + n), a.claim() && b.claim()));
        n++;
      }
    }
    return pairs;
  }

  /**
   * One text as the analyze stage sees it: the claim extractor's normalized form, the entities as
   * (text, type, kb id) rows, and whether some sentence of it is a claim.
   */
  record Analyzed(String normalized, List<String[]> entities, boolean claim) {
    ClaimFeatures features(String id) {
      return ClaimFeatures.of(id, normalized, entities);
    }
  }

  static Analyzed analyze(String text, NlpPipeline nlp, EntityRecognizer entities, ClaimExtractor claims) {
    List<AnalyzedSentence> sentences = nlp.split(text);
    StringBuilder normalized = new StringBuilder();
    List<String[]> ents = new ArrayList<>();
    boolean claim = false;
    for (AnalyzedSentence s : sentences) {
      List<Entity> found = entities.find(s);
      for (Entity e : found) {
        ents.add(new String[] {e.text(), e.type(), e.kbId()});
      }
      ClaimAnalysis x = claims.analyze(nlp.tag(s), found);
      claim |= x.claim() && claims.candidate(s);
      normalized.append(' ').append(x.normalized());
    }
    return new Analyzed(normalized.toString().strip(), ents, claim);
  }

  /** A test pair by sentence id, for the end-to-end run. */
  public record SentencePair(boolean same, String a, String b) {}

  /** The URL under which a test sentence is ingested; its outlet is the host, one per sentence. */
  static String url(String sentenceId) {
    return "https://mrpc-" + sentenceId + ".example/" + sentenceId;
  }

  /**
   * Writes each distinct sentence of the MRPC test split as a one-sentence JSONL article from an
   * outlet of its own, and returns the test pairs by sentence id.
   */
  public static List<SentencePair> writeEndToEndCorpus(Path mrpc, Path jsonl) throws IOException {
    Path test = mrpc.resolve("msr_paraphrase_test.txt");
    if (!Files.isRegularFile(test)) {
      throw new IOException("Cannot read MRPC: no msr_paraphrase_test.txt in " + mrpc.toAbsolutePath());
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, String> sentences = new LinkedHashMap<>();
    List<SentencePair> pairs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(test, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 5) {
          continue;
        }
        String a = f[1].strip();
        String b = f[2].strip();
        sentences.putIfAbsent(a, f[3]);
        sentences.putIfAbsent(b, f[4]);
        pairs.add(new SentencePair(f[0].strip().endsWith("1"), a, b));
      }
    }
    Files.createDirectories(jsonl.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : sentences.entrySet()) {
        ObjectNode o = json.createObjectNode();
        o.put("url", url(e.getKey()));
        o.put("outlet", "mrpc-" + e.getKey());
        o.put("text", e.getValue());
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
    return pairs;
  }

  /**
   * Reads {@code claims} and {@code articles} from a finished run and scores the test pairs:
   * coverage (pairs whose sentences both became claims), then accuracy and F1 of "same cluster"
   * over the covered pairs and over all pairs (a pair with a sentence that is no claim counts as
   * "not the same claim"). Returns {accuracy, F1} over all pairs.
   */
  public static double[] scoreEndToEnd(SparkSession spark, String output, List<SentencePair> pairs, PrintStream out) {
    Map<String, Set<String>> clusters = new HashMap<>();
    for (Row r : spark.read().parquet(output + "/claims")
        .join(spark.read().parquet(output + "/articles").select("article_id", "url"), "article_id")
        .select("url", "cluster_id").collectAsList()) {
      clusters.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
    }
    long articles = spark.read().parquet(output + "/articles").count();
    int covered = 0;
    int[] all = new int[4]; // tp, fp, fn, tn
    int[] cov = new int[4];
    for (SentencePair p : pairs) {
      Set<String> a = clusters.get(url(p.a()));
      Set<String> b = clusters.get(url(p.b()));
      boolean both = a != null && b != null;
      boolean same = both && a.stream().anyMatch(b::contains);
      int cell = same ? (p.same() ? 0 : 1) : (p.same() ? 2 : 3);
      all[cell]++;
      if (both) {
        covered++;
        cov[cell]++;
      }
    }
    double[] a = metrics(all);
    double[] c = metrics(cov);
    out.printf(Locale.ROOT, "== MRPC end to end: %d test pairs, %d sentences ingested as one-sentence articles from their own outlets%n",
        pairs.size(), articles);
    out.printf(Locale.ROOT, "coverage: %d of %d pairs have both sentences as claims (%.1f%%)%n",
        covered, pairs.size(), 100.0 * covered / pairs.size());
    out.printf(Locale.ROOT, "same cluster, covered pairs: accuracy %.3f  F1 %.3f  precision %.3f  recall %.3f%n", c[0], c[1], c[2], c[3]);
    out.printf(Locale.ROOT, "same cluster, all pairs (no claim = not the same): accuracy %.3f  F1 %.3f  precision %.3f  recall %.3f%n",
        a[0], a[1], a[2], a[3]);
    return new double[] {a[0], a[1]};
  }

  /** accuracy, F1, precision, recall from {tp, fp, fn, tn}. */
  private static double[] metrics(int[] m) {
    int tp = m[0];
    int fp = m[1];
    int fn = m[2];
    int n = m[0] + m[1] + m[2] + m[3];
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {n == 0 ? 0 : (double) (tp + m[3]) / n, f1, precision, recall};
  }
}
