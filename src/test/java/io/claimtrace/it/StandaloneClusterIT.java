package io.claimtrace.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job the way users run it: {@code jobs/claimtrace} on embedded local Spark, and
 * {@code jobs/submit} against a real standalone cluster (a Master and a Worker started here on
 * 127.0.0.1 from the Maven-resolved Spark jars). Both outputs must hold the same rows, read back
 * with DuckDB.
 */
class StandaloneClusterIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  /** Our own dependencies: the job jar must carry them, so the cluster's SPARK_HOME leaves them out. */
  private static final List<String> OURS = List.of("opennlp-", "jsoup-", "jwarc-", "rome-", "jdom2-",
      "crawler-commons-", "picocli-");

  @TempDir static Path tmp;
  private static final List<Process> started = new ArrayList<>();
  private static Path sparkHome;
  private static int masterPort;

  @BeforeAll
  static void startCluster() throws Exception {
    Path lib = ROOT.resolve("target/lib");
    assertTrue(Files.isDirectory(lib), "target/lib is built by `mvn package` before integration tests");
    sparkHome = tmp.resolve("spark-home");
    Files.createDirectories(sparkHome.resolve("jars"));
    Files.createDirectories(sparkHome.resolve("conf"));
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path jar : (Iterable<Path>) jars::iterator) {
        String name = jar.getFileName().toString();
        if (OURS.stream().noneMatch(name::startsWith)) {
          Files.createSymbolicLink(sparkHome.resolve("jars").resolve(name), jar);
        }
      }
    }
    // The daemons' readiness lines ("I have been elected leader", "Successfully registered with
    // master") are INFO: keep the project's quiet config and raise just the deploy loggers.
    Files.writeString(sparkHome.resolve("conf/log4j2.properties"),
        Files.readString(ROOT.resolve("jobs/conf/log4j2.properties"), StandardCharsets.UTF_8)
            + "\nlogger.deploy.name = org.apache.spark.deploy\nlogger.deploy.level = info\n", StandardCharsets.UTF_8);
    masterPort = freePort();
    Process master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())));
    awaitLog(master, "master", "I have been elected leader", Duration.ofSeconds(60));
    Process worker = start("worker", List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--cores", "2", "--memory", "3g", "--work-dir", tmp.resolve("work").toString(),
        "--webui-port", Integer.toString(freePort()), "spark://127.0.0.1:" + masterPort));
    awaitLog(worker, "worker", "Successfully registered with master", Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    java.util.List<Process> stopOrder = new ArrayList<>(started);
    java.util.Collections.reverse(stopOrder);
    for (Process p : stopOrder) {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void clusterRunMatchesLocalRun() throws Exception {
    Path local = tmp.resolve("out-local");
    Path cluster = tmp.resolve("out-cluster");
    Instant t0 = Instant.now();
    script(List.of("jobs/claimtrace", "run", "--input", "data-samples", "--output", local.toString()), "local");
    Duration localTime = Duration.between(t0, Instant.now());
    Instant t1 = Instant.now();
    script(List.of("jobs/submit", "--master", "spark://127.0.0.1:" + masterPort, "--conf", "spark.driver.host=127.0.0.1",
        "--executor-memory", "1g", "--", "run", "--input", "data-samples", "--output", cluster.toString()), "cluster");
    Duration clusterTime = Duration.between(t1, Instant.now());

    String manifest = Files.readString(cluster.resolve("_run.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"master\" : \"spark://127.0.0.1:" + masterPort + "\""), manifest);
    assertTrue(manifest.contains("\"status\" : \"succeeded\""), manifest);

    try (ParquetReader duck = new ParquetReader()) {
      for (String table : List.of("articles", "rejects", "entities", "claims")) {
        String a = ParquetReader.table(local, table);
        String b = ParquetReader.table(cluster, table);
        long rows = duck.count("SELECT count(*) FROM " + a);
        assertTrue(rows > 0, table + " is empty");
        assertEquals(rows, duck.count("SELECT count(*) FROM " + b), table + " row count");
        assertEquals(0, duck.count("SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT SELECT * FROM " + b + ")"),
            table + ": rows of the local run missing from the cluster run");
        assertEquals(0, duck.count("SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT SELECT * FROM " + a + ")"),
            table + ": rows of the cluster run missing from the local run");
      }
    }
    String line = String.format(Locale.ROOT, "data-samples run: local (jobs/claimtrace) %.1f s, standalone cluster (jobs/submit) %.1f s%n",
        localTime.toMillis() / 1000.0, clusterTime.toMillis() / 1000.0);
    System.out.print(line);
    Files.writeString(ROOT.resolve("target/it-timings.txt"), line, StandardCharsets.UTF_8);
  }

  private static void script(List<String> command, String label) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve(label + ".log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("CLAIMTRACE_DRIVER_MEMORY", "2g");
    pb.environment().remove("SPARK_HOME"); // jobs/submit falls back to the resolved Spark jars
    Process p = pb.start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    String log = Files.readString(tmp.resolve(label + ".log"), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, label + " run timed out:\n" + log);
    assertEquals(0, p.exitValue(), label + " run failed:\n" + log);
    System.out.println("--- " + label + " ---\n" + log);
  }

  private static Process start(String label, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-cp",
        sparkHome.resolve("conf") + ":" + sparkHome.resolve("jars") + "/*"));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(label + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOG_DIR", tmp.resolve("logs").toString());
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private static void awaitLog(Process p, String label, String needle, Duration timeout) throws Exception {
    Path log = tmp.resolve(label + ".log");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (text.contains(needle)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(label + " exited before \"" + needle + "\":\n" + text);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(label + " did not log \"" + needle + "\" within " + timeout + ":\n"
        + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
