package io.claimtrace.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

  static final String HTML = "text/html; charset=utf-8";
  static final String UA = "claimtrace-test/1.0 (+https://example.org/bot)";

  TestServer server;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static FetchConfig config() {
    return FetchConfig.defaults()
        .withUserAgent(UA, "claimtrace")
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10))
        .withRetries(2, Duration.ofMillis(50), Duration.ofSeconds(3))
        .withSizeLimits(1024 * 1024, 2 * 1024 * 1024);
  }

  static Fetcher loopbackFetcher(FetchConfig config) {
    return new Fetcher(config, new UrlSafety(true));
  }

  @Test
  void fetchesHtmlWithIdentifyingUserAgent() {
    server.page("/a", 200, HTML, "<html><body>hello</body></html>");
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/a#frag"));
    assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
    assertEquals(200, r.status());
    assertEquals("<html><body>hello</body></html>", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(server.uri("/a"), r.finalUrl());
    assertEquals(UA, server.log().get(0).userAgent());
    assertEquals("127.0.0.1:" + server.port(), server.log().get(0).host());
    assertEquals(1, r.exchanges().size());
    assertEquals("127.0.0.1", r.exchanges().get(0).ip().getHostAddress());
    assertFalse(r.truncated());
  }

  @Test
  void decodesChunkedAndGzipBodies() {
    byte[] html = "<html>gzipped and chunked</html>".getBytes(StandardCharsets.UTF_8);
    server.on("/gz", ex -> {
      ex.getResponseHeaders().add("Content-Type", HTML);
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, 0); // chunked
      try (OutputStream out = ex.getResponseBody()) {
        out.write(gzip(html));
      }
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/gz"));
    assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
    assertArrayEquals(html, r.body());
  }

  @Test
  void decodesDeflateBodies() {
    byte[] html = "<html>deflated</html>".getBytes(StandardCharsets.UTF_8);
    java.util.zip.Deflater deflater = new java.util.zip.Deflater();
    deflater.setInput(html);
    deflater.finish();
    byte[] buf = new byte[256];
    byte[] zlib = java.util.Arrays.copyOf(buf, deflater.deflate(buf));
    server.on("/deflate", ex -> {
      ex.getResponseHeaders().add("Content-Encoding", "deflate");
      TestServer.send(ex, 200, HTML, zlib);
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/deflate"));
    assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
    assertArrayEquals(html, r.body());
  }

  @Test
  void retriesAfter503HonouringRetryAfter() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/busy", ex -> {
      if (calls.getAndIncrement() == 0) {
        ex.getResponseHeaders().add("Retry-After", "1");
        TestServer.send(ex, 503, "text/plain", "busy");
      } else {
        TestServer.send(ex, 200, HTML, "<p>ok</p>");
      }
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/busy"));
    assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
    assertEquals(2, server.paths().size());
    assertEquals(2, r.exchanges().size());
    assertTrue(r.duration().toMillis() >= 950, "waited " + r.duration());
  }

  @Test
  void retryAfterBeyondTheCapGivesUp() {
    server.on("/later", ex -> {
      ex.getResponseHeaders().add("Retry-After", "3600");
      TestServer.send(ex, 429, "text/plain", "slow down");
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/later"));
    assertEquals(FetchOutcome.HTTP_ERROR, r.outcome());
    assertEquals(429, r.status());
    assertEquals(1, server.paths().size());
    assertTrue(r.reason().contains("Retry-After"), r.reason());
  }

  @Test
  void persistent503EndsAsHttpErrorAfterBoundedRetries() {
    server.page("/down", 503, "text/plain", "down");
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/down"));
    assertEquals(FetchOutcome.HTTP_ERROR, r.outcome());
    assertEquals(3, server.paths().size()); // 1 + 2 retries
  }

  @Test
  void followsRedirectsAndDetectsLoops() {
    server.redirect("/start", "/middle").redirect("/middle", "/end").page("/end", 200, HTML, "end");
    FetchResult ok = loopbackFetcher(config()).fetch(server.uri("/start"));
    assertEquals(FetchOutcome.FETCHED, ok.outcome());
    assertEquals(server.uri("/end"), ok.finalUrl());
    assertEquals(3, ok.exchanges().size());

    server.redirect("/a", "/b").redirect("/b", server.uri("/a").toString());
    FetchResult loop = loopbackFetcher(config()).fetch(server.uri("/a"));
    assertEquals(FetchOutcome.REDIRECT_LOOP, loop.outcome());
    assertTrue(loop.reason().contains("loop"), loop.reason());
  }

  @Test
  void tooManyRedirects() {
    for (int i = 0; i < 10; i++) {
      server.redirect("/r" + i, "/r" + (i + 1));
    }
    FetchResult r = loopbackFetcher(config().withMaxRedirects(3)).fetch(server.uri("/r0"));
    assertEquals(FetchOutcome.REDIRECT_LOOP, r.outcome());
    assertEquals(4, server.paths().size());
  }

  @Test
  void fiftyMegabyteBodyIsTruncatedAtTheCap() {
    long size = 50L * 1024 * 1024;
    server.on("/huge", ex -> {
      ex.getResponseHeaders().add("Content-Type", HTML);
      ex.sendResponseHeaders(200, size);
      byte[] block = new byte[64 * 1024];
      java.util.Arrays.fill(block, (byte) 'x');
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < size; sent += block.length) {
          out.write(block);
        }
      }
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/huge"));
    assertEquals(FetchOutcome.TOO_LARGE, r.outcome(), r.reason());
    assertEquals(1024 * 1024, r.body().length);
    assertTrue(r.truncated());
    assertTrue(r.exchanges().get(0).truncated());
    assertTrue(r.exchanges().get(0).response().length < 2 * 1024 * 1024);
  }

  @Test
  void gzipBombIsRefusedAtTheDecompressionLimit() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros, ~64 KiB compressed
    assertTrue(bomb.length < 1024 * 1024);
    server.on("/bomb", ex -> {
      ex.getResponseHeaders().add("Content-Type", HTML);
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      TestServer.send(ex, 200, null, bomb);
    });
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/bomb"));
    assertEquals(FetchOutcome.TOO_LARGE, r.outcome(), r.reason());
    assertTrue(r.reason().contains("decoded"), r.reason());
    assertEquals(0, r.body().length);
  }

  @Test
  void wrongContentTypeIsRefusedWithoutReadingTheBody() {
    server.page("/img", 200, "image/png", "PNG...");
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/img"));
    assertEquals(FetchOutcome.BAD_CONTENT_TYPE, r.outcome());
    assertTrue(r.reason().contains("image/png"));
    assertEquals(0, r.body().length);
  }

  @Test
  void feedAndSitemapTypesAreAccepted() {
    server.page("/feed", 200, "application/rss+xml", "<rss/>").page("/sitemap.xml", 200, "application/xml", "<urlset/>");
    Fetcher f = loopbackFetcher(config());
    assertEquals(FetchOutcome.FETCHED, f.fetch(server.uri("/feed")).outcome());
    assertEquals(FetchOutcome.FETCHED, f.fetch(server.uri("/sitemap.xml")).outcome());
  }

  @Test
  void slowResponseTimesOut() {
    server.on("/slow", ex -> {
      sleep(3000);
      TestServer.send(ex, 200, HTML, "too late");
    });
    FetchConfig c = config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10));
    FetchResult r = loopbackFetcher(c).fetch(server.uri("/slow"));
    assertEquals(FetchOutcome.TIMEOUT, r.outcome(), r.reason());
    assertTrue(r.duration().toMillis() < 2500, r.duration().toString());
  }

  @Test
  void slowDripHitsTheTotalTimeout() {
    server.on("/drip", ex -> {
      ex.getResponseHeaders().add("Content-Type", HTML);
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 100; i++) {
        out.write('x');
        out.flush();
        sleep(100);
      }
      out.close();
    });
    FetchConfig c = config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1));
    FetchResult r = loopbackFetcher(c).fetch(server.uri("/drip"));
    assertEquals(FetchOutcome.TIMEOUT, r.outcome(), r.reason());
    assertTrue(r.duration().toMillis() < 3000, r.duration().toString());
  }

  @Test
  void httpErrorStatus() {
    FetchResult r = loopbackFetcher(config()).fetch(server.uri("/missing"));
    assertEquals(FetchOutcome.HTTP_ERROR, r.outcome());
    assertEquals(404, r.status());
  }

  @Test
  void connectionRefusedIsAnError() throws IOException {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    FetchResult r = loopbackFetcher(config()).fetch(URI.create("http://127.0.0.1:" + port + "/"));
    assertEquals(FetchOutcome.ERROR, r.outcome());
  }

  // ---- SSRF ----

  @Test
  void defaultSettingsRefuseLoopbackWithoutSendingARequest() {
    server.page("/secret", 200, HTML, "secret");
    Fetcher f = new Fetcher(config(), new UrlSafety(false));
    for (String url : List.of(server.uri("/secret").toString(),
        "http://localhost:" + server.port() + "/secret", "http://[::1]:" + server.port() + "/secret")) {
      FetchResult r = f.fetch(URI.create(url));
      assertEquals(FetchOutcome.REFUSED_PRIVATE, r.outcome(), url + ": " + r.reason());
      assertTrue(r.exchanges().isEmpty());
    }
    assertEquals(List.of(), server.log());
  }

  @Test
  void schemeOtherThanHttpIsAnError() {
    FetchResult r = new Fetcher(config(), new UrlSafety(false)).fetch(URI.create("file:///etc/passwd"));
    assertEquals(FetchOutcome.ERROR, r.outcome());
  }

  /**
   * 127.0.0.2 plays a public host (the injected predicate exempts it), 127.0.0.1 stays private.
   * The "public" server redirects to the private one, which must never see a request.
   */
  @Test
  void redirectFromPublicHostToPrivateAddressIsRefused() throws IOException {
    try (TestServer publicHost = new TestServer("127.0.0.2")) {
      server.page("/internal", 200, HTML, "internal admin page");
      publicHost.redirect("/go", server.uri("/internal").toString());
      publicHost.redirect("/go-metadata", "http://169.254.169.254/latest/meta-data/");
      Fetcher f = new Fetcher(config(), publicOnly127002());

      FetchResult r = f.fetch(publicHost.uri("/go"));
      assertEquals(FetchOutcome.REFUSED_PRIVATE, r.outcome(), r.reason());
      assertEquals(server.uri("/internal"), r.finalUrl());
      assertEquals(List.of("/go"), publicHost.paths());
      assertEquals(List.of(), server.log());

      FetchResult meta = f.fetch(publicHost.uri("/go-metadata"));
      assertEquals(FetchOutcome.REFUSED_PRIVATE, meta.outcome(), meta.reason());
    }
  }

  /** The socket goes to the vetted address; the name is resolved once and sent as Host. */
  @Test
  void connectsToTheVettedAddressAndSendsTheOriginalHost() throws IOException {
    try (TestServer publicHost = new TestServer("127.0.0.2")) {
      publicHost.page("/news", 200, HTML, "news");
      AtomicInteger lookups = new AtomicInteger();
      UrlSafety safety = new UrlSafety(false, host -> {
        // rebinding DNS: the first answer is "public", later answers point at loopback
        return new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.2" : "127.0.0.1")};
      }, a -> UrlSafety.isNonPublic(a) && !a.getHostAddress().equals("127.0.0.2"));
      FetchResult r = new Fetcher(config(), safety).fetch(URI.create("http://news.test:" + publicHost.port() + "/news"));
      assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
      assertEquals(1, lookups.get());
      assertEquals("news.test:" + publicHost.port(), publicHost.log().get(0).host());
      assertEquals("127.0.0.2", r.exchanges().get(0).ip().getHostAddress());
    }
  }

  static UrlSafety publicOnly127002() {
    return new UrlSafety(false, InetAddress::getAllByName,
        a -> UrlSafety.isNonPublic(a) && !a.getHostAddress().equals("127.0.0.2"));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
