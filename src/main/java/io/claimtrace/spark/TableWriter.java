package io.claimtrace.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a command's tables so that readers never see a half-written output: every table is
 * first written under {@code DIR/_staging/<run-id>/}, and only when all of them committed are they
 * moved into place, replacing the previous version of each. A failed run leaves the previous
 * tables as they were (its staging folder is removed on the way out).
 */
public final class TableWriter implements AutoCloseable {
  private final Path output;
  private final Path staging;
  private final FileSystem fs;
  private final List<String> staged = new ArrayList<>();
  private boolean committed;

  public TableWriter(Configuration hadoop, String outputDir, String runId) {
    this.output = new Path(outputDir);
    try {
      this.fs = output.getFileSystem(hadoop);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use output: " + e.getMessage() + " (" + outputDir + ")", e);
    }
    this.staging = new Path(new Path(output, "_staging"), runId);
  }

  /** Writes one table to staging as Parquet, in {@code files} files. */
  public void stage(String table, Dataset<Row> rows) {
    rows.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(new Path(staging, table).toString());
    staged.add(table);
  }

  /** Moves every staged table into place. */
  public void commit() {
    try {
      for (String table : staged) {
        Path target = new Path(output, table);
        if (fs.exists(target) && !fs.delete(target, true)) {
          throw new IOException("could not remove the previous " + target);
        }
        if (!fs.rename(new Path(staging, table), target)) {
          throw new IOException("could not move " + table + " into " + output);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit output: " + e.getMessage(), e);
    }
  }

  /** Writes a small file (the run manifest) atomically: to a temporary name, then renamed. */
  public void writeFile(String name, byte[] content) {
    Path tmp = new Path(output, "." + name + ".tmp");
    Path target = new Path(output, name);
    try {
      try (var out = fs.create(tmp, true)) {
        out.write(content);
      }
      if (fs.exists(target)) {
        fs.delete(target, false);
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("could not rename " + tmp + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(staging, true);
      Path parent = staging.getParent();
      if (fs.exists(parent) && fs.listStatus(parent).length == 0) {
        fs.delete(parent, true);
      }
    } catch (IOException e) {
      if (committed) {
        throw new UncheckedIOException("Cannot clean up " + staging + ": " + e.getMessage(), e);
      }
    }
  }
}
