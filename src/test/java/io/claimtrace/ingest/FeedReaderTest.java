package io.claimtrace.ingest;

import static io.claimtrace.ingest.ReaderFixtures.docs;
import static io.claimtrace.ingest.ReaderFixtures.readAll;
import static io.claimtrace.ingest.ReaderFixtures.rejectCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path dir;

  private List<ReadItem> read(String name, String xml) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, xml, StandardCharsets.UTF_8);
    return readAll(InputSplit.whole(f.toString(), InputFormat.FEED, Files.size(f)));
  }

  @Test
  void rssUsesFullContentOverDescription() throws IOException {
    List<ReadItem> items = read("f.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel><title>Feed</title><link>https://feed.example.com/</link><description>d</description><language>en-gb</language>
            <item><title>First</title><link>https://feed.example.com/a</link><dc:creator>Ann Lee</dc:creator>
              <pubDate>Tue, 03 Mar 2026 08:15:00 GMT</pubDate><description>short teaser</description>
              <content:encoded><![CDATA[<p>The full <a href="https://www.nist.gov/r">report</a> text.</p>]]></content:encoded></item>
            <item><title>Second</title><link>https://feed.example.com/b</link><description>Only a description here.</description></item>
            <item><title>Empty</title><link>https://feed.example.com/c</link></item>
          </channel></rss>""");
    List<RawDocument> docs = docs(items);
    assertEquals(2, docs.size());
    RawDocument a = docs.get(0);
    assertEquals("https://feed.example.com/a", a.url());
    assertTrue(a.fragment());
    assertTrue(a.html().contains("The full <a href=\"https://www.nist.gov/r\">report</a> text."), a.html());
    assertEquals("First", a.title());
    assertEquals("Ann Lee", a.byline());
    assertEquals(Instant.parse("2026-03-03T08:15:00Z"), a.publishedAt());
    assertEquals("en-gb", a.language());
    assertEquals("rss", a.format());
    assertTrue(a.source().endsWith("f.xml#https://feed.example.com/a"), a.source());
    assertEquals("Only a description here.", docs.get(1).html());
    assertEquals(List.of("no_text"), rejectCodes(items));
  }

  @Test
  void atomEntriesWithHtmlContent() throws IOException {
    List<ReadItem> items = read("a.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:x</id><updated>2026-03-05T00:00:00Z</updated>
          <entry><title>Entry</title><id>urn:e1</id><link href="https://atom.example.org/e1"/>
            <published>2026-03-04T12:00:00Z</published><updated>2026-03-05T00:00:00Z</updated>
            <author><name>Bo Chen</name></author>
            <content type="html">&lt;p&gt;Atom body text.&lt;/p&gt;</content></entry>
        </feed>""");
    RawDocument e = docs(items).get(0);
    assertEquals("https://atom.example.org/e1", e.url());
    assertEquals("<p>Atom body text.</p>", e.html());
    assertEquals(Instant.parse("2026-03-04T12:00:00Z"), e.publishedAt());
    assertEquals("Bo Chen", e.byline());
    assertEquals("atom", e.format());
  }

  @Test
  void externalEntitiesAreNeverExpanded() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
    List<ReadItem> items = read("xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title><link>https://e.com/</link><description>d</description>
          <item><title>x</title><link>https://e.com/x</link><description>&xxe;</description></item></channel></rss>"""
        .formatted(secret.toUri()));
    assertEquals(List.of("malformed_feed"), rejectCodes(items));
    assertFalse(items.get(0).reject().reason().contains("TOP-SECRET"));
  }

  @Test
  void malformedFeedsAndSitemapsAreOneRejectEach() throws IOException {
    assertEquals(List.of("malformed_feed"), rejectCodes(read("cut.xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x")));
    assertEquals(List.of("unsupported_file"), rejectCodes(read("sitemap.xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://e.com/a</loc></url></urlset>")));
  }
}
