package io.claimtrace.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

  TestServer server;
  Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    fetcher = FetcherTest.loopbackFetcher(FetcherTest.config());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  RobotsCache cache() {
    return new RobotsCache(fetcher, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(5));
  }

  @Test
  void disallowedPathIsNeverRequested() {
    server.page("/robots.txt", 200, "text/plain",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
        .page("/public", 200, FetcherTest.HTML, "public")
        .page("/private/a", 200, FetcherTest.HTML, "private")
        .page("/private/b", 200, FetcherTest.HTML, "private")
        .redirect("/sneaky", "/private/b");
    RobotsCache robots = cache();

    FetchResult denied = fetcher.fetch(server.uri("/private/a"), robots);
    assertEquals(FetchOutcome.ROBOTS_DENIED, denied.outcome());
    assertFalse(denied.retryLater());
    assertEquals(FetchOutcome.FETCHED, fetcher.fetch(server.uri("/public"), robots).outcome());
    FetchResult viaRedirect = fetcher.fetch(server.uri("/sneaky"), robots);
    assertEquals(FetchOutcome.ROBOTS_DENIED, viaRedirect.outcome());
    assertEquals(server.uri("/private/b"), viaRedirect.finalUrl());

    List<String> requested = server.paths();
    assertEquals(List.of("/robots.txt", "/public", "/sneaky"), requested);
    assertTrue(requested.stream().noneMatch(p -> p.startsWith("/private/")), requested.toString());
  }

  @Test
  void agentSpecificGroupApplies() {
    server.page("/robots.txt", 200, "text/plain", "User-agent: claimtrace\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
        .page("/x", 200, FetcherTest.HTML, "x");
    assertEquals(FetchOutcome.ROBOTS_DENIED, fetcher.fetch(server.uri("/x"), cache()).outcome());
    assertEquals(List.of("/robots.txt"), server.paths());
  }

  @Test
  void missingRobotsTxtAllowsAll() {
    server.page("/x", 200, FetcherTest.HTML, "x"); // /robots.txt -> 404
    assertEquals(FetchOutcome.FETCHED, fetcher.fetch(server.uri("/x"), cache()).outcome());
    assertEquals(List.of("/robots.txt", "/x"), server.paths());
  }

  @Test
  void forbiddenRobotsTxtAllowsAllPerRfc9309() {
    server.page("/robots.txt", 403, "text/plain", "no").page("/x", 200, FetcherTest.HTML, "x");
    assertEquals(FetchOutcome.FETCHED, fetcher.fetch(server.uri("/x"), cache()).outcome());
  }

  @Test
  void serverErrorOnRobotsTxtDefersTheHost() {
    server.page("/robots.txt", 500, "text/plain", "oops").page("/x", 200, FetcherTest.HTML, "x");
    RobotsCache robots = cache();
    FetchResult r = fetcher.fetch(server.uri("/x"), robots);
    assertEquals(FetchOutcome.ROBOTS_DENIED, r.outcome());
    assertTrue(r.retryLater());
    assertTrue(r.reason().startsWith("deferred"), r.reason());
    fetcher.fetch(server.uri("/x"), robots); // cached: robots.txt not asked again
    assertEquals(List.of("/robots.txt"), server.paths());
  }

  @Test
  void robotsTimeoutDefersTheHost() {
    server.on("/robots.txt", ex -> {
      FetcherTest.sleep(2000);
      TestServer.send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
    }).page("/x", 200, FetcherTest.HTML, "x");
    Fetcher quick = FetcherTest.loopbackFetcher(FetcherTest.config()
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5)));
    RobotsCache robots = new RobotsCache(quick, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(5));
    FetchResult r = quick.fetch(server.uri("/x"), robots);
    assertEquals(FetchOutcome.ROBOTS_DENIED, r.outcome());
    assertTrue(r.retryLater());
    assertFalse(server.paths().contains("/x"));
  }

  @Test
  void crawlDelayIsHonouredUpToTheCapAndSitemapsAreListed() {
    server.page("/robots.txt", 200, "text/plain",
        "User-agent: *\nCrawl-delay: 2\nSitemap: http://127.0.0.1/sitemap.xml\n");
    RobotsCache robots = cache();
    assertEquals(Duration.ofSeconds(2), robots.crawlDelay(server.uri("/a")));
    assertEquals(List.of("http://127.0.0.1/sitemap.xml"), robots.sitemaps(server.uri("/a")));
  }

  @Test
  void excessiveCrawlDelayIsCapped() {
    server.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n")
        .page("/x", 200, FetcherTest.HTML, "x");
    RobotsCache robots = cache();
    assertEquals(Duration.ofSeconds(5), robots.crawlDelay(server.uri("/a")));
    assertEquals(FetchOutcome.FETCHED, fetcher.fetch(server.uri("/x"), robots).outcome());
  }

  @Test
  void redirectedRobotsTxtIsFollowed() {
    server.redirect("/robots.txt", "/real-robots.txt")
        .page("/real-robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /no\n");
    assertEquals(RobotsCache.Access.DENIED, cache().check(server.uri("/no")).access());
  }
}
