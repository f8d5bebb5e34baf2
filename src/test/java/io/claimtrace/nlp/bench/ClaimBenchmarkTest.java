package io.claimtrace.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimtrace.nlp.KnowledgeBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimBenchmarkTest {
  /**
   * CheckThat! 2024 English test F1 reached when this guard was set (no entity recognizer). The
   * test fails if a change loses more than 0.02 of it.
   */
  static final double CT24_TEST_F1_REACHED = 0.637;
  /** Project test-split claim recall reached at the same time. */
  static final double PROJECT_RECALL_REACHED = 0.974;
  /** Project test-split claim precision reached at the same time (the issue asks for 0.8). */
  static final double PROJECT_PRECISION_REACHED = 0.862;
  /**
   * Project test-split entity micro F1 (exact character span and type, the seven annotated types,
   * document mode as analyze runs it) when this guard was set, and PERSON/ORG/LOC micro F1. The test
   * fails if a change loses more than 0.02 of either (150 gold mentions: one mention is about 0.007).
   * Before the company cues (unknown company names typed PERSON): 0.711 and 0.608.
   */
  static final double PROJECT_ENTITY_F1_REACHED = 0.847;
  static final double PROJECT_ENTITY_PER_ORG_LOC_F1_REACHED = 0.838;

  @Test
  void scorerOnHandData() {
    ClaimBenchmark.Prf p = ClaimBenchmark.score(List.of(true, true, false, false, true),
        List.of(true, false, true, false, true));
    assertEquals(2, p.tp);
    assertEquals(1, p.fp);
    assertEquals(1, p.fn);
    assertEquals(1, p.tn);
    assertEquals(2.0 / 3, p.precision(), 1e-9);
    assertEquals(2.0 / 3, p.recall(), 1e-9);
    assertEquals(2.0 / 3, p.f1(), 1e-9);
    ClaimBenchmark.Prf none = ClaimBenchmark.score(List.of(false, false), List.of(false, false));
    assertEquals(0, none.f1());
    ClaimBenchmark.Prf allYes = ClaimBenchmark.score(List.of(true, false, false, false), List.of(true, true, true, true));
    assertEquals(0.4, allYes.f1(), 1e-9, "always-yes on 1 of 4: P 0.25, R 1, F1 0.4");
    assertThrows(IllegalArgumentException.class, () -> ClaimBenchmark.score(List.of(true), List.of()));
  }

  @Test
  void valuesAgreeWithinRounding() {
    assertTrue(ClaimBenchmark.sameValue(66.7, 200.0 / 3));
    assertTrue(ClaimBenchmark.sameValue(2.5e9, 2.5e9));
    assertFalse(ClaimBenchmark.sameValue(47, 45));
    assertFalse(ClaimBenchmark.sameValue(1.2e9, 1.3e9));
  }

  @Test
  void delimitedParsingHandlesQuotesAndLineEnds() {
    List<List<String>> rows = ClaimBenchmark.parseDelimited(
        "id\ttext\tlabel\r\n1\t\"He said \"\"no\"\", twice.\"\tYes\r\n2\tplain\tNo\n", '\t');
    assertEquals(3, rows.size());
    assertEquals("He said \"no\", twice.", rows.get(1).get(1));
    assertEquals("Yes", rows.get(1).get(2));
    assertEquals(List.of("2", "plain", "No"), rows.get(2));
    List<List<String>> csv = ClaimBenchmark.parseDelimited("a,b\n\"x, y\",\"multi\nline\"\n", ',');
    assertEquals(List.of("x, y", "multi\nline"), csv.get(1));
  }

  @Test
  void missingDataIsExitCode2(@TempDir Path tmp) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc = new ClaimBenchmark().execute(new String[] {tmp.resolve("nope").toString(), tmp.toString()},
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertEquals(2, rc);
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("missing evaluation data"));
  }

  @Test
  void regressionGuardOnPublicAndProjectSets() {
    Path shared = Paths.get(System.getProperty("claimtrace.shared", "../shared")).resolve("eval");
    Path project = Paths.get(ClaimBenchmark.DEFAULT_PROJECT);
    assumeTrue(Files.isDirectory(shared.resolve("checkthat2024-task1-english")),
        "shared evaluation data not found at " + shared.toAbsolutePath()
            + " (set -Dclaimtrace.shared=...): regression guard skipped");
    assumeTrue(Files.isRegularFile(project.resolve("ai-news-test.jsonl")),
        "project annotated set not found at " + project.toAbsolutePath() + ": regression guard skipped");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ClaimBenchmark bench = new ClaimBenchmark();
    int rc = bench.execute(new String[] {shared.toString(), project.toString(), "--no-throughput"},
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    String report = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, rc, report);
    Map<String, Double> r = bench.results();
    assertTrue(r.get("ct24.test.f1") >= CT24_TEST_F1_REACHED - 0.02, report);
    assertTrue(r.get("ct24.test.f1") > 0.41, "must beat always-Yes (0.410)\n" + report);
    assertTrue(r.get("project.test.claim.recall") >= PROJECT_RECALL_REACHED - 0.02, report);
    assertTrue(r.get("project.test.claim.precision") >= PROJECT_PRECISION_REACHED - 0.03, report);
    assertTrue(r.get("project.test.claim.recall") >= 0.9 && r.get("project.test.claim.precision") >= 0.8,
        "issue 3: claim recall >= 0.9 at precision >= 0.8 on the project test split\n" + report);
    assertTrue(r.get("project.test.prefilter.recall") >= 0.95, report);
  }

  @Test
  void regressionGuardOnProjectSetEntities() throws Exception {
    Path test = Paths.get(ClaimBenchmark.DEFAULT_PROJECT).resolve("ai-news-test.jsonl");
    assumeTrue(Files.isRegularFile(test), "project annotated set not found at " + test.toAbsolutePath()
        + ": regression guard skipped");
    ProjectEntityBenchmark.Result r = new ProjectEntityBenchmark(KnowledgeBase.bundled()).evaluate(test, 0);
    EntitySpanScorer s = r.document();
    String table = s.table(Map.of("PER/ORG/LOC", ProjectEntityBenchmark.PER_ORG_LOC));
    assertEquals(139, r.rows(), table);
    assertEquals(150, s.counts(ProjectEntityBenchmark.ANNOTATED)[2], "gold mentions\n" + table);
    assertTrue(s.microF1() >= PROJECT_ENTITY_F1_REACHED - 0.02, table);
    assertTrue(s.microF1(ProjectEntityBenchmark.PER_ORG_LOC) >= PROJECT_ENTITY_PER_ORG_LOC_F1_REACHED - 0.02, table);
  }
}
