package io.claimtrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens an input file at a byte offset. The Spark job supplies one backed by Hadoop's
 * {@code FileSystem} (HDFS, S3, local); plain-Java callers and tests use {@link #local()}.
 */
@FunctionalInterface
public interface InputOpener extends Serializable {
  InputStream open(String path, long offset) throws IOException;

  /** Opens local files; accepts plain paths and {@code file:} URIs. */
  static InputOpener local() {
    return (path, offset) -> {
      FileChannel ch = FileChannel.open(Path.of(InputSplit.displayPath(path)), StandardOpenOption.READ);
      if (offset > 0) {
        ch.position(offset);
      }
      return Channels.newInputStream(ch);
    };
  }

}
