package io.claimtrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SQL of the exported notebooks ({@code notebooks-export/*.ipynb}), so tests can run it against
 * real output: extraction and substitution are plain Java, usable from a DuckDB or a Spark test;
 * {@link #runAll} runs the DuckDB queries with DuckDB over JDBC.
 *
 * <p>Cell conventions (also in {@code notebooks-export/README.md}):
 * <ul>
 *   <li>DuckDB: a code cell whose first line is {@code -- duckdb}, after an optional jupysql
 *       {@code %%sql} line. Tables are read with {@code read_parquet('out/<table>/*.parquet')}: the
 *       {@code out} folder is the placeholder that {@link Query#sqlFor} replaces.</li>
 *   <li>Spark SQL: a Python code cell whose first line is {@code # spark-sql}, holding one
 *       {@code spark.sql("""...""")}. It uses temporary views named after the tables ({@link #TABLES}),
 *       which the caller registers: {@code spark.read().parquet(out + "/" + t).createOrReplaceTempView(t)}.</li>
 *   <li>Either: the next comment line is the query's title; a line {@code -- may return no rows}
 *       marks a DuckDB query whose result may rightly be empty.</li>
 * </ul>
 */
public final class NotebookSql {
  /** The folder name the DuckDB queries use for the run's output folder. */
  public static final String PLACEHOLDER = "out";
  /** The tables the Spark SQL cells expect as temporary views. */
  public static final List<String> TABLES = List.of("articles", "rejects", "entities", "claims", "claim_clusters",
      "outlets");
  static final String DUCKDB_MARK = "-- duckdb";
  static final String SPARK_MARK = "# spark-sql";
  static final String MAY_BE_EMPTY = "-- may return no rows";

  /** Which engine a query is written for. */
  public enum Engine { DUCKDB, SPARK }

  /**
   * One SQL cell.
   *
   * @param notebook the .ipynb file
   * @param cell 0-based cell index in the notebook
   * @param engine DuckDB or Spark SQL
   * @param title the comment line after the marker
   * @param sql the SQL as written (DuckDB: with the {@code out} placeholder)
   * @param mayBeEmpty an empty result is not an error
   */
  public record Query(Path notebook, int cell, Engine engine, String title, String sql, boolean mayBeEmpty) {
    /** Readable name for test reports: {@code 02-claim-spread.ipynb#5 (title)}. */
    public String name() {
      return notebook.getFileName() + "#" + cell + " (" + title + ")";
    }

    /** The SQL to run against {@code outputFolder}; Spark SQL is returned as is (it uses views). */
    public String sqlFor(String outputFolder) {
      return engine == Engine.DUCKDB ? substitute(sql, outputFolder) : sql;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private NotebookSql() {}

  /** The repository's notebook folder: {@code -Dclaimtrace.notebooks}, else {@code notebooks-export}. */
  public static Path defaultFolder() {
    return Path.of(System.getProperty("claimtrace.notebooks", "notebooks-export"));
  }

  /** Every {@code .ipynb} under {@code folder}, in name order. */
  public static List<Path> notebooks(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".ipynb"))
          .filter(p -> !p.toString().contains(".ipynb_checkpoints")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list notebooks in " + folder, e);
    }
  }

  /** The queries for {@code engine} in every notebook under {@code folder}, in notebook and cell order. */
  public static List<Query> queries(Path folder, Engine engine) {
    List<Query> out = new ArrayList<>();
    for (Path nb : notebooks(folder)) {
      queries(nb).stream().filter(q -> q.engine() == engine).forEach(out::add);
    }
    return out;
  }

  /** Every marked SQL cell of one notebook. */
  public static List<Query> queries(Path notebook) {
    JsonNode root;
    try {
      root = JSON.readTree(notebook.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read notebook " + notebook + ": " + e.getMessage(), e);
    }
    if (root.path("nbformat").asInt() != 4) {
      throw new IllegalArgumentException("Cannot read notebook " + notebook + ": not nbformat 4");
    }
    List<Query> out = new ArrayList<>();
    JsonNode cells = root.path("cells");
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      Query q = parse(notebook, i, source(cell.path("source")));
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  /** The cell's query, or null if the cell is not a marked SQL cell. */
  static Query parse(Path notebook, int index, String source) {
    List<String> lines = new ArrayList<>(source.strip().lines().toList());
    if (!lines.isEmpty() && lines.get(0).strip().equals("%%sql")) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      return null;
    }
    String first = lines.get(0).strip();
    if (first.equals(DUCKDB_MARK)) {
      boolean mayBeEmpty = lines.stream().anyMatch(l -> l.strip().equals(MAY_BE_EMPTY));
      String title = lines.stream().skip(1).map(String::strip)
          .filter(l -> l.startsWith("-- ") && !l.equals(MAY_BE_EMPTY)).findFirst().map(l -> l.substring(3))
          .orElse("");
      String sql = String.join("\n", lines.subList(1, lines.size())).strip();
      return new Query(notebook, index, Engine.DUCKDB, title, sql, mayBeEmpty);
    }
    if (first.equals(SPARK_MARK)) {
      String text = String.join("\n", lines);
      int start = text.indexOf("spark.sql(\"\"\"");
      int end = start < 0 ? -1 : text.indexOf("\"\"\"", start + 13);
      if (end < 0) {
        throw new IllegalArgumentException("Cannot read the Spark SQL of " + notebook + " cell " + index
            + ": a '# spark-sql' cell needs one spark.sql(\"\"\"...\"\"\")");
      }
      String title = lines.size() > 1 && lines.get(1).startsWith("# ") ? lines.get(1).substring(2).strip() : "";
      return new Query(notebook, index, Engine.SPARK, title, text.substring(start + 13, end).strip(), false);
    }
    return null;
  }

  /**
   * Runs every DuckDB query of the notebooks under {@code notebooksFolder} against the tables in
   * {@code outputFolder} (DuckDB over JDBC, UTC session), reading every value of every row.
   *
   * @return the number of queries run
   * @throws AssertionError naming the notebook cell, when a query fails, or returns no rows without
   *     being marked {@code -- may return no rows}, or when there is no query at all
   */
  public static int runAll(Path notebooksFolder, Path outputFolder) {
    List<Query> queries = queries(notebooksFolder, Engine.DUCKDB);
    if (queries.isEmpty()) {
      throw new AssertionError("No DuckDB query ('-- duckdb' cell) in " + notebooksFolder.toAbsolutePath());
    }
    List<String> failures = new ArrayList<>();
    for (Query q : queries) {
      try {
        if (rows(q, outputFolder) == 0 && !q.mayBeEmpty()) {
          failures.add(q.name() + " returned no rows");
        }
      } catch (SQLException e) {
        failures.add(q.name() + " failed: " + e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + queries.size() + " notebook queries on "
          + outputFolder.toAbsolutePath() + ":\n  " + String.join("\n  ", failures));
    }
    return queries.size();
  }

  /** Runs one DuckDB query against {@code outputFolder}; the number of rows (every value is read). */
  public static long rows(Query q, Path outputFolder) throws SQLException {
    if (q.engine() != Engine.DUCKDB) {
      throw new IllegalArgumentException("Cannot run " + q.name() + " with DuckDB: it is " + q.engine() + " SQL");
    }
    String sql = q.sqlFor(outputFolder.toAbsolutePath().toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET TimeZone = 'UTC'");
      try (ResultSet rs = st.executeQuery(sql)) {
        int cols = rs.getMetaData().getColumnCount();
        long n = 0;
        while (rs.next()) {
          for (int i = 1; i <= cols; i++) {
            rs.getObject(i);
          }
          n++;
        }
        return n;
      }
    }
  }

  /**
   * Points the DuckDB {@code read_parquet('out/...')} paths at {@code outputFolder}: every quoted path
   * starting with {@code out/}. Single quotes in the folder are doubled for SQL.
   */
  public static String substitute(String sql, String outputFolder) {
    String folder = outputFolder.replace('\\', '/');
    while (folder.length() > 1 && folder.endsWith("/")) {
      folder = folder.substring(0, folder.length() - 1);
    }
    return sql.replace("'" + PLACEHOLDER + "/", "'" + folder.replace("'", "''") + "/");
  }

  private static String source(JsonNode src) {
    if (src.isTextual()) {
      return src.asText();
    }
    StringBuilder b = new StringBuilder();
    src.forEach(l -> b.append(l.asText()));
    return b.toString();
  }
}
