package io.claimtrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimtrace.report.NotebookSql.Engine;
import io.claimtrace.report.NotebookSql.Query;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB SQL of {@code notebooks-export/} runs: against a small hand-made output folder with the
 * contract columns (always), and against a real run's output when {@code -Dclaimtrace.notebookOutput=DIR}
 * is set.
 */
class NotebookSqlTest {
  private static final Path FOLDER = NotebookSql.defaultFolder();

  @TempDir static Path tmp;

  @Test
  void everyNotebookHasBothEnginesAndARenderedCopy() throws Exception {
    List<Path> notebooks = NotebookSql.notebooks(FOLDER);
    assertEquals(5, notebooks.size(), "notebooks in " + FOLDER.toAbsolutePath());
    for (Path nb : notebooks) {
      List<Query> qs = NotebookSql.queries(nb);
      long duck = qs.stream().filter(q -> q.engine() == Engine.DUCKDB).count();
      long spark = qs.stream().filter(q -> q.engine() == Engine.SPARK).count();
      assertTrue(duck > 0, nb + " has DuckDB queries");
      assertEquals(duck, spark, nb + ": one Spark SQL query per DuckDB query");
      Path md = nb.resolveSibling(nb.getFileName().toString().replace(".ipynb", ".md"));
      String rendered = Files.readString(md, StandardCharsets.UTF_8);
      for (Query q : qs) {
        assertFalse(q.title().isEmpty(), q.name() + " has a title");
        assertTrue(rendered.contains(q.sql()), md + " is stale: re-render it from the notebook (" + q.name() + ")");
        if (q.engine() == Engine.DUCKDB) {
          assertTrue(q.sql().contains("read_parquet('out/"), q.name() + " reads through the 'out' placeholder");
        } else {
          assertFalse(q.sql().contains("read_parquet"), q.name() + " uses the registered views");
        }
      }
    }
  }

  @Test
  void runAllNamesTheFailingCells() throws Exception {
    Path out = tmp.resolve("fixture-for-runall");
    NotebookFixture.write(out);
    assertEquals(NotebookSql.queries(FOLDER, Engine.DUCKDB).size(), NotebookSql.runAll(FOLDER, out));
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> NotebookSql.runAll(FOLDER, tmp.resolve("no-such-output")));
    assertTrue(e.getMessage().contains("01-riskiest-clusters.ipynb#4"), e.getMessage());
  }

  @Test
  void parsesAndSubstitutes() {
    Path nb = Path.of("x.ipynb");
    Query q = NotebookSql.parse(nb, 3, "%%sql\n-- duckdb\n-- may return no rows\n-- the title\n"
        + "SELECT * FROM read_parquet('out/claims/*.parquet') JOIN read_parquet( 'out/articles/*.parquet') USING (a)");
    assertEquals(Engine.DUCKDB, q.engine());
    assertEquals("the title", q.title());
    assertTrue(q.mayBeEmpty());
    assertEquals("x.ipynb#3 (the title)", q.name());
    assertEquals("-- may return no rows\n-- the title\nSELECT * FROM read_parquet('/d/it''s/claims/*.parquet')"
        + " JOIN read_parquet( '/d/it''s/articles/*.parquet') USING (a)", q.sqlFor("/d/it's/"));
    Query s = NotebookSql.parse(nb, 4, "# spark-sql\n# t\nspark.sql(\"\"\"\nSELECT 1\n\"\"\").show()");
    assertEquals(new Query(nb, 4, Engine.SPARK, "t", "SELECT 1", false), s);
    assertEquals("SELECT 1", s.sqlFor("/any"));
    assertNull(NotebookSql.parse(nb, 0, "import duckdb"));
    assertNull(NotebookSql.parse(nb, 0, "%%sql\nSELECT 1"));
  }

  /** Against the hand-made tables, every DuckDB query runs and returns rows. */
  @TestFactory
  Stream<DynamicTest> duckDbQueriesRunOnAFixture() throws Exception {
    Path out = tmp.resolve("fixture-out");
    NotebookFixture.write(out);
    return NotebookSql.queries(FOLDER, Engine.DUCKDB).stream()
        .map(q -> DynamicTest.dynamicTest(q.name(), () -> assertTrue(run(q, out) > 0, q.name() + " returned no rows")));
  }

  /** Against a real run: {@code -Dclaimtrace.notebookOutput=DIR} (e.g. a run on data-samples). */
  @Test
  void duckDbQueriesRunOnARealOutput() {
    String dir = System.getProperty("claimtrace.notebookOutput");
    Assumptions.assumeTrue(dir != null && !dir.isBlank(), "Skipped: set -Dclaimtrace.notebookOutput=<the --output"
        + " folder of a claimtrace run> to run the notebook SQL against real tables");
    Path out = Path.of(dir);
    assertTrue(Files.isDirectory(out), "claimtrace.notebookOutput is not a folder: " + out.toAbsolutePath());
    assertTrue(NotebookSql.runAll(FOLDER, out) >= 5);
  }

  /** Runs one query with DuckDB; the number of rows. */
  static long run(Query q, Path outputFolder) {
    try {
      return NotebookSql.rows(q, outputFolder);
    } catch (SQLException e) {
      return fail(q.name() + " failed: " + e.getMessage() + "\n" + q.sqlFor(outputFolder.toString()), e);
    }
  }

}
