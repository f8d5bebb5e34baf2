package io.claimtrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.report.ReportData.ClusterView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReportTest {

  @Test
  void hasEverySection() {
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.realistic()));
    for (String id : List.of("summary", "clusters", "outlets", "rejects")) {
      assertEquals(1, doc.select("section#" + id).size(), id);
    }
    assertEquals(3, doc.select("article.cluster").size());
    Element first = doc.selectFirst("article.cluster");
    assertTrue(first.selectFirst("blockquote").text().startsWith("A leaked memo reveals that 47%"));
    assertTrue(first.text().contains("Fabrication risk 0.86"), first.text());
    assertTrue(first.text().contains("aiwire-daily.com, 2026-03-02 08:14 UTC"));
    assertEquals(7, first.select("table.variants tbody tr").size());
    assertEquals(7, first.select("svg.timeline circle").size());
    assertEquals(6, first.select("svg.timeline text.ol").size(), "one row per outlet");
    assertTrue(first.select("ul.signals li").get(0).text()
        .equals("The source is vague: 'a leaked memo' that no member links to."));
    assertEquals(9, doc.select("table.outlets tbody tr").size());
    assertEquals(2, doc.select("#rejects table").size(), "one table per stage");
    // ingest before analyze; reasons by count, largest first
    assertEquals("ingest", doc.select("#rejects h3").get(0).text());
    assertEquals("http_status", doc.select("#rejects table").get(0).select("tbody tr td code").get(0).text());
    assertEquals("claimtrace report", doc.title());
  }

  @Test
  void formatsNumbers() {
    String html = HtmlReport.render(ReportFixtures.realistic());
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("#summary .card .big").eachText().contains("12,394"));
    Element tech = doc.select("table.outlets tbody tr").get(0);
    assertEquals(List.of("technewsnow.net", "412", "3,180", "12", "31.0%", "4.0%", "18.0%"),
        tech.select("td").eachText());
    Element uk = doc.select("table.outlets tbody tr").get(7);
    assertEquals("<0.1%", uk.select("td").get(5).text());
    assertEquals("0.0%", doc.select("table.outlets tbody tr").get(4).select("td").get(5).text());
    assertEquals("1,670", doc.select("#summary table tbody tr").get(0).select("td").get(1).text());
    assertEquals("articles", doc.select("#summary table tbody tr").get(0).select("td").get(0).text(),
        "tables in pipeline order");
  }

  @ParameterizedTest
  @CsvSource({"0.72,high", "0.7,high", "0.5,medium", "0.1,low"})
  void labelsTheRisk(double risk, String level) {
    ClusterView c = ReportFixtures.realistic().clusters().get(0);
    ClusterView r = new ClusterView(c.clusterId(), c.representative(), c.size(), c.nOutlets(), c.firstSeenAt(),
        c.firstOutlet(), risk, c.riskSignals(), c.members());
    ReportData d = ReportFixtures.realistic();
    Document doc = Jsoup.parse(HtmlReport.render(new ReportData(d.runId(), d.generatedAt(), d.inputs(),
        d.tableCounts(), d.rejectsByReason(), List.of(r), d.outlets(), d.totals())));
    assertEquals(level, doc.selectFirst(".risk .level").text());
  }

  @Test
  void escapesEverythingFromTheData() {
    String html = HtmlReport.render(ReportFixtures.hostile());
    assertTrue(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;"), "planted script shown as text");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<script"), "no raw script tag anywhere");
    assertFalse(html.contains("<img"), "no raw img tag");
    assertFalse(html.contains("\" onmouseover="), "attribute break-out stays text");
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), "javascript: URL dropped");

    Document doc = Jsoup.parse(html);
    assertEquals(0, doc.select("script, img, iframe, object, embed, b, i, u").size());
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"), "event handler " + a);
      }
    }
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      assertTrue(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"), href);
    }
    // the one member with a usable URL keeps its link, its query string intact and escaped in the attribute;
    // a URL that is not a valid URI (raw quotes and angle brackets) is shown as text, not linked
    assertEquals(List.of("https://other.example/a?b=1&c='x'"), doc.select("table.variants a[href]").eachAttr("href"));
    assertTrue(html.contains("href=\"https://other.example/a?b=1&amp;c=&#39;x&#39;\""));
    assertTrue(doc.text().contains("document.title='pwned'"), "hostile text still readable as text");
    assertEquals(HtmlReport.CONTENT_SECURITY_POLICY,
        doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
      "\"onmouseover=x|&quot;onmouseover=x",
      "it's `a` & b|it&#39;s &#96;a&#96; &amp; b",
      "caf\u00e9 \ud83d\ude00|caf\u00e9 \ud83d\ude00"})
  void escaper(String in, String out) {
    assertEquals(out, HtmlReport.esc(in));
  }

  @Test
  void escaperReplacesControlsAndLoneSurrogates() {
    assertEquals("a\uFFFDb\uFFFDc\n", HtmlReport.esc("a\u0000b\ud800c\n"));
    assertEquals("\uFFFD", HtmlReport.esc("\udc00"));
    assertEquals("", HtmlReport.esc(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "https://example.com/a?b=1|https://example.com/a?b=1",
      "HTTP://Example.com|HTTP://Example.com",
      "javascript:alert(1)|NULL",
      " JavaScript:alert(1)|NULL",
      "java\tscript:alert(1)|NULL",
      "data:text/html;base64,PHNjcmlwdD4=|NULL",
      "vbscript:x|NULL",
      "//evil.example/x|NULL",
      "/relative/path|NULL",
      "https://|NULL",
      "NULL|NULL"})
  void onlyHttpLinks(String url, String expected) {
    assertEquals(expected, HtmlReport.safeHref(url));
  }

  @Test
  void rendersEmptyData() {
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.empty()));
    assertTrue(doc.selectFirst("#clusters").text().contains("No repeated claims"));
    assertTrue(doc.selectFirst("#outlets").text().contains("No outlets"));
    assertTrue(doc.selectFirst("#rejects").text().contains("Nothing was rejected"));
    assertEquals(0, doc.select("article.cluster").size());
  }

  @Test
  void rendersNulls() {
    ReportData d = new ReportData(null, null, null, null, null, null, null, null);
    Document doc = Jsoup.parse(HtmlReport.render(d));
    assertEquals(4, doc.select("section").size());
    ClusterView bare = new ClusterView(null, null, 0, 0, null, null, Double.NaN, null,
        java.util.Arrays.asList(null, new ReportData.MemberView(null, null, null, null, null, null)));
    doc = Jsoup.parse(HtmlReport.render(new ReportData("r", null, null, null, null, List.of(bare), null, null)));
    assertTrue(doc.selectFirst("article.cluster").text().contains("no timeline"));
  }

  @Test
  void deterministicWhateverTheMapOrder() {
    ReportData a = ReportFixtures.realistic();
    Map<String, Long> tables = new HashMap<>(a.tableCounts());
    Map<String, Map<String, Long>> rejects = new HashMap<>();
    a.rejectsByReason().forEach((k, v) -> rejects.put(k, new HashMap<>(v)));
    List<ReportData.MemberView> members = new ArrayList<>(a.clusters().get(0).members());
    java.util.Collections.reverse(members);
    ClusterView c0 = a.clusters().get(0);
    ClusterView reversed = new ClusterView(c0.clusterId(), c0.representative(), c0.size(), c0.nOutlets(),
        c0.firstSeenAt(), c0.firstOutlet(), c0.fabricationRisk(), c0.riskSignals(), members);
    List<ClusterView> clusters = new ArrayList<>(a.clusters());
    clusters.set(0, reversed);
    ReportData b = new ReportData(a.runId(), a.generatedAt(), a.inputs(), tables, rejects, clusters, a.outlets(),
        a.totals());
    assertEquals(HtmlReport.render(a), HtmlReport.render(b));
    assertEquals(HtmlReport.render(a), HtmlReport.render(ReportFixtures.realistic()));
  }

  @Test
  void marksWordsAVariantChanged() {
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.realistic()));
    Element rows = doc.selectFirst("article.cluster table.variants tbody");
    assertTrue(rows.select("tr").get(0).select("mark").isEmpty(), "the representative itself has no changes");
    assertTrue(rows.select("tr").get(2).select("mark").eachText().contains("Nearly"));
  }

  @Test
  void undatedMembersAreCountedNotPlotted() {
    Element survey = Jsoup.parse(HtmlReport.render(ReportFixtures.realistic())).select("article.cluster").get(1);
    assertEquals(4, survey.select("svg.timeline circle").size());
    assertTrue(survey.selectFirst(".legend").text().contains("1 claim has no publication time"));
    assertEquals("unknown", survey.select("table.variants tbody tr").get(4).selectFirst("td.when").text());
    assertNull(survey.select("table.variants tbody tr").get(4).selectFirst("a"), "'not a url' is no link");
  }

  @Test
  void capsBigClusters() {
    List<ReportData.MemberView> members = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      members.add(new ReportData.MemberView("outlet" + i + ".example",
          ReportFixtures.t("2026-03-01T00:00:00Z").plusSeconds(3600L * i), "claim " + i, null, "none", List.of()));
    }
    ClusterView big = new ClusterView("k", "claim 0", 60, 60, members.get(0).publishedAt(), "outlet0.example", 0.5,
        List.of(), members);
    Element c = Jsoup.parse(HtmlReport.render(new ReportData("r", null, null, null, null, List.of(big), null, null)))
        .selectFirst("article.cluster");
    assertEquals(HtmlReport.MAX_VARIANTS + 1, c.select("table.variants tbody tr").size());
    assertTrue(c.select("table.variants tbody tr").last().text().startsWith("and 20 more"));
    assertEquals(60, c.select("svg.timeline circle").size(), "every dated member is a point");
    List<String> rows = c.select("svg.timeline text.ol").eachText();
    assertEquals(HtmlReport.MAX_TIMELINE_ROWS, rows.size());
    assertEquals("36 other outlets", rows.get(rows.size() - 1));
  }
}
