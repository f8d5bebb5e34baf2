package io.claimtrace.crawl.bench;

import com.sun.net.httpserver.HttpServer;
import io.claimtrace.crawl.CrawlConfig;
import io.claimtrace.crawl.HostCrawler;
import io.claimtrace.crawl.WarcOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Crawler figures against a site served on loopback by this process: pages/s with zero delay
 * (the engine's own overhead: fetch, safety check, robots.txt, WARC writing, link extraction),
 * and the gaps between requests to one host as the server saw them with a delay set (politeness).
 */
public final class CrawlBenchmark {
  private CrawlBenchmark() {}

  public static int run(int pages, long delayMillis, PrintStream out) throws IOException {
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String body = "<!doctype html><html><body><article><h1>Story</h1>" + "<p>The agency said it reviewed 40 systems.</p>".repeat(40)
        + "</article></body></html>";
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      if (!path.equals("/robots.txt")) {
        arrivals.add(System.nanoTime());
      }
      byte[] b = (path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Set<String> hosts = new HashSet<>(List.of("127.0.0.1"));
      Path dir = Files.createTempDirectory("claimtrace-bench-crawl");
      // Warm-up, then zero delay.
      crawl(base, 50, 0, hosts, dir.resolve("warm.warc.gz"));
      long t0 = System.nanoTime();
      crawl(base, pages, 0, hosts, dir.resolve("fast.warc.gz"));
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "== crawl against a loopback site (one host, %d pages, single task)%n", pages);
      out.printf(Locale.ROOT, "zero delay: %.1f pages/s (%.2f ms per page: safety check, fetch, WARC, links)%n",
          pages / seconds, seconds * 1000 / pages);
      arrivals.clear();
      int polite = 20;
      crawl(base, polite, delayMillis, hosts, dir.resolve("polite.warc.gz"));
      List<Long> a = new ArrayList<>(arrivals);
      Collections.sort(a);
      long min = Long.MAX_VALUE;
      double sum = 0;
      for (int i = 1; i < a.size(); i++) {
        long gap = (a.get(i) - a.get(i - 1)) / 1_000_000;
        min = Math.min(min, gap);
        sum += gap;
      }
      out.printf(Locale.ROOT, "delay %d ms: %d requests, gaps between requests as the server saw them: min %d ms, mean %.1f ms%n",
          delayMillis, a.size(), min, sum / Math.max(1, a.size() - 1));
      return 0;
    } finally {
      server.stop(0);
    }
  }

  private static void crawl(String base, int pages, long delay, Set<String> hosts, Path warcFile) throws IOException {
    List<HostCrawler.Target> targets = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      targets.add(new HostCrawler.Target(base + "/story/" + i, 0));
    }
    CrawlConfig config = new CrawlConfig(pages, 0, pages, delay, CrawlConfig.DEFAULT_USER_AGENT, true);
    try (WarcOutput warc = new WarcOutput(warcFile, "claimtrace bench-crawl")) {
      new HostCrawler(config).crawl(targets, warc, hosts);
    }
  }
}
