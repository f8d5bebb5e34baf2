package io.claimtrace.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fetches the URLs of one host in order, politely: one request at a time, at least the configured
 * delay (or robots.txt crawl-delay, capped) between two requests, robots.txt obeyed, every hop
 * vetted against private addresses. Writes each exchange to a WARC file and returns a log entry
 * per URL plus the links found: article links of feeds and sitemaps, and same-site links of HTML
 * pages (for the next depth).
 *
 * <p>Not thread-safe: one per host at a time (the Spark job gives each host to one task).
 */
public final class HostCrawler {
  /** A URL to fetch and its distance from a seed. */
  public record Target(String url, int depth) implements java.io.Serializable {}

  /** One fetch_log row. */
  public record LogEntry(String url, String host, int status, java.time.Instant fetchedAt, long bytes, long durationMillis,
      String outcome, String reason, int depth, String finalUrl) implements java.io.Serializable {}

  /** What crawling a host gave. */
  public record Result(List<LogEntry> log, List<Target> discovered) {}

  private final Fetcher fetcher;
  private final RobotsCache robots;
  private final CrawlConfig config;

  public HostCrawler(CrawlConfig config) {
    this.config = config;
    FetchConfig fc = FetchConfig.defaults().withUserAgent(config.userAgent(), "claimtrace");
    this.fetcher = new Fetcher(fc, new UrlSafety(config.allowPrivateNetworks()));
    this.robots = new RobotsCache(fetcher);
  }

  public Result crawl(List<Target> targets, WarcOutput warc, Set<String> seedHosts) {
    List<LogEntry> log = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    List<Target> discovered = new ArrayList<>();
    long last = 0;
    int fetched = 0;
    for (Target t : targets) {
      if (fetched >= config.maxPagesPerHost()) {
        log.add(new LogEntry(t.url(), host(t.url()), 0, java.time.Instant.now(), 0, 0, "skipped",
            "per-host page limit " + config.maxPagesPerHost() + " reached", t.depth(), null));
        continue;
      }
      URI uri;
      try {
        uri = URI.create(t.url());
      } catch (IllegalArgumentException e) {
        log.add(new LogEntry(t.url(), null, 0, java.time.Instant.now(), 0, 0, "error", "bad URL: " + e.getMessage(),
            t.depth(), null));
        continue;
      }
      long gap = Math.max(config.delayMillis(), robotsDelay(uri));
      long wait = last + gap - System.currentTimeMillis();
      if (last > 0 && wait > 0) {
        sleep(wait);
      }
      FetchResult r = fetcher.fetch(uri, robots);
      last = System.currentTimeMillis();
      if (!r.exchanges().isEmpty()) {
        fetched++;
        try {
          warc.write(r);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot write WARC record for " + uri, e);
        }
      }
      log.add(new LogEntry(t.url(), uri.getHost(), r.status(), r.fetchedAt(), r.body().length, r.duration().toMillis(),
          r.outcome().label(), r.reason(), t.depth(), r.finalUrl() == null ? null : r.finalUrl().toString()));
      if (r.outcome() == FetchOutcome.FETCHED && r.status() == 200) {
        for (Target next : links(r, t.depth(), seedHosts)) {
          if (found.add(next.url())) {
            discovered.add(next);
          }
        }
      }
    }
    return new Result(log, discovered);
  }

  private List<Target> links(FetchResult r, int depth, Set<String> seedHosts) {
    String type = r.header("content-type");
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    URI base = r.finalUrl() == null ? r.url() : r.finalUrl();
    List<Target> out = new ArrayList<>();
    if (t.contains("html")) {
      if (depth >= config.maxDepth()) {
        return out;
      }
      Document doc = Jsoup.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), base.toString());
      for (Element a : doc.select("a[href]")) {
        String href = a.absUrl("href");
        int hash = href.indexOf('#');
        if (hash >= 0) {
          href = href.substring(0, hash);
        }
        String h = host(href);
        if ((href.startsWith("http://") || href.startsWith("https://")) && h != null && seedHosts.contains(h)) {
          out.add(new Target(io.claimtrace.ingest.Urls.normalize(href), depth + 1));
        }
      }
      return out;
    }
    FeedAndSitemapLinks.Links links = FeedAndSitemapLinks.extract(base, r.body(), type);
    for (String s : links.sitemaps()) {
      out.add(new Target(io.claimtrace.ingest.Urls.normalize(s), depth)); // child sitemaps of an index: same depth
    }
    for (String a : links.articles()) {
      out.add(new Target(io.claimtrace.ingest.Urls.normalize(a), depth)); // a feed's or sitemap's pages belong to the seed's site
    }
    return out;
  }

  private long robotsDelay(URI uri) {
    Duration d = robots.crawlDelay(uri);
    return d == null ? 0 : d.toMillis();
  }

  static String host(String url) {
    return io.claimtrace.ingest.Urls.host(url);
  }


  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("crawl interrupted", e);
    }
  }
}
