package io.claimtrace.cli;

import io.claimtrace.score.bench.RiskBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-score}: AUC of the fabrication risk on the held-out authored corpus. */
@Command(name = "bench-score", mixinStandardHelpOptions = true,
    description = {"Runs ingest, analyze, cluster and score on local Spark over a labelled corpus (default: the",
        "held-out authored corpus, never used for tuning) and reports the risk per planted family and the AUC",
        "between fabricated and other repeated families."})
public final class BenchScoreCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "src/test/resources/io/claimtrace/score/holdout/articles.jsonl",
      description = "Input files or folder (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--labels", paramLabel = "FILE", defaultValue = "src/test/resources/io/claimtrace/score/holdout/labels.json",
      description = "Labels with families (default ${DEFAULT-VALUE}).")
  Path labels;

  @Override
  public Integer call() throws Exception {
    return RiskBenchmark.run(corpus, labels, System.out);
  }
}
