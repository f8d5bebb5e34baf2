package io.claimtrace.cli;

import io.claimtrace.nlp.bench.AnalyzeBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-analyze}: articles/s per core of the analyze stage on a generated corpus. */
@Command(name = "bench-analyze", mixinStandardHelpOptions = true,
    description = {"Generates a deterministic corpus of AI-news-like articles and analyzes it on one thread",
        "(the unit of a Spark task): articles/s per core and the share of time per OpenNLP step. Needs no Spark."})
public final class BenchAnalyzeCommand implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "20000", description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (articles < 1) {
      throw new UsageException("Cannot use --articles " + articles + ": must be at least 1");
    }
    return AnalyzeBenchmark.run(articles, seed, System.out);
  }
}
