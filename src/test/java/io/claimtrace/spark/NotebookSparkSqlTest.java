package io.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.report.NotebookFixture;
import io.claimtrace.report.NotebookSql;
import io.claimtrace.report.NotebookSql.Engine;
import io.claimtrace.report.NotebookSql.Query;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark SQL cells of {@code notebooks-export/} run on Spark: the notebook's setup (one temporary
 * view per table) over the small fixture output, then every {@code # spark-sql} query, which must
 * return rows. Point {@code claimtrace.notebookOutput} at a real run to use its tables instead.
 */
class NotebookSparkSqlTest {
  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path out;

  @BeforeAll
  static void start() throws Exception {
    String real = System.getProperty("claimtrace.notebookOutput");
    if (real != null && !real.isBlank()) {
      out = Path.of(real);
    } else {
      out = tmp.resolve("fixture-out");
      NotebookFixture.write(out);
    }
    spark = SparkTestSession.start("notebook-sql");
    for (String t : NotebookSql.TABLES) {
      spark.read().parquet(out.resolve(t).toString()).createOrReplaceTempView(t);
    }
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everySparkSqlCellRuns() {
    List<Query> queries = NotebookSql.queries(NotebookSql.defaultFolder(), Engine.SPARK);
    assertFalse(queries.isEmpty());
    assertEquals(NotebookSql.queries(NotebookSql.defaultFolder(), Engine.DUCKDB).size(), queries.size());
    // a query may return no rows where its DuckDB twin (same notebook, same title) says so
    Set<String> mayBeEmpty = NotebookSql.queries(NotebookSql.defaultFolder(), Engine.DUCKDB).stream()
        .filter(Query::mayBeEmpty).map(q -> q.notebook() + "|" + q.title()).collect(Collectors.toSet());
    assertAll(queries.stream().map(q -> () -> {
      long rows = spark.sql(q.sqlFor(out.toString())).collectAsList().size();
      assertTrue(rows > 0 || mayBeEmpty.contains(q.notebook() + "|" + q.title()),
          q.name() + " returned no rows on " + out);
    }));
  }
}
