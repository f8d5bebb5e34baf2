package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.model.Article;
import io.claimtrace.model.IngestResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBuilderTest {
  static ArticleBuilder builder;
  @TempDir Path dir;

  static final String BODY = "The regulator published its decision on Monday after a six-month review of the market. "
      + "Officials said the rules would apply to every provider operating in the region from next year.";

  @BeforeAll
  static void setUp() {
    builder = new ArticleBuilder(IngestConfig.defaults());
  }

  static String page(String head, String body) {
    return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/ai\">AI</a></nav>"
        + "<article><h1>Headline here</h1>" + body + "</article><footer>Copyright 2026 Example Media</footer></body></html>";
  }

  @Test
  void containerHintsWinAndThePageFillsTheGaps() {
    String html = page("<title>Page title | Site</title><meta name=\"author\" content=\"Page Author\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-01T10:00:00Z\">"
        + "<link rel=\"canonical\" href=\"https://www.example.co.uk/news/story?utm_source=rss\">",
        "<p>" + BODY + "</p>");
    RawDocument raw = new RawDocument("in.jsonl:3", "jsonl", "https://mirror.example.net/x", html, false, null,
        "Given title", Instant.parse("2026-03-02T00:00:00Z"), null, null, "en", null, false);
    Article a = builder.build(raw).article();
    assertEquals("Given title", a.title());
    assertEquals("Page Author", a.byline());
    assertEquals(Instant.parse("2026-03-02T00:00:00Z"), a.publishedAt());
    assertEquals("https://www.example.co.uk/news/story", a.url(), "canonical wins, tracking parameters dropped");
    assertEquals("example.co.uk", a.outlet());
    assertEquals("eng", a.language());
    assertNull(a.languageConfidence(), "stated language, not detected");
    assertTrue(a.text().contains("The regulator published its decision"));
    assertFalse(a.text().contains("Copyright"));
    assertFalse(a.text().contains("Home"));
    assertEquals(32, a.articleId().length());
  }

  @Test
  void languageIsDetectedWhenNotGiven() {
    String german = "Die Bundesregierung hat am Montag neue Regeln für den Einsatz von künstlicher Intelligenz "
        + "in Behörden vorgestellt. Die Vorschriften sollen ab dem kommenden Jahr für alle Ministerien gelten.";
    IngestResult r = builder.build(new RawDocument("de.jsonl:1", "jsonl", "https://kiwelt.de/a", null, false, german,
        null, null, null, null, null, null, false));
    assertEquals("deu", r.article().language());
    assertTrue(r.article().languageConfidence() > 0.5, "confidence " + r.article().languageConfidence());
  }

  @Test
  void aOneSentenceBriefIsEnglishByItsFunctionWordsWhereTheModelIsUnsure() {
    // The n-gram model calls these Latin and Danish at confidence below 0.05. One-sentence input
    // needs a lower claimtrace.ingest.min-text-words than the default 15.
    IngestConfig d = IngestConfig.defaults();
    ArticleBuilder briefs = new ArticleBuilder(new IngestConfig(d.maxPageBytes(), d.maxLineBytes(), d.maxFeedBytes(),
        d.maxTextChars(), 1, d.languageSampleChars(), d.jsonlSplitBytes()));
    for (String text : List.of("The servers can run Solaris x86 operating system or the standard Linux operating system.",
        "There are five ethnic Kurds, five Sunni Muslims, a Christian and a Turkoman.",
        "His trial was moved to Virginia Beach.")) {
      IngestResult r = briefs.build(new RawDocument("b.jsonl:1", "jsonl", "https://brief.example/a", null, false, text,
          null, null, null, null, null, null, false));
      assertEquals("eng", r.article().language(), text);
    }
    IngestResult german = briefs.build(new RawDocument("b.jsonl:2", "jsonl", "https://brief.example/b", null, false,
        "Der Vorstand hat die Zahlen am Montag veröffentlicht.", null, null, null, null, null, null, false));
    assertFalse("eng".equals(german.article().language()), german.article().language());
  }

  @Test
  void tooLittleTextIsANoTextReject() {
    IngestResult r = builder.build(RawDocument.page("nav.html", "html", null,
        page("<title>x</title>", "<p>Subscribe now.</p>"), null, false));
    assertFalse(r.isArticle());
    assertEquals("no_text", r.reject().reasonCode());
    assertEquals("nav.html", r.reject().source());
  }

  @Test
  void withoutAWebUrlTheIdComesFromTheTextAndTheOutletIsUnknown() {
    IngestResult r = builder.build(RawDocument.page("/data/a.html", "html", null, page("<title>t</title>", "<p>" + BODY + "</p>"), null, false));
    Article a = r.article();
    assertEquals("/data/a.html", a.url());
    assertEquals("unknown", a.outlet());
    IngestResult again = builder.build(RawDocument.page("/other/copy.html", "html", null, page("<title>t</title>", "<p>" + BODY + "</p>"), null, false));
    assertEquals(a.articleId(), again.article().articleId(), "same text, same id");
    assertEquals(a.contentHash(), again.article().contentHash());
  }

  @Test
  void hugePagesAreCutAtTheCapAndMarked() throws IOException {
    StringBuilder html = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
    for (int i = 0; i < 20_000; i++) {
      html.append("<p>Paragraph ").append(i).append(" says the market grew again in the quarter, analysts said.</p>");
    }
    html.append("</article></body></html>");
    Path f = Files.writeString(dir.resolve("huge.html"), html, StandardCharsets.UTF_8);
    IngestConfig small = new IngestConfig(200_000, 1 << 20, 1 << 20, 50_000, 15, 2000, 1 << 20);
    ReadItem item = InputReaders.read(InputSplit.whole(f.toString(), InputFormat.HTML, Files.size(f)), InputOpener.local(), small).next();
    assertTrue(item.document().truncated(), "reader cut the page at the byte cap");
    assertTrue(item.document().html().length() <= 200_000);
    Article a = new ArticleBuilder(small).build(item.document()).article();
    assertTrue(a.textTruncated());
    assertTrue(a.text().length() <= 50_000, "text cap");
    assertTrue(a.text().startsWith("Paragraph 0 says"), a.text().substring(0, 40));
  }

  @Test
  void hostileTextNeverCrashes() {
    String oneLine = "word ".repeat(200_000); // 1 MB, no sentence punctuation
    String mixed = "Текст на русском 中文文本 العربية \u0000\u0007 control \u202e chars " + BODY;
    for (String t : List.of(oneLine, mixed, "\u0000\u0001\u0002", "")) {
      IngestResult r = builder.build(new RawDocument("x.jsonl:1", "jsonl", "https://e.com/a", null, false, t,
          null, null, null, null, null, null, false));
      if (r.isArticle()) {
        assertFalse(r.article().text().contains("\u0000"));
        assertTrue(r.article().text().length() <= IngestConfig.defaults().maxTextChars());
      } else {
        assertEquals("no_text", r.reject().reasonCode());
      }
    }
  }

  @Test
  void feedFragmentsKeepTheWholeBody() {
    RawDocument raw = new RawDocument("f.xml#https://e.com/p", "rss", "https://e.com/p",
        "<p>" + BODY + "</p><p>See <a href=\"https://www.nist.gov/report\">the NIST report</a> for details.</p>",
        true, null, "Item title", Instant.parse("2026-03-03T08:15:00Z"), null, "Ann Lee", null, null, false);
    Article a = builder.build(raw).article();
    assertTrue(a.text().endsWith("See the NIST report for details."), a.text());
    assertEquals(List.of(new Article.Link("the NIST report", "https://www.nist.gov/report")), a.links());
    assertEquals("e.com", a.outlet());
    assertEquals("rss", a.inputFormat());
  }
}
