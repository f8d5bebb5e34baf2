package io.claimtrace.cli;

import io.claimtrace.crawl.CrawlConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crawl}: pages, feeds and sitemaps to WARC files and a fetch log. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Fetches the pages, RSS/Atom feeds and sitemaps listed one URL per line in the seeds file, and what",
        "they link to within the limits, politely (robots.txt, per-host delay, one request at a time per host) and",
        "safely (never private, loopback or link-local addresses unless --allow-private-networks). Writes",
        "DIR/warc/*.warc.gz and the fetch_log table; `run --input DIR/warc` processes what was crawled.",
        "Running again with the same output skips what was fetched."})
public final class CrawlCommand implements Callable<Integer> {
  @Mixin JobOptions job;

  @Option(names = "--seeds", required = true, paramLabel = "FILE", description = "One URL per line (pages, feeds, sitemaps); # comments.")
  String seeds;

  @Option(names = "--max-pages", defaultValue = "1000", description = "Pages requested in all this run (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--max-depth", defaultValue = "2", description = "Link hops from a seed page (default ${DEFAULT-VALUE}).")
  int maxDepth;

  @Option(names = "--max-pages-per-host", defaultValue = "500", description = "Pages per host this run (default ${DEFAULT-VALUE}).")
  int maxPagesPerHost;

  @Option(names = "--delay-ms", defaultValue = "1000",
      description = "Minimum gap between requests to one host, ms; robots.txt crawl-delay can raise it (default ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(names = "--user-agent", defaultValue = CrawlConfig.DEFAULT_USER_AGENT, description = "Identifying User-Agent.")
  String userAgent;

  @Option(names = "--allow-private-networks", description = "Also fetch private, loopback and link-local addresses.")
  boolean allowPrivate;

  @Override
  public Integer call() {
    if (maxPages < 1 || maxDepth < 0 || maxPagesPerHost < 1 || delayMs < 0) {
      throw new UsageException("Cannot crawl: --max-pages and --max-pages-per-host must be >= 1, --max-depth and --delay-ms >= 0");
    }
    if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(seeds))) {
      throw new UsageException("Cannot crawl: no such seeds file (" + seeds + ")");
    }
    CrawlConfig config = new CrawlConfig(maxPages, maxDepth, maxPagesPerHost, delayMs, userAgent, allowPrivate);
    return Pipeline.execute("crawl", List.of(), job, Map.of(), List.of(Pipeline.Stage.CRAWL), List.of(), seeds, config);
  }
}
