package io.claimtrace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every Spark command takes. */
public final class JobOptions {
  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder: one Parquet folder per table, plus _run.json. Tables written by this command are replaced atomically.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*]).")
  String master;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Java properties file with claimtrace.* and spark.* settings (see claimtrace-defaults.properties).")
  Path config;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "One setting, repeatable: spark.* goes to Spark, claimtrace.* overrides the defaults file.")
  List<String> conf = new ArrayList<>();
}
