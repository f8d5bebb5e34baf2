package io.claimtrace.cli;

import io.claimtrace.cluster.bench.ParaphraseBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-cluster}: the same-claim decision measured on MRPC. */
@Command(name = "bench-cluster", mixinStandardHelpOptions = true,
    description = {"Scores the cluster stage's same-claim decision as a pair classifier on MRPC (threshold chosen",
        "on the train split only, scored on test), with the claim coverage of the test sentences. Needs no Spark."})
public final class BenchClusterCommand implements Callable<Integer> {
  @Option(names = "--mrpc", paramLabel = "DIR", defaultValue = "../shared/eval/mrpc",
      description = "Folder with msr_paraphrase_train.txt and msr_paraphrase_test.txt (default ${DEFAULT-VALUE}).")
  Path mrpc;

  @Override
  public Integer call() throws Exception {
    return ParaphraseBenchmark.run(mrpc, System.out);
  }
}
