package io.claimtrace.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArticleBodyScorerTest {

  private static final double EPS = 1e-9;

  @Test
  void tokensAreUnicodeWordRunsCaseKept() {
    assertEquals(List.of("Café", "naïve", "don", "t", "Ωmega", "2024", "x_y"),
        ArticleBodyScorer.tokenize("Café, naïve — don't Ωmega! 2024 x_y"));
  }

  @Test
  void identicalTextsScorePerfectly() {
    ArticleBodyScorer.DocScore d = ArticleBodyScorer.score("one two three four five", "one, two. three four five!");
    assertEquals(1.0, d.precision(), EPS);
    assertEquals(1.0, d.recall(), EPS);
    assertTrue(d.exactMatch());
  }

  @Test
  void extraAndMissingShinglesAreNormalisedPerDocument() {
    // truth: a b c d e -> shingles {abcd, bcde}; prediction: a b c d -> {abcd}
    ArticleBodyScorer.DocScore d = ArticleBodyScorer.score("a b c d e", "a b c d");
    assertEquals(0.5, d.tp(), EPS);
    assertEquals(0.0, d.fp(), EPS);
    assertEquals(0.5, d.fn(), EPS);
    assertEquals(1.0, d.precision(), EPS);
    assertEquals(0.5, d.recall(), EPS);
    assertFalse(d.exactMatch());
  }

  @Test
  void caseMattersAndShortTextsGiveOneShingle() {
    ArticleBodyScorer.DocScore d = ArticleBodyScorer.score("Hello world", "hello world");
    assertEquals(0.0, d.tp(), EPS);
    assertEquals(0.5, d.fp(), EPS);
    assertEquals(0.5, d.fn(), EPS);
    assertEquals(0.0, d.precision(), EPS);
    assertEquals(0.0, d.recall(), EPS);
  }

  @Test
  void repeatedShinglesCountAsMultiset() {
    // truth has "a b c d" twice (a b c d a b c d -> abcd, bcda, cdab, dabc, abcd); prediction once.
    ArticleBodyScorer.DocScore d = ArticleBodyScorer.score("a b c d a b c d", "a b c d");
    assertEquals(1.0 / 5, d.tp(), EPS);
    assertEquals(4.0 / 5, d.fn(), EPS);
  }

  @Test
  void emptyPredictionCountsForRecallOnly() {
    ArticleBodyScorer.DocScore empty = ArticleBodyScorer.score("a b c d e", "");
    assertEquals(0.0, empty.tp(), EPS);
    assertEquals(1.0, empty.fn(), EPS);
    ArticleBodyScorer.DocScore perfect = ArticleBodyScorer.score("a b c d e", "a b c d e");
    // Precision mean skips the empty prediction (TP+FP = 0); recall mean includes it.
    ArticleBodyScorer.CorpusScore c = ArticleBodyScorer.aggregate(List.of(empty, perfect));
    assertEquals(1.0, c.precision(), EPS);
    assertEquals(0.5, c.recall(), EPS);
    assertEquals(2 * 1.0 * 0.5 / 1.5, c.f1(), EPS);
    assertEquals(0.5, c.accuracy(), EPS);
  }

  @Test
  void corpusF1IsOfTheMeansNotTheMeanOfF1() {
    Map<String, String> truth = new LinkedHashMap<>();
    truth.put("1", "a b c d e");
    truth.put("2", "p q r s t u v");
    Map<String, String> pred = new LinkedHashMap<>();
    pred.put("1", "a b c d e x y"); // 2 TP, 2 FP -> P 0.5, R 1
    pred.put("2", "p q r s");       // 1 TP, 3 FN -> P 1, R 0.25
    ArticleBodyScorer.CorpusScore c = ArticleBodyScorer.scoreCorpus(truth, pred);
    assertEquals(0.75, c.precision(), EPS);
    assertEquals(0.625, c.recall(), EPS);
    assertEquals(2 * 0.75 * 0.625 / (0.75 + 0.625), c.f1(), EPS);
  }

  private static Path zyteDir() {
    String shared = System.getProperty("claimtrace.shared");
    Path base = shared != null && !shared.isBlank() ? Paths.get(shared) : Paths.get("..", "shared");
    return base.resolve("eval").resolve("zyte-article-extraction-benchmark");
  }

  @Test
  void reproducesPublishedReferenceScores() throws IOException {
    Path dir = zyteDir();
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")),
        () -> "Zyte benchmark absent at " + dir.toAbsolutePath() + ": skipping published-score check");
    Map<String, String> truth = new LinkedHashMap<>();
    ExtractionBenchmark.readTruth(dir.resolve("ground-truth.json")).forEach((k, v) -> truth.put(k, v.articleBody()));
    assertEquals(181, truth.size());
    ArticleBodyScorer.CorpusScore traf = ArticleBodyScorer.scoreCorpus(truth,
        ExtractionBenchmark.readReference(dir.resolve("reference-outputs/trafilatura.json.gz")));
    ArticleBodyScorer.CorpusScore rjs = ArticleBodyScorer.scoreCorpus(truth,
        ExtractionBenchmark.readReference(dir.resolve("reference-outputs/readability_js.json.gz")));
    assertEquals(0.958, traf.f1(), 0.005, traf::toString);
    assertEquals(0.947, rjs.f1(), 0.005, rjs::toString);
    assertEquals(0.914, rjs.precision(), 0.005, rjs::toString);
    assertEquals(0.982, rjs.recall(), 0.005, rjs::toString);
    assertEquals(0.293, traf.accuracy(), 0.005, traf::toString);
  }
}
