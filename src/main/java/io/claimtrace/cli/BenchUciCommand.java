package io.claimtrace.cli;

import io.claimtrace.cluster.bench.HeadlineClusteringBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-uci}: end-to-end clustering of UCI News Aggregator headlines scored against STORY. */
@Command(name = "bench-uci", mixinStandardHelpOptions = true,
    description = {"Clusters UCI News Aggregator headlines (shuffled with a fixed seed, first --rows) through the",
        "analyze path's features, LSH + verification + connected components, and scores the clusters against",
        "STORY: pairwise precision, recall, F1 and Adjusted Rand Index. Clusters with the cluster stage's code on local Spark."})
public final class BenchUciCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "FILE",
      defaultValue = "../shared/eval/uci-news-aggregator/newsCorpora_2014-03-10_to_2014-03-23.tsv.gz",
      description = "The gzipped TSV with header (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "5000",
      description = "Headlines to cluster after the shuffle; 0 = all (default ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--seed", defaultValue = "20261126", description = "Shuffle seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (rows < 0) {
      throw new UsageException("--rows must be >= 0");
    }
    return HeadlineClusteringBenchmark.run(data, rows, seed, System.out);
  }
}
