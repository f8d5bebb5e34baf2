package io.claimtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and the one-line messages of unusable options; none of these start Spark. */
class CliTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"run", "crawl", "ingest", "analyze", "cluster", "score", "report", "bench-extract",
        "bench-analyze", "bench-ner", "bench-claims", "bench-cluster", "bench-score", "bench-lsh", "bench-uci", "bench-crawl"}) {
      Result r = run(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().contains("Usage: claimtrace " + command), r.out());
    }
    Result top = run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("run") && top.out().contains("ingest"), top.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Result r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing command"), r.err());
  }

  @Test
  void missingInputStopsWithOneClearLine() {
    Result r = run("ingest", "--input", dir.resolve("nope").toString(), "--output", dir.resolve("out").toString());
    assertEquals(2, r.code());
    assertEquals("claimtrace: Cannot read input: no such file or directory (" + dir.resolve("nope") + ")", r.err().strip());
  }

  @Test
  void missingRequiredOptionNamesIt() {
    Result r = run("run", "--output", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing required option: '--input=PATH'"), r.err());
  }

  @Test
  void outputThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "x");
    Result r = run("ingest", "--input", dir.toString(), "--output", file.toString());
    assertEquals(2, r.code());
    assertEquals("claimtrace: Cannot write output: not a directory (" + file + ")", r.err().strip());
  }

  @Test
  void unknownSettingsAndBadValuesAreRefused() {
    Result unknown = run("ingest", "--input", dir.toString(), "--output", dir.resolve("o").toString(),
        "--conf", "claimtrace.ingest.bogus=1");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("claimtrace: Cannot use setting claimtrace.ingest.bogus from --conf: unknown key"),
        unknown.err());
    Result bad = run("ingest", "--input", dir.toString(), "--output", dir.resolve("o").toString(),
        "--conf", "claimtrace.ingest.max-page-bytes=lots");
    assertEquals(2, bad.code());
    assertEquals("claimtrace: Cannot use setting claimtrace.ingest.max-page-bytes: not a non-negative whole number (lots)",
        bad.err().strip());
    Result flag = run("ingest", "--input", dir.toString(), "--output", dir.resolve("o").toString(), "--max-page-bytes", "0");
    assertEquals(2, flag.code());
    assertTrue(flag.err().contains("must be greater than 0"), flag.err());
  }

  @Test
  void analyzeWithoutArticlesSaysWhatToRunFirst() {
    Result r = run("analyze", "--output", dir.resolve("empty-out").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("claimtrace: Cannot analyze: no articles table ("), r.err());
    assertTrue(r.err().contains("run ingest first"), r.err());
  }

  @Test
  void missingKnowledgeBaseFileIsRefused() {
    Result r = run("run", "--input", dir.toString(), "--output", dir.resolve("o").toString(), "--kb", dir.resolve("kb.tsv").toString());
    assertEquals(2, r.code());
    assertEquals("claimtrace: Cannot read knowledge base: no such file (" + dir.resolve("kb.tsv") + ")", r.err().strip());
  }
}
