package io.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.claimtrace.crawl.CrawlConfig;
import io.claimtrace.ingest.IngestConfig;
import io.claimtrace.it.ParquetReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl stage against a real HTTP server on loopback: robots.txt obeyed (checked in the
 * server's own request log), a feed followed, WARC output ingested, resumption, and the default
 * refusal of private addresses.
 */
class CrawlSparkJobTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static HttpServer server;
  static final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  static final Map<String, String> pages = new HashMap<>();
  static String base;

  static String article(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>" + title + "</h1><p>" + body + "</p><p>" + body.replace("said", "added") + "</p></article></body></html>";
  }

  @BeforeAll
  static void start() throws Exception {
    pages.put("/robots.txt", "User-agent: *\nDisallow: /private/\n");
    pages.put("/", "<!doctype html><html><body><a href=\"/a1\">one</a> <a href=\"/a2\">two</a> "
        + "<a href=\"/private/secret\">secret</a> <a href=\"/feed.xml\">feed</a> <a href=\"/broken\">broken</a></body></html>");
    pages.put("/a4", article("Agency fines startup", "The agency said it fined the startup 3 million euros for training its model on data collected without consent."));
    pages.put("/a1", article("Regulator opens review", "The regulator said on Monday it had opened a review of AI hiring tools used by 40 large employers across the country."));
    pages.put("/a2", article("Chipmaker expands plant", "The chipmaker said it would spend $2 billion to expand its packaging plant, adding 900 jobs over three years."));
    pages.put("/a3", article("Lab publishes safety card", "The lab said its new model card lists 12 evaluations, including tests for cyber misuse and for biological risks."));
    pages.put("/private/secret", article("Secret", "This page must never be requested because robots.txt disallows the private folder for every agent."));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      requests.add(path);
      String body = path.equals("/feed.xml")
          ? "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base + "/</link><description>d</description>"
              + "<item><title>three</title><link>" + base + "/a3</link></item></channel></rss>"
          : path.equals("/sitemap.xml")
              ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<url><loc>" + base + "/a4</loc></url></urlset>"
              : pages.get(path);
      if (path.equals("/broken")) {
        byte[] b = "server error".getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(500, b.length);
        ex.getResponseBody().write(b);
        ex.close();
        return;
      }
      String type = path.equals("/robots.txt") ? "text/plain" : path.equals("/sitemap.xml") ? "application/xml"
          : path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8";
      byte[] bytes = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", type);
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    spark = SparkTestSession.start("CrawlSparkJobTest");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    spark.stop();
  }

  static CrawlSparkJob.Summary crawl(Path out, boolean allowPrivate, String runId) throws Exception {
    return crawl(out, allowPrivate, runId, 50);
  }

  static CrawlSparkJob.Summary crawl(Path out, boolean allowPrivate, String runId, int maxPages) throws Exception {
    Path seeds = Files.writeString(tmp.resolve("seeds-" + runId + ".txt"), "# test seeds\n" + base + "/\n" + base + "/sitemap.xml\n");
    CrawlConfig config = new CrawlConfig(maxPages, 2, 50, 0, CrawlConfig.DEFAULT_USER_AGENT, allowPrivate);
    try (TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), out.toString(), runId)) {
      CrawlSparkJob.Summary s = CrawlSparkJob.run(spark, seeds.toString(), out.toString(), config, runId, writer);
      writer.commit();
      return s;
    }
  }

  @Test
  void crawlsPolitelyAndTheWarcIngestsLikeTheSamePagesFromFiles() throws Exception {
    Path out = tmp.resolve("crawl");
    // A first run stops at its page limit; the second, into the same output, continues its frontier.
    crawl(out, true, "r1", 3);
    int a1 = Collections.frequency(requests, "/a1");
    CrawlSparkJob.Summary s = crawl(out, true, "r2");
    assertEquals(a1, Collections.frequency(requests, "/a1"), "pages fetched by the first run are not fetched again");
    assertFalse(requests.contains("/private/secret"), "robots.txt disallows it: " + requests);
    assertTrue(requests.contains("/a3"), "the feed's article was followed: " + requests);
    assertTrue(requests.contains("/a4"), "the sitemap's article was followed: " + requests);
    try (ParquetReader duck = new ParquetReader()) {
      String log = ParquetReader.table(out, "fetch_log");
      assertEquals(7, duck.count("SELECT count(*) FROM " + log + " WHERE outcome = 'fetched'"), s.toString());
      assertEquals(1, duck.count("SELECT count(*) FROM " + log + " WHERE status = 500 AND url LIKE '%/broken'"));
      assertEquals(1, duck.count("SELECT count(*) FROM " + log + " WHERE outcome = 'robots_denied' AND url LIKE '%/private/secret'"));
    }
    // Ingest what was crawled, and the same pages as files: the same article texts.
    Path files = Files.createDirectories(tmp.resolve("files"));
    for (String p : List.of("/a1", "/a2", "/a3", "/a4")) {
      Files.writeString(files.resolve(p.substring(1) + ".html"), pages.get(p));
    }
    Map<String, String> fromWarc = texts(out.resolve("warc"), tmp.resolve("ingest-warc"));
    Map<String, String> fromFiles = texts(files, tmp.resolve("ingest-files"));
    for (String p : List.of("a1", "a2", "a3", "a4")) {
      String w = fromWarc.entrySet().stream().filter(e -> e.getKey().endsWith("/" + p)).map(Map.Entry::getValue).findFirst().orElse(null);
      String f = fromFiles.entrySet().stream().filter(e -> e.getKey().endsWith(p + ".html")).map(Map.Entry::getValue).findFirst().orElse(null);
      assertTrue(w != null && w.equals(f), p + ": warc <" + w + "> files <" + f + ">");
    }
    try (ParquetReader duck = new ParquetReader()) {
      assertEquals(2, duck.count("SELECT count(DISTINCT run_id) FROM " + ParquetReader.table(out, "fetch_log")));
      assertEquals(0, duck.count("SELECT count(*) FROM (SELECT url FROM " + ParquetReader.table(out, "fetch_log")
          + " WHERE outcome = 'fetched' GROUP BY url HAVING count(*) > 1)"), "no page fetched twice");
    }
  }

  @Test
  void defaultRunRefusesLoopbackSeedsWithoutSendingARequest() throws Exception {
    int before = requests.size();
    Path out = tmp.resolve("refused");
    crawl(out, false, "r3");
    assertEquals(before, requests.size(), "no request reached the server");
    try (ParquetReader duck = new ParquetReader()) {
      List<Map<String, Object>> rows = duck.query("SELECT outcome, reason FROM " + ParquetReader.table(out, "fetch_log"));
      assertEquals(2, rows.size(), rows.toString());
      assertEquals("refused_private", rows.get(0).get("outcome"));
      assertTrue(rows.get(0).get("reason").toString().contains("127.0.0.1"), rows.toString());
    }
  }

  private static Map<String, String> texts(Path input, Path out) throws Exception {
    try (TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), out.toString(), "i")) {
      IngestSparkJob.run(spark, List.of(input.toString()), IngestConfig.defaults(), writer);
      writer.commit();
    }
    Map<String, String> m = new HashMap<>();
    for (var r : spark.read().parquet(out.resolve("articles").toString()).select("url", "source", "text").collectAsList()) {
      m.put(r.getString(0).startsWith("http") ? r.getString(0) : r.getString(1), r.getString(2));
    }
    return m;
  }
}
