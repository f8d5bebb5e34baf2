package io.claimtrace.cli;

import io.claimtrace.crawl.bench.CrawlBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-crawl}: crawler overhead and politeness against a loopback site. */
@Command(name = "bench-crawl", mixinStandardHelpOptions = true,
    description = {"Serves a site on loopback from this process and crawls it: pages/s with zero delay (engine",
        "overhead) and the gaps between requests to the host as the server saw them with --delay-ms set."})
public final class BenchCrawlCommand implements Callable<Integer> {
  @Option(names = "--pages", defaultValue = "500", description = "Pages for the zero-delay run (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--delay-ms", defaultValue = "200", description = "Per-host delay for the politeness run (default ${DEFAULT-VALUE}).")
  long delay;

  @Override
  public Integer call() throws Exception {
    return CrawlBenchmark.run(pages, delay, System.out);
  }
}
