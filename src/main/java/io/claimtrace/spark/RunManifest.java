package io.claimtrace.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The run manifest {@code _run.json}: what ran on what, with which configuration and versions,
 * how many rows each table got, rejects per reason and the time of every stage. Platform teams
 * read it after a scheduled run; it is written last, so its presence means the run committed.
 */
public final class RunManifest {
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final List<Map<String, Object>> stages = new ArrayList<>();
  private final Map<String, Long> tables = new TreeMap<>();
  private final Map<String, Map<String, Long>> rejects = new TreeMap<>();
  private final Instant started;

  public RunManifest(String runId, String command, List<String> inputs, String output, Instant started) {
    this.started = started;
    root.put("run_id", runId);
    root.put("command", command);
    root.put("status", "running");
    root.put("started_at", started.toString());
    root.put("inputs", List.copyOf(inputs));
    root.put("output", output);
  }

  public void config(Map<String, String> claimtrace, Map<String, String> spark) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("claimtrace", new TreeMap<>(claimtrace));
    c.put("spark", new TreeMap<>(spark));
    root.put("config", c);
  }

  public void environment(String master, String appId, int parallelism, String sparkVersion) {
    Map<String, Object> v = new LinkedHashMap<>(versions());
    v.put("spark", sparkVersion);
    v.put("java", System.getProperty("java.version"));
    v.put("scala", scala.util.Properties.versionNumberString());
    root.put("versions", v);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("master", master);
    s.put("application_id", appId);
    s.put("default_parallelism", parallelism);
    root.put("spark", s);
  }

  /** Records one stage: its time, the tables it wrote and its rejects per reason. */
  public void stage(String name, Duration took, Map<String, Object> details, Map<String, Long> tableCounts,
      Map<String, Long> rejectsByReason) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("seconds", Math.round(took.toMillis() / 10.0) / 100.0);
    s.putAll(details);
    stages.add(s);
    tables.putAll(tableCounts);
    if (!rejectsByReason.isEmpty()) {
      rejects.put(name, new TreeMap<>(rejectsByReason));
    }
  }

  public byte[] finish(String status, Instant finished) {
    root.put("status", status);
    root.put("finished_at", finished.toString());
    root.put("seconds", Math.round(Duration.between(started, finished).toMillis() / 10.0) / 100.0);
    root.put("tables", tables);
    root.put("rejects_by_reason", rejects);
    root.put("stages", stages);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize the run manifest", e);
    }
  }

  /** claimtrace's own version and the versions its build pinned (filtered by Maven). */
  public static Map<String, String> versions() {
    Properties p = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/io/claimtrace/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read version.properties", e);
    }
    Map<String, String> v = new LinkedHashMap<>();
    v.put("claimtrace", p.getProperty("version", "unknown"));
    v.put("opennlp", p.getProperty("opennlp.version", "unknown"));
    v.put("spark_built_against", p.getProperty("spark.version", "unknown"));
    return v;
  }
}
