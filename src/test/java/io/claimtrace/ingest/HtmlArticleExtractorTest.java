package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import io.claimtrace.ingest.HtmlArticleExtractor.ExtractedPage;
import io.claimtrace.ingest.HtmlArticleExtractor.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(CLOCK);

  private static String fixture(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertContains(String text, String... phrases) {
    for (String p : phrases) {
      assertTrue(text.contains(p), () -> "expected \"" + p + "\" in:\n" + text);
    }
  }

  private static void assertAbsent(String text, String... phrases) {
    for (String p : phrases) {
      assertFalse(text.contains(p), () -> "boilerplate \"" + p + "\" leaked into:\n" + text);
    }
  }

  @Test
  void newsArticleMetadata() throws IOException {
    ExtractedPage page = extractor.extract(fixture("news-article.html"),
        "https://www.dailyledger.example/news/2024/05/17/harbour-tidal-barrier?utm_source=feed");
    assertEquals("Harbour council approves tidal barrier plan", page.title());
    assertEquals("Maria Okafor, Tom Lindqvist", page.byline());
    // article:published_time wins over JSON-LD and <time>; the +02:00 offset is applied.
    assertEquals(Instant.parse("2024-05-17T06:30:00Z"), page.publishedAt());
    assertEquals("https://www.dailyledger.example/news/2024/05/17/harbour-tidal-barrier", page.canonicalUrl());
    assertEquals("en-GB", page.htmlLang());
    assertEquals("The Daily Ledger", page.siteName());
    assertEquals("Councillors voted 9-2 for the barrier after a decade of flooding.", page.description());
  }

  @Test
  void newsArticleTextWithoutBoilerplate() throws IOException {
    String text = extractor.extract(fixture("news-article.html"),
        "https://www.dailyledger.example/news/2024/05/17/harbour-tidal-barrier").text();
    assertTrue(text.startsWith("Councillors in Port Ellery voted nine to two on Thursday evening"), text);
    assertContains(text,
        "build a \u201Ctidal barrier\u201D across the harbour mouth",
        "an estimated \u00A348 million",
        "\u201CThis is the most important decision this council has taken in a generation,\u201D",
        "\n\nOpposition from fishermen\n\n",
        "The council said the design includes:\n\na 40-metre navigation gate for fishing boats\n"
            + "a public walkway along the top of the barrier",
        "Work on the foundations is due to start next spring");
    assertAbsent(text, "cookie", "Accept all", "Share on", "Email this story", "Photo: Jane Roe", "harbour wall at dusk",
        "Advertisement", "Related stories", "New flood map", "Sign up", "Morning Ledger", "comments",
        "waste of money", "Most read", "Celebrity chef", "All rights reserved", "Privacy policy",
        "enable JavaScript", "script text", "Search the Ledger", "Sport", "Flooding", "By Maria",
        "Harbour council approves tidal barrier plan", "JSON-LD summary", "\u200B");
    assertFalse(text.contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
    assertEquals(text.strip(), text);
  }

  @Test
  void newsArticleLinks() throws IOException {
    List<Link> links = extractor.extract(fixture("news-article.html"),
        "https://www.dailyledger.example/news/2024/05/17/harbour-tidal-barrier").links();
    assertEquals(List.of(
        new Link("published copy of the minutes", "https://www.portellery.example/minutes/2024-05-16"),
        new Link("petition signed by 3,000 residents",
            "https://www.dailyledger.example/news/2023/11/02/fishermen-petition"),
        new Link("Environment Agency", "https://www.environment.example/agency")), links);
  }

  @Test
  void noMetadataDateFromUrlAndTitleFromTitleElement() throws IOException {
    ExtractedPage page = extractor.extract(fixture("no-metadata.html"),
        "http://westbrookgazette.example/2024/05/17/bakery-prize.html");
    assertEquals("Village bakery wins national bread prize", page.title());
    assertNull(page.byline());
    assertEquals(Instant.parse("2024-05-17T00:00:00Z"), page.publishedAt());
    assertNull(page.canonicalUrl());
    assertNull(page.htmlLang());
    assertNull(page.siteName());
    assertNull(page.description());
    assertEquals(List.of(), page.links());
    assertEquals("A family bakery in Westbrook has won the national sourdough championship, beating more than 400 "
        + "entries from across the country, the organisers announced on Friday.\n\n"
        + "The bakery, run by brothers Idris and Kemal Aydin since 2011, uses flour from a mill two miles down "
        + "the road, and the winning loaf was proved for thirty hours.\n\n"
        + "\"We never expected to win, we just bake the bread our grandmother taught us,\" said Idris Aydin, "
        + "who starts work at three every morning.\n\n"
        + "The prize includes a trophy and a week-long placement at a baking school in Lyon.", page.text());
  }

  @Test
  void timeElementInArticleHeaderIsPreferredAndLocalTimeIsUtc() throws IOException {
    ExtractedPage page = extractor.extract(fixture("time-only.html"), null);
    assertEquals(Instant.parse("2023-03-08T14:30:00Z"), page.publishedAt());
    assertEquals("Bahnstrecke nach Sturm wieder offen", page.title());
    assertEquals("de", page.htmlLang());
    assertNull(page.canonicalUrl());
    assertTrue(page.text().startsWith("Die Bahnstrecke zwischen Kiel und Flensburg"), page.text());
    assertTrue(page.text().endsWith("teilte das Unternehmen mit."), page.text());
    assertAbsent(page.text(), "Archiv", "Alle Artikel", "8. März 2023");
  }

  @Test
  void truncatedPageKeepsWhatIsThere() throws IOException {
    ExtractedPage page = extractor.extract(fixture("truncated.html"), "https://news.example/ashford/water-main");
    assertEquals("Water main burst floods high street", page.title());
    assertEquals("Priya Shah", page.byline());
    assertEquals(Instant.parse("2023-11-14T09:15:00Z"), page.publishedAt(), "RFC-1123 meta date");
    assertTrue(page.text().startsWith("A burst water main flooded the high street in Ashford"), page.text());
    assertTrue(page.text().endsWith("might notice discoloured wat"), page.text());
    assertEquals(3, page.text().split("\n\n").length);
  }

  @Test
  void pageWithoutTextYieldsEmptyText() throws IOException {
    ExtractedPage page = extractor.extract(fixture("no-text.html"), "https://example.fr/");
    assertEquals("", page.text());
    assertEquals(List.of(), page.links());
    assertEquals("Accueil", page.title());
    assertEquals("fr", page.htmlLang());
    assertNull(page.publishedAt());
  }

  @Test
  void nullAndGarbageInputNeverThrow() {
    assertEquals("", extractor.extract(null, null).text());
    assertEquals("", extractor.extract("", "https://x.example/").text());
    assertEquals("", extractor.extract("   \n ", null).text());
    // stray angle brackets are literal text to an HTML5 parser; the control characters must go
    assertEquals("<<<>>>", extractor.extract("<<<>>><//a \u0000\u0001", "not a url").text());
    ExtractedPage plain = extractor.extract("Just some plain text without any markup, long enough to count as a "
        + "paragraph of content for the extractor.", "ht!tp://bad url");
    assertEquals("Just some plain text without any markup, long enough to count as a paragraph of content for the "
        + "extractor.", plain.text());
  }

  @Test
  void hugeAndDeeplyNestedPagesStayFast() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      deep.append("<div>");
    }
    deep.append("<p>Deep text, with commas, inside twenty thousand unclosed divs of markup.</p>");
    StringBuilder wide = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 20_000; i++) {
      wide.append("<p>Paragraph number ").append(i).append(", which says something, at some length.</p>");
    }
    wide.append("</article></body></html>");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      extractor.extract(deep.toString(), null);
      ExtractedPage page = extractor.extract(wide.toString(), null);
      assertTrue(page.text().contains("Paragraph number 19999, which says something"));
      String ws = "<p>" + " \n".repeat(200_000) + "x</p>";
      extractor.extract(ws, null);
    });
  }

  @Test
  void entitiesControlAndZeroWidthCharactersAreCleaned() {
    String html = "<html><body><article><p>Caf&eacute; owners&nbsp;&amp; staff said\u200B the \u0007price of "
        + "co\u00ADffee\uFEFF rose &#x201C;sharply&#x201D;   this   year, and again last year too.</p></article>"
        + "</body></html>";
    assertEquals("Café owners & staff said the price of coffee rose \u201Csharply\u201D this year, and again last year "
        + "too.", extractor.extract(html, null).text());
  }

  @Test
  void bylineVariants() {
    assertEquals("Jane Doe", extractor.extract("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script></head>"
        + "<body><p>x</p></body></html>", null).byline());
    assertEquals("Sam Lee", extractor.extract("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"Article\",\"author\":\"By Sam Lee\"}</script></head><body></body></html>", null).byline());
    assertEquals("Ana Ruiz", extractor.extract("<html><body><div class=\"article-byline\">By  Ana Ruiz</div>"
        + "</body></html>", null).byline());
    assertEquals("Kim Park", extractor.extract("<html><body><a rel=\"author\" href=\"/k\">Kim Park</a></body></html>",
        null).byline());
    assertNull(extractor.extract("<html><head><meta property=\"article:author\" "
        + "content=\"https://www.facebook.com/someone\"></head><body></body></html>", null).byline());
  }

  @Test
  void dateVariantsAndRejections() {
    assertEquals(Instant.parse("2021-06-01T10:00:00Z"), dateOf("<meta name=\"parsely-pub-date\" "
        + "content=\"2021-06-01T12:00:00+0200\">"));
    assertEquals(Instant.parse("2021-06-01T00:00:00Z"), dateOf("<meta name=\"dc.date\" content=\"2021-06-01\">"));
    assertEquals(Instant.parse("2021-06-01T08:09:10.500Z"), dateOf("<meta name=\"sailthru.date\" "
        + "content=\"2021-06-01 08:09:10.5\">"));
    assertEquals(Instant.parse("2020-02-29T23:00:00Z"), dateOf("<meta property=\"og:published_time\" "
        + "content=\"Sat, 29 Feb 2020 23:00:00 GMT\">"));
    assertNull(dateOf("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">"));
    assertNull(dateOf("<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">"));
    assertNull(dateOf("<meta property=\"article:published_time\" content=\"yesterday\">"));
    HtmlArticleExtractor x = extractor;
    assertEquals(Instant.parse("2019-11-19T00:00:00Z"),
        x.extract("<p>a</p>", "https://n.example/politics/2019-11-19/some-story").publishedAt());
    assertEquals(Instant.parse("2019-11-19T00:00:00Z"),
        x.extract("<p>a</p>", "https://n.example/politics/20191119/some-story").publishedAt());
    assertNull(x.extract("<p>a</p>", "https://n.example/2019/13/45/bad").publishedAt());
  }

  private Instant dateOf(String metaTag) {
    return extractor.extract("<html><head>" + metaTag + "</head><body><p>text</p></body></html>", null)
        .publishedAt();
  }

  @Test
  void canonicalFallsBackToOgUrlThenJsonLdAndRejectsNonHttp() {
    assertEquals("https://a.example/story", extractor.extract("<html><head><meta property=\"og:url\" "
        + "content=\"https://a.example/story\"></head></html>", null).canonicalUrl());
    assertEquals("https://a.example/ld", extractor.extract("<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"mainEntityOfPage\":{\"@id\":\"https://a.example/ld\"}}</script>"
        + "</head></html>", null).canonicalUrl());
    assertNull(extractor.extract("<html><head><link rel=\"canonical\" href=\"ftp://a.example/x\"></head></html>",
        null).canonicalUrl());
    assertNull(extractor.extract("<html><head><link rel=\"canonical\" href=\"/relative\"></head></html>", null)
        .canonicalUrl(), "relative canonical without a page URL cannot be resolved");
  }

  @Test
  void titleSuffixStripping() {
    assertEquals("Storm closes bridge", extractor.extract("<html><head><title>Storm closes bridge - Coast News"
        + "</title></head></html>", null).title());
    assertEquals("Storm closes bridge", extractor.extract("<html><head><meta property=\"og:site_name\" "
        + "content=\"Coast News\"><meta property=\"og:title\" content=\"Storm closes bridge — Coast News\">"
        + "</head></html>", null).title());
    assertEquals("Heading from h1", extractor.extract("<html><head><title>Other | Site</title></head><body>"
        + "<h1>Heading from h1</h1></body></html>", null).title());
  }

  @Test
  void fragmentKeepsWholeBodyButDropsFurniture() {
    ExtractedPage page = extractor.extractFragment("<p>First paragraph of a feed item, with a "
        + "<a href=\"/source\">source</a>.</p><figure><img src=\"a.jpg\"><figcaption>Caption text</figcaption>"
        + "</figure><p>Second.</p><script>evil()</script><div class=\"share-tools\"><a href=\"https://t.example/s\">"
        + "Tweet</a></div>", "https://blog.example/posts/1");
    assertEquals("First paragraph of a feed item, with a source.\n\nSecond.", page.text());
    assertEquals(List.of(new Link("source", "https://blog.example/source")), page.links());
    assertEquals("", extractor.extractFragment(null, null).text());
  }

  @Test
  void resultIsSerializable() throws IOException {
    ExtractedPage page = extractor.extract(fixture("news-article.html"), "https://www.dailyledger.example/");
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(page);
    }
  }
}
