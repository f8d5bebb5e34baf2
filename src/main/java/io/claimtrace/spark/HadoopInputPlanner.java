package io.claimtrace.spark;

import io.claimtrace.ingest.InputFormat;
import io.claimtrace.ingest.InputSplit;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input paths on the driver (names and sizes only, never contents) and turns them
 * into splits: one per file, and byte ranges for uncompressed JSONL files larger than the split
 * size. Works on any Hadoop file system (local, HDFS, S3A).
 */
public final class HadoopInputPlanner {
  private final Configuration hadoop;

  public HadoopInputPlanner(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  /** A file found under the inputs. */
  public record InputFile(String path, long size, InputFormat format) {}

  /** The files to read, and the files skipped by the folder rules (listed in the run manifest). */
  public record Listing(List<InputFile> files, List<String> ignored) {}

  /**
   * Expands files and folders recursively. Inside folders, names starting with {@code _} or
   * {@code .} are skipped (the Spark and Hadoop convention for metadata such as {@code _SUCCESS}),
   * and so are documentation files ({@code README*}, {@code LICENSE*}, {@code *.md}); a file named
   * explicitly is always read. Fails at once with a clear message for a path that does not exist.
   */
  public Listing list(List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(file(status));
        } else {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
          while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (isHidden(s.getPath(), path) || isDocumentation(s.getPath().getName())) {
              ignored.add(InputSplit.displayPath(s.getPath().toString()));
            } else {
              files.add(file(s));
            }
          }
        }
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException("Cannot read input: no such file or directory (" + input + ")");
      } catch (IOException e) {
        throw new IllegalArgumentException("Cannot read input: " + e.getMessage() + " (" + input + ")");
      }
    }
    files.sort(Comparator.comparing(InputFile::path));
    ignored.sort(Comparator.naturalOrder());
    return new Listing(files, ignored);
  }

  private static boolean isDocumentation(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.startsWith("readme") || n.startsWith("license") || n.endsWith(".md");
  }

  /** Splits large uncompressed JSONL files into byte ranges; everything else is one split per file. */
  public static List<InputSplit> splits(List<InputFile> files, long jsonlSplitBytes) {
    List<InputSplit> splits = new ArrayList<>();
    for (InputFile f : files) {
      boolean splittable = f.format() == InputFormat.JSONL && !f.path().endsWith(".gz") && f.size() > jsonlSplitBytes;
      if (!splittable) {
        splits.add(InputSplit.whole(f.path(), f.format(), f.size()));
        continue;
      }
      for (long start = 0; start < f.size(); start += jsonlSplitBytes) {
        long len = Math.min(jsonlSplitBytes, f.size() - start);
        splits.add(new InputSplit(f.path(), f.format(), start, len, -1, f.size()));
      }
    }
    return splits;
  }

  private static InputFile file(FileStatus s) {
    String p = s.getPath().toString();
    return new InputFile(p, s.getLen(), InputFormat.ofFileName(s.getPath().getName()));
  }

  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
