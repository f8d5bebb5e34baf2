package io.claimtrace.cli;

import io.claimtrace.cluster.bench.ParaphraseBenchmark;
import io.claimtrace.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-cluster}: the same-claim decision measured on MRPC, as a pair classifier and end to end. */
@Command(name = "bench-cluster", mixinStandardHelpOptions = true,
    description = {"Scores the cluster stage's same-claim decision as a pair classifier on MRPC (threshold chosen",
        "on the train split only, scored on test), with the claim coverage of the test sentences. Needs no Spark.",
        "With --end-to-end it also runs ingest, analyze and cluster (the stages and code of `run`) on local Spark",
        "over the test sentences, each a one-sentence article from its own outlet, and scores 'same cluster'."})
public final class BenchClusterCommand implements Callable<Integer> {
  @Option(names = "--mrpc", paramLabel = "DIR", defaultValue = "../shared/eval/mrpc",
      description = "Folder with msr_paraphrase_train.txt and msr_paraphrase_test.txt (default ${DEFAULT-VALUE}).")
  Path mrpc;

  @Option(names = "--end-to-end", description = "Also run the test sentences through the pipeline and score shared clusters.")
  boolean endToEnd;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the end-to-end corpus and tables (default: a new temporary folder).")
  Path work;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "Spark master of the end-to-end run (default ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = {"Setting for the end-to-end run, repeatable, as in `run`. Always added first:",
          "claimtrace.ingest.min-text-words=1, since every article is one sentence."})
  List<String> conf = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    int rc = ParaphraseBenchmark.run(mrpc, System.out);
    if (rc != 0 || !endToEnd) {
      return rc;
    }
    Path dir = work != null ? work : Files.createTempDirectory("claimtrace-mrpc-e2e");
    Path corpus = dir.resolve("mrpc-test.jsonl");
    List<ParaphraseBenchmark.SentencePair> pairs = ParaphraseBenchmark.writeEndToEndCorpus(mrpc, corpus);
    JobOptions job = new JobOptions();
    job.output = dir.resolve("tables").toString();
    job.master = master;
    job.conf = new ArrayList<>(List.of("claimtrace.ingest.min-text-words=1"));
    job.conf.addAll(conf);
    rc = Pipeline.execute("bench-cluster --end-to-end", List.of(corpus.toString()), job, Map.of(),
        List.of(Pipeline.Stage.INGEST, Pipeline.Stage.ANALYZE, Pipeline.Stage.CLUSTER), List.of());
    if (rc != 0) {
      return rc;
    }
    SparkSession spark = SparkSessions.create("claimtrace bench-cluster", master, Map.of("spark.ui.enabled", "false"));
    try {
      ParaphraseBenchmark.scoreEndToEnd(spark, job.output, pairs, System.out);
    } finally {
      spark.stop();
    }
    System.out.println("corpus and tables kept in " + dir);
    return 0;
  }
}
