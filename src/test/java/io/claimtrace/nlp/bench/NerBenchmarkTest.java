package io.claimtrace.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.nlp.EntityRecognizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NerBenchmarkTest {
  /**
   * Reached on 2026-11-27 in document mode (compact maxent + table rules + datafaker-derived name lists +
   * event/fixture/apposition rules + joined hyphenated names, the people, outlet and company
   * knowledge base and the company cues: CoNLL 0.769, UNER news 0.736; before: 0.761 and 0.716, and
   * earlier 0.691 and 0.540); the guard allows 0.02 less.
   */
  static final double CONLL_REACHED = 0.769;
  static final double UNER_REACHED = 0.736;

  @Test
  void decodesIob1AndBio2() {
    // IOB1: I- starts an entity after O or another type; B- only between adjacent same-type entities.
    assertEquals(List.of(new NerScorer.Mention(0, 2, "PER"), new NerScorer.Mention(2, 3, "PER"),
        new NerScorer.Mention(4, 5, "LOC")), NerScorer.decode(new String[] {"I-PER", "I-PER", "B-PER", "O", "I-LOC"}));
    assertEquals(List.of(new NerScorer.Mention(0, 1, "ORG"), new NerScorer.Mention(1, 3, "LOC")),
        NerScorer.decode(new String[] {"B-ORG", "B-LOC", "I-LOC"}));
    assertEquals(List.of(new NerScorer.Mention(0, 1, "ORG"), new NerScorer.Mention(1, 2, "LOC")),
        NerScorer.decode(new String[] {"I-ORG", "I-LOC"}));
  }

  @Test
  void exactMatchPrecisionRecallF1() {
    NerScorer s = new NerScorer(NerBenchmark.TYPES);
    // gold: PER [0,2), LOC [3,4), MISC [5,6) (ignored); predicted: PER [0,2) ok, LOC [3,5) wrong span, ORG [6,7) spurious
    s.add(List.of(new NerScorer.Mention(0, 2, "PER"), new NerScorer.Mention(3, 4, "LOC"), new NerScorer.Mention(5, 6, "MISC")),
        List.of(new NerScorer.Mention(0, 2, "PER"), new NerScorer.Mention(3, 5, "LOC"), new NerScorer.Mention(6, 7, "ORG")));
    assertEquals(1.0, s.precision("PER"), 1e-9);
    assertEquals(0.0, s.recall("LOC"), 1e-9);
    assertEquals(1.0 / 3, s.microPrecision(), 1e-9);
    assertEquals(1.0 / 2, s.microRecall(), 1e-9);
    assertEquals(0.4, s.microF1(), 1e-9);
    assertTrue(s.table().contains("micro"));
  }

  @Test
  void missingFolderExitsWith2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = NerBenchmark.run(new String[] {"/nonexistent/eval"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, rc);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("evaluation file not found"));
  }

  @Test
  void regressionGuardOnSharedEvaluationSets() throws IOException {
    Path eval = Paths.get(System.getProperty("claimtrace.shared", "../shared"), "eval");
    Path conll = eval.resolve("conll2003-english-test/eng.testb");
    Path uner = eval.resolve("uner-english-pud/en_pud-ud-test.iob2");
    Assumptions.assumeTrue(Files.isRegularFile(conll) && Files.isRegularFile(uner),
        "shared evaluation sets not found under " + eval.toAbsolutePath() + " (set -Dclaimtrace.shared); skipping the NER regression guard");
    EntityRecognizer rec = new EntityRecognizer();
    double c = NerBenchmark.scoreDocuments(rec, NerBenchmark.readConll(conll)).microF1();
    double u = NerBenchmark.scoreDocuments(rec, NerBenchmark.readUner(uner, "n")).microF1();
    assertTrue(c >= CONLL_REACHED - 0.02, "CoNLL-2003 PER/ORG/LOC micro-F1 fell to " + c);
    assertTrue(u >= UNER_REACHED - 0.02, "UNER news PER/ORG/LOC micro-F1 fell to " + u);
  }
}
