package io.claimtrace.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.crawl.FeedAndSitemapLinks.Kind;
import io.claimtrace.crawl.FeedAndSitemapLinks.Links;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedAndSitemapLinksTest {

  static final URI BASE = URI.create("https://news.example.org/feeds/main.xml");

  static Links extract(String xml, String contentType) {
    return FeedAndSitemapLinks.extract(BASE, xml.getBytes(StandardCharsets.UTF_8), contentType);
  }

  @Test
  void rss2ItemLinks() {
    Links l = extract("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>
          <item><title>A</title><link>https://news.example.org/2026/a.html</link></item>
          <item><title>B</title><link>/2026/b.html</link></item>
          <item><title>dup</title><link>https://news.example.org/2026/a.html</link></item>
          <item><title>guid only</title><guid isPermaLink="true">https://news.example.org/2026/c.html</guid></item>
          <item><title>bad</title><link>javascript:alert(1)</link></item>
        </channel></rss>""", "application/rss+xml");
    assertEquals(Kind.RSS_OR_ATOM, l.kind());
    assertNull(l.error());
    assertEquals(List.of("https://news.example.org/2026/a.html", "https://news.example.org/2026/b.html",
        "https://news.example.org/2026/c.html"), l.articles());
  }

  @Test
  void atomEntryLinks() {
    Links l = extract("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
          <entry><title>A</title><id>urn:a</id><updated>2026-01-01T00:00:00Z</updated>
            <link rel="alternate" href="https://news.example.org/atom/a"/></entry>
          <entry><title>B</title><id>urn:b</id><updated>2026-01-01T00:00:00Z</updated>
            <link href="https://news.example.org/atom/b"/></entry>
        </feed>""", "application/atom+xml");
    assertEquals(Kind.RSS_OR_ATOM, l.kind());
    assertEquals(List.of("https://news.example.org/atom/a", "https://news.example.org/atom/b"), l.articles());
  }

  @Test
  void sitemapUrlset() {
    Links l = FeedAndSitemapLinks.extract(URI.create("https://news.example.org/sitemap.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://news.example.org/2026/one</loc><lastmod>2026-03-01</lastmod></url>
          <url><loc>https://news.example.org/2026/two</loc></url>
        </urlset>""".getBytes(StandardCharsets.UTF_8), "application/xml");
    assertEquals(Kind.SITEMAP, l.kind());
    assertNull(l.error(), l.error());
    assertEquals(List.of("https://news.example.org/2026/one", "https://news.example.org/2026/two"), l.articles());
  }

  @Test
  void googleNewsSitemap() {
    Links l = FeedAndSitemapLinks.extract(URI.create("https://news.example.org/news-sitemap.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://news.example.org/ai/model-launch</loc>
            <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
              <news:publication_date>2026-03-01T10:00:00Z</news:publication_date>
              <news:title>Model launch</news:title></news:news></url>
        </urlset>""".getBytes(StandardCharsets.UTF_8), "text/xml");
    assertEquals(Kind.SITEMAP, l.kind());
    assertEquals(List.of("https://news.example.org/ai/model-launch"), l.articles());
  }

  @Test
  void sitemapIndexListsChildSitemaps() {
    Links l = FeedAndSitemapLinks.extract(URI.create("https://news.example.org/sitemap_index.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap>
          <sitemap><loc>https://news.example.org/sitemap-news.xml</loc></sitemap>
        </sitemapindex>""".getBytes(StandardCharsets.UTF_8), "application/xml");
    assertEquals(Kind.SITEMAP_INDEX, l.kind());
    assertEquals(List.of(), l.articles());
    assertEquals(List.of("https://news.example.org/sitemap-1.xml", "https://news.example.org/sitemap-news.xml"), l.sitemaps());
  }

  @Test
  void plainTextSitemap() {
    Links l = FeedAndSitemapLinks.extract(URI.create("https://news.example.org/sitemap.txt"),
        "https://news.example.org/a\nhttps://news.example.org/b\n".getBytes(StandardCharsets.UTF_8), "text/plain");
    assertEquals(Kind.SITEMAP, l.kind());
    assertEquals(List.of("https://news.example.org/a", "https://news.example.org/b"), l.articles());
  }

  @Test
  void xxeInFeedIsRefused(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>&xxe;</title>
          <item><title>&xxe;</title><link>https://news.example.org/&xxe;</link></item></channel></rss>"""
        .formatted(secret.toUri());
    Links l = extract(xml, "application/rss+xml");
    assertNotNull(l.error());
    assertEquals(List.of(), l.articles());
    // and the parser itself refuses it too (not only the sniffing shortcut)
    Links direct = FeedAndSitemapLinks.feed(BASE, xml.getBytes(StandardCharsets.UTF_8));
    assertNotNull(direct.error());
    assertTrue(direct.articles().stream().noneMatch(a -> a.contains("TOP-SECRET")));
  }

  @Test
  void xxeInSitemapIsRefused(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://news.example.org/&xxe;</loc></url></urlset>""".formatted(secret.toUri());
    Links direct = FeedAndSitemapLinks.sitemap(URI.create("https://news.example.org/sitemap.xml"),
        xml.getBytes(StandardCharsets.UTF_8), "application/xml");
    assertTrue(direct.articles().stream().noneMatch(a -> a.contains("TOP-SECRET")), direct.articles().toString());
    assertEquals(List.of(), direct.articles());
  }

  @Test
  void htmlIsNeitherFeedNorSitemap() {
    Links l = extract("<html><body>hi</body></html>", "text/html");
    assertEquals(Kind.UNKNOWN, l.kind());
    assertEquals(List.of(), l.articles());
  }
}
