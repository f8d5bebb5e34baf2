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
  /** Table name to its latest staged copy: a stage may rewrite a table an earlier stage staged. */
  private final java.util.Map<String, Path> staged = new java.util.LinkedHashMap<>();
  private int versions;
  private final List<String[]> stagedParts = new ArrayList<>();
  private final List<String> stagedFiles = new ArrayList<>();
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

  /**
   * Writes one table to staging as Parquet. Staging a table again (a later stage rewriting it,
   * e.g. cluster filling claims.cluster_id) writes a new copy, so the copy being read is never
   * the one being overwritten.
   */
  public void stage(String table, Dataset<Row> rows) {
    Path path = new Path(staging, table + ".v" + (++versions));
    rows.write().mode(SaveMode.Overwrite).option("compression", "zstd").parquet(path.toString());
    staged.put(table, path);
  }

  /**
   * Writes one stage's share of a table that several stages fill ({@code rejects}). At commit
   * its files replace that stage's files in the table folder and leave the other stages' files
   * as they are, so re-running one stage never loses another's rows.
   */
  public void stagePart(String table, String part, Dataset<Row> rows) {
    rows.write().mode(SaveMode.Overwrite).option("compression", "zstd")
        .parquet(new Path(staging, table + "." + part).toString());
    stagedParts.add(new String[] {table, part});
  }

  /** Where a table can be read now: this run's staged copy if there is one, else the committed one. */
  public String locate(String table) {
    return staged.getOrDefault(table, new Path(output, table)).toString();
  }

  /**
   * Fails with a clear message when a table a stage needs is neither staged by this run nor
   * committed in the output folder.
   */
  public String require(String table, String stage, String producedBy) {
    String where = locate(table);
    try {
      if (!fs.exists(new Path(where))) {
        throw new IllegalArgumentException("Cannot " + stage + ": no " + table + " table (" + where + "); run "
            + producedBy + " first, or the whole pipeline with `run`");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot " + stage + ": " + e.getMessage() + " (" + where + ")");
    }
    return where;
  }

  /**
   * The files of a table that several stages fill ({@code rejects}) as it will be after commit:
   * this run's staged parts plus the committed files of the stages this run did not redo.
   */
  public String[] requireParts(String table, String stage, String producedBy) {
    List<String> paths = new ArrayList<>();
    List<String> redone = new ArrayList<>();
    for (String[] tp : stagedParts) {
      if (tp[0].equals(table)) {
        paths.add(new Path(staging, tp[0] + "." + tp[1]).toString());
        redone.add(tp[1] + "-");
      }
    }
    Path committed = new Path(output, table);
    try {
      if (fs.exists(committed)) {
        for (var f : fs.listStatus(committed)) {
          String name = f.getPath().getName();
          if (name.endsWith(".parquet") && redone.stream().noneMatch(name::startsWith)) {
            paths.add(f.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot " + stage + ": " + e.getMessage() + " (" + committed + ")");
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("Cannot " + stage + ": no " + table + " table (" + committed + "); run "
          + producedBy + " first, or the whole pipeline with `run`");
    }
    return paths.toArray(new String[0]);
  }

  /** Moves every staged table into place. */
  public void commit() {
    try {
      for (String[] tp : stagedParts) {
        Path target = new Path(output, tp[0]);
        fs.mkdirs(target);
        String prefix = tp[1] + "-";
        for (var old : fs.listStatus(target)) {
          if (old.getPath().getName().startsWith(prefix) && !fs.delete(old.getPath(), false)) {
            throw new IOException("could not remove the previous " + old.getPath());
          }
        }
        for (var f : fs.listStatus(new Path(staging, tp[0] + "." + tp[1]))) {
          String name = f.getPath().getName();
          if (name.endsWith(".parquet") && !fs.rename(f.getPath(), new Path(target, prefix + name))) {
            throw new IOException("could not move " + f.getPath() + " into " + target);
          }
        }
      }
      for (java.util.Map.Entry<String, Path> e : staged.entrySet()) {
        String table = e.getKey();
        Path target = new Path(output, table);
        if (fs.exists(target) && !fs.delete(target, true)) {
          throw new IOException("could not remove the previous " + target);
        }
        if (!fs.rename(e.getValue(), target)) {
          throw new IOException("could not move " + table + " into " + output);
        }
      }
      for (String name : stagedFiles) {
        Path target = new Path(output, name);
        fs.mkdirs(target.getParent());
        if (fs.exists(target) && !fs.delete(target, false)) {
          throw new IOException("could not remove the previous " + target);
        }
        if (!fs.rename(new Path(new Path(staging, "_files"), name), target)) {
          throw new IOException("could not move " + name + " into " + output);
        }
      }
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit output: " + e.getMessage(), e);
    }
  }

  /** A small file (the report) written to staging now and moved into place at commit. */
  public void stageFile(String name, byte[] content) {
    Path path = new Path(new Path(staging, "_files"), name);
    try (var out = fs.create(path, true)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
    }
    stagedFiles.add(name);
  }

  /** Writes a small file (the run manifest) atomically: to a temporary name, then renamed. */
  public void writeFile(String name, byte[] content) {
    Path target = new Path(output, name);
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
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
