package io.claimtrace.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses. Under {@code spark-submit} the master and
 * resources come from the submit command; run directly (jobs/claimtrace, tests) it is an
 * embedded {@code local[*]} session bound to 127.0.0.1, because this kind of machine's default
 * interface is not loopback and a local driver has no reason to listen on the network.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master explicit master, or null to use spark-submit's or else {@code local[*]}
   * @param conf extra Spark settings ({@code --conf spark.x=y})
   */
  public static SparkSession create(String appName, String master, Map<String, String> conf) {
    SparkConf sparkConf = new SparkConf(true); // picks up spark.* system properties from spark-submit
    String effective = master != null ? master : sparkConf.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder().appName(appName).master(effective);
    if (effective.startsWith("local")) {
      setIfAbsent(b, sparkConf, "spark.driver.host", "127.0.0.1");
      setIfAbsent(b, sparkConf, "spark.driver.bindAddress", "127.0.0.1");
      setIfAbsent(b, sparkConf, "spark.ui.showConsoleProgress", "false");
    }
    b.config("spark.sql.session.timeZone", "UTC");
    b.config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    setIfAbsent(b, sparkConf, "spark.sql.shuffle.partitions", effective.startsWith("local") ? "8" : "200");
    for (Map.Entry<String, String> e : conf.entrySet()) {
      b.config(e.getKey(), e.getValue());
    }
    return b.getOrCreate();
  }

  private static void setIfAbsent(SparkSession.Builder b, SparkConf conf, String key, String value) {
    if (!conf.contains(key)) {
      b.config(key, value);
    }
  }
}
