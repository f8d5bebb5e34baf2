package io.claimtrace.spark;

import io.claimtrace.ingest.InputOpener;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Opens inputs through Hadoop's FileSystem on the executors (local, HDFS, S3A alike), with the
 * driver's Hadoop configuration ({@code spark.hadoop.*} settings, credentials providers).
 */
final class HadoopInputOpener implements InputOpener {
  private final SerializableConfiguration conf;

  HadoopInputOpener(Configuration driverConf) {
    this.conf = new SerializableConfiguration(driverConf);
  }

  @Override
  public InputStream open(String path, long offset) throws IOException {
    Path p = new Path(path);
    FSDataInputStream in = p.getFileSystem(conf.value()).open(p);
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }
}
