package io.claimtrace.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The one local session a Spark test class shares: local[2], UI off, loopback only, 2 shuffle partitions. */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static SparkSession start(String name) {
    return SparkSessions.create(name, "local[2]", Map.of(
        "spark.ui.enabled", "false",
        "spark.sql.shuffle.partitions", "2",
        "spark.driver.host", "127.0.0.1",
        "spark.driver.bindAddress", "127.0.0.1"));
  }
}
