package io.claimtrace.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DuckDB over JDBC: the second, independent Parquet reader the tests check the tables with. */
public final class ParquetReader implements AutoCloseable {
  private final Connection connection;

  public ParquetReader() throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** SQL that reads one table of an output folder, e.g. {@code table(out, "articles")}. */
  public static String table(Path output, String name) {
    return "read_parquet('" + output.resolve(name).toString().replace("'", "''") + "/*.parquet')";
  }

  public List<Map<String, Object>> query(String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  public long count(String sql) throws SQLException {
    return ((Number) query(sql).get(0).values().iterator().next()).longValue();
  }

  /** Column name to DuckDB type, from DESCRIBE. */
  public Map<String, String> describe(String from) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    for (Map<String, Object> r : query("DESCRIBE SELECT * FROM " + from)) {
      types.put((String) r.get("column_name"), (String) r.get("column_type"));
    }
    return types;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
