package io.claimtrace.ingest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java port of the scoring metric of the Zyte article-extraction-benchmark ({@code evaluate.py}),
 * so that our extractor's figures are directly comparable with the published table.
 *
 * <p>Each document is scored on case-sensitive multisets of word 4-gram shingles over Unicode
 * {@code \w+} tokens; per-document TP/FP/FN are normalised by their sum so every document weighs
 * the same. Corpus precision and recall are means of the per-document values and corpus F1 is the
 * harmonic mean of those two means (not a mean of per-document F1). The class is stateless and
 * thread-safe.
 */
public final class ArticleBodyScorer {

  /** Shingle size used by the benchmark. */
  public static final int NGRAM = 4;

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Normalised per-document counts; {@code tp + fp + fn} is 1, or all are 0 when both texts are empty. */
  public record DocScore(double tp, double fp, double fn, boolean exactMatch) {

    /** Per-document precision with the benchmark's special cases. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fp == 0) {
        return 0.0;
      }
      return tp / (tp + fp);
    }

    /** Per-document recall with the benchmark's special cases. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      if (tp == 0 && fn == 0) {
        return 0.0;
      }
      return tp / (tp + fn);
    }
  }

  /** Corpus-level figures as the benchmark reports them. */
  public record CorpusScore(double precision, double recall, double f1, double accuracy, int documents) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "F1=%.3f P=%.3f R=%.3f acc=%.3f (n=%d)",
          f1, precision, recall, accuracy, documents);
    }
  }

  private ArticleBodyScorer() {
  }

  /** The benchmark's tokens: maximal runs of Unicode word characters, case kept. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /**
   * Multiset of n-gram shingles. Like the reference, a text with fewer than n tokens yields a single
   * shorter shingle and an empty text yields none.
   */
  static Map<String, Integer> shingles(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < last; i++) {
      int end = Math.min(tokens.size(), i + n);
      if (end <= i) {
        continue;
      }
      String key = String.join(" ", tokens.subList(i, end));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Scores one prediction against its ground truth; a null prediction counts as empty. */
  public static DocScore score(String truth, String prediction) {
    List<String> trueTokens = tokenize(truth);
    List<String> predTokens = tokenize(prediction == null ? "" : prediction);
    Map<String, Integer> t = shingles(trueTokens, NGRAM);
    Map<String, Integer> p = shingles(predTokens, NGRAM);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    boolean exact = trueTokens.equals(predTokens);
    if (sum > 0) {
      return new DocScore(tp / sum, fp / sum, fn / sum, exact);
    }
    return new DocScore(0, 0, 0, exact);
  }

  /** Aggregates per-document scores into the benchmark's corpus figures. */
  public static CorpusScore aggregate(List<DocScore> docs) {
    Objects.requireNonNull(docs, "docs");
    double pSum = 0;
    int pN = 0;
    double rSum = 0;
    int rN = 0;
    int exact = 0;
    for (DocScore d : docs) {
      if (d.tp() + d.fp() > 0) {
        pSum += d.precision();
        pN++;
      }
      if (d.tp() + d.fn() > 0) {
        rSum += d.recall();
        rN++;
      }
      if (d.exactMatch()) {
        exact++;
      }
    }
    double precision = pN == 0 ? 0 : pSum / pN;
    double recall = rN == 0 ? 0 : rSum / rN;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = docs.isEmpty() ? 0 : (double) exact / docs.size();
    return new CorpusScore(precision, recall, f1, accuracy, docs.size());
  }

  /**
   * Scores a whole corpus: every ground-truth id counts, and ids missing from the predictions are
   * scored as empty predictions (as the reference does).
   */
  public static CorpusScore scoreCorpus(Map<String, String> truth, Map<String, String> predictions) {
    List<DocScore> docs = new ArrayList<>(truth.size());
    for (Map.Entry<String, String> e : truth.entrySet()) {
      docs.add(score(e.getValue(), predictions.get(e.getKey())));
    }
    return aggregate(docs);
  }
}
