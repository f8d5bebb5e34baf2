package io.claimtrace.cli;

import io.claimtrace.ingest.bench.ExtractionBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-extract}: main-text quality and speed on the Zyte article-extraction benchmark. */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
    description = {"Scores the HTML extractor on the 181 pages of the Zyte article-extraction benchmark",
        "(precision, recall, F1, accuracy; the scorer is checked against published systems' outputs)",
        "and measures pages/s single-threaded against a plain jsoup parse. Needs no Spark."})
public final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--zyte", paramLabel = "DIR", defaultValue = "../shared/eval/zyte-article-extraction-benchmark",
      description = "Folder of the benchmark (html/, ground-truth.json, reference-outputs/). Default: ${DEFAULT-VALUE}")
  String zyte;

  @Override
  public Integer call() throws Exception {
    return ExtractionBenchmark.run(new String[] {zyte});
  }
}
