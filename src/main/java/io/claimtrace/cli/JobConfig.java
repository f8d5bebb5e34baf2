package io.claimtrace.cli;

import io.claimtrace.ingest.IngestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one typed configuration of a command, resolved on the driver. Precedence, highest first:
 * CLI flags, {@code --conf claimtrace.KEY=VALUE}, a {@code --config FILE} (Java properties), the
 * commented defaults file {@code claimtrace-defaults.properties} on the classpath. Unknown
 * {@code claimtrace.*} keys and unparseable values stop the command with a clear message.
 */
public final class JobConfig {
  static final String DEFAULTS = "/claimtrace-defaults.properties";

  private final Map<String, String> values;
  private final Map<String, String> sparkConf;

  private JobConfig(Map<String, String> values, Map<String, String> sparkConf) {
    this.values = values;
    this.sparkConf = sparkConf;
  }

  /**
   * @param configFile properties file or null
   * @param confs {@code KEY=VALUE} pairs: {@code spark.*} keys go to Spark, {@code claimtrace.*} override settings
   * @param flags settings from dedicated CLI flags (already keyed {@code claimtrace.*}), highest precedence
   */
  public static JobConfig resolve(Path configFile, Iterable<String> confs, Map<String, String> flags) {
    Map<String, String> values = new TreeMap<>(load());
    Map<String, String> spark = new LinkedHashMap<>();
    if (configFile != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (NoSuchFileException e) {
        throw new UsageException("Cannot read config: no such file (" + configFile + ")");
      } catch (IOException e) {
        throw new UsageException("Cannot read config: " + e.getMessage() + " (" + configFile + ")");
      }
      for (String k : p.stringPropertyNames()) {
        put(values, spark, k, p.getProperty(k), "--config " + configFile);
      }
    }
    for (String kv : confs) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("Cannot use --conf " + kv + ": expected KEY=VALUE");
      }
      put(values, spark, kv.substring(0, eq).strip(), kv.substring(eq + 1).strip(), "--conf");
    }
    flags.forEach((k, v) -> {
      if (v != null) {
        put(values, spark, k, v, "flag");
      }
    });
    JobConfig config = new JobConfig(values, spark);
    config.ingest(); // validate every value now, not in the middle of a job
    config.analyze(java.util.List.of());
    config.cluster();
    return config;
  }

  private static void put(Map<String, String> values, Map<String, String> spark, String key, String value, String where) {
    if (key.startsWith("spark.")) {
      spark.put(key, value);
    } else if (values.containsKey(key)) {
      values.put(key, value);
    } else {
      throw new UsageException("Cannot use setting " + key + " from " + where
          + ": unknown key (known: spark.*, " + String.join(", ", values.keySet()) + ")");
    }
  }

  private static Map<String, String> load() {
    Properties p = new Properties();
    try (InputStream in = JobConfig.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the classpath: the build is broken");
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + DEFAULTS, e);
    }
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
    return m;
  }

  public IngestConfig ingest() {
    return new IngestConfig(
        positiveLong("claimtrace.ingest.max-page-bytes"),
        (int) Math.min(Integer.MAX_VALUE - 16, positiveLong("claimtrace.ingest.max-line-bytes")),
        positiveLong("claimtrace.ingest.max-feed-bytes"),
        (int) Math.min(Integer.MAX_VALUE - 16, positiveLong("claimtrace.ingest.max-text-chars")),
        (int) nonNegativeLong("claimtrace.ingest.min-text-words"),
        (int) positiveLong("claimtrace.ingest.language-sample-chars"),
        positiveLong("claimtrace.ingest.jsonl-split-bytes"));
  }

  /** Analyze settings; {@code kbFiles} come from the --kb flag. */
  public io.claimtrace.nlp.AnalyzeConfig analyze(java.util.List<String> kbFiles) {
    java.util.List<String> languages = java.util.Arrays.stream(values.get("claimtrace.analyze.languages").split(","))
        .map(String::strip).filter(x -> !x.isEmpty()).toList();
    if (languages.isEmpty()) {
      throw new UsageException("Cannot use setting claimtrace.analyze.languages: give at least one ISO 639-3 code");
    }
    return new io.claimtrace.nlp.AnalyzeConfig((int) Math.min(Integer.MAX_VALUE, positiveLong("claimtrace.analyze.max-sentences")),
        languages, java.util.List.copyOf(kbFiles));
  }

  /** Cluster settings. */
  public io.claimtrace.cluster.ClusterConfig cluster() {
    return new io.claimtrace.cluster.ClusterConfig(
        (int) positiveLong("claimtrace.cluster.bands"), (int) positiveLong("claimtrace.cluster.rows"),
        fraction("claimtrace.cluster.threshold"), (int) positiveLong("claimtrace.cluster.max-bucket-pairs"),
        (int) positiveLong("claimtrace.cluster.max-component"), fraction("claimtrace.cluster.strict-threshold"),
        fraction("claimtrace.cluster.article-jaccard"), nonNegativeLong("claimtrace.cluster.seed"));
  }

  private double fraction(String key) {
    String raw = values.get(key);
    try {
      double v = Double.parseDouble(raw);
      if (!(v > 0 && v <= 1)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("Cannot use setting " + key + ": not a number in (0, 1] (" + raw + ")");
    }
  }

  /** Every claimtrace setting in force, for the run manifest. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** Spark settings given with --conf or in the config file. */
  public Map<String, String> sparkConf() {
    return Map.copyOf(sparkConf);
  }

  private long positiveLong(String key) {
    long v = nonNegativeLong(key);
    if (v == 0) {
      throw new UsageException("Cannot use setting " + key + ": must be greater than 0 (" + values.get(key) + ")");
    }
    return v;
  }

  private long nonNegativeLong(String key) {
    String raw = values.get(key);
    try {
      long v = Long.parseLong(raw.replace("_", ""));
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("Cannot use setting " + key + ": not a non-negative whole number (" + raw + ")");
    }
  }
}
