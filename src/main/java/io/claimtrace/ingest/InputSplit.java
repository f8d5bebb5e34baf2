package io.claimtrace.ingest;

import java.io.Serializable;

/**
 * A unit of ingest work: a whole file, or a byte range of a large uncompressed JSONL file.
 *
 * @param path the file as the file system names it
 * @param format how to read it
 * @param start first byte of the range
 * @param length bytes in the range ({@code -1}: to the end of the file)
 * @param linesBefore newlines in the file before {@code start}, so JSONL line numbers stay exact
 *     when a file is split; 0 for whole files
 * @param fileSize size of the file in bytes
 */
public record InputSplit(String path, InputFormat format, long start, long length, long linesBefore, long fileSize)
    implements Serializable {

  public static InputSplit whole(String path, InputFormat format, long fileSize) {
    return new InputSplit(path, format, 0, -1, 0, fileSize);
  }

  public boolean isWholeFile() {
    return start == 0 && length < 0;
  }

  /** The path without a {@code file:} scheme, the way a person would type it. */
  public String displayPath() {
    return displayPath(path);
  }

  public static String displayPath(String path) {
    if (path.startsWith("file:///")) {
      return path.substring("file://".length());
    }
    if (path.startsWith("file:/")) {
      return path.substring("file:".length());
    }
    return path;
  }
}
