package io.claimtrace.cli;

import io.claimtrace.cluster.bench.LshBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-lsh}: candidate generation + verification against Spark MLlib MinHashLSH. */
@Command(name = "bench-lsh", mixinStandardHelpOptions = true,
    description = {"Times the cluster stage's own computation (ClusterSparkJob.assign: features, MinHash LSH",
        "candidates, verified edges, connected components, cluster ids) against Spark MLlib",
        "MinHashLSH.approxSimilarityJoin on the same generated texts with planted near-duplicates (same Spark",
        "session, after an untimed warm-up of both), with the recall of the planted pairs and the peak JVM heap;",
        "--scales adds a scaling run of ours."})
public final class BenchLshCommand implements Callable<Integer> {
  @Option(names = "--texts", paramLabel = "N", defaultValue = "200000",
      description = "Texts for the comparison with MLlib (default ${DEFAULT-VALUE}).")
  int texts;

  @Option(names = "--scales", paramLabel = "N,N,...", split = ",",
      description = "Corpus sizes for the scaling run of ours only, e.g. 100000,300000,1000000 (default: none).")
  List<Integer> scales = new ArrayList<>();

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "Spark master (default ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--seed", defaultValue = "20261126", description = "Corpus and MLlib seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--bands", defaultValue = "20",
      description = {"MinHash bands for ours (default ${DEFAULT-VALUE}; the cluster stage's default is 30, tuned for",
          "paraphrases on data-samples, which on this corpus makes O(n^2) random candidates)."})
  int bands;

  @Option(names = "--rows", defaultValue = "6",
      description = "MinHash rows per band for ours (default ${DEFAULT-VALUE}; the cluster stage's default is 2).")
  int rows;

  @Option(names = "--mllib", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the MLlib baseline (default ${DEFAULT-VALUE}; --no-mllib times ours only).")
  boolean mllib;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
      description = "Timed runs per measurement; the median run is reported (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
      description = "Untimed runs at each size of --scales before its timed runs (default ${DEFAULT-VALUE}): the JIT"
          + " keeps compiling Spark's and our code over the first runs at a size.")
  int warmup;

  @Override
  public Integer call() {
    if (texts < 10) {
      throw new UsageException("--texts must be at least 10");
    }
    for (int s : scales) {
      if (s < 10) {
        throw new UsageException("--scales values must be at least 10");
      }
    }
    if (repeat < 1) {
      throw new UsageException("--repeat must be at least 1");
    }
    if (warmup < 0) {
      throw new UsageException("--warmup must be at least 0");
    }
    if (bands < 1 || rows < 1 || bands * rows > 512 || bands > 64) {
      throw new UsageException("--bands and --rows must be >= 1, bands <= 64 and bands x rows <= 512");
    }
    return LshBenchmark.run(master, texts, scales, seed, bands, rows, mllib, repeat, warmup, System.out);
  }
}
