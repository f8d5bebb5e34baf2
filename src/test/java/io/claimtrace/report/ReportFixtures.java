package io.claimtrace.report;

import io.claimtrace.report.ReportData.ClusterView;
import io.claimtrace.report.ReportData.MemberView;
import io.claimtrace.report.ReportData.OutletRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built report data: a realistic run, a hostile one and an empty one. */
final class ReportFixtures {
  /** Article text an attacker controls: it would retitle the page and add an element if it ever ran. */
  static final String PLANTED = "Veridian Labs said 47% of requests were denied.<script>document.title='pwned';"
      + "var d=document.createElement('div');d.id='pwned';document.body.appendChild(d)</script>";
  static final String ATTRIBUTE_BREAKOUT = "x\" onmouseover=\"document.title='pwned'\" data-x=\"";
  static final String JS_URL = "javascript:document.title='pwned'";

  private ReportFixtures() {}

  static Instant t(String iso) {
    return Instant.parse(iso);
  }

  static MemberView m(String outlet, String when, String text, String url, String kind, String... artefacts) {
    return new MemberView(outlet, when == null ? null : t(when), text, url, kind, List.of(artefacts));
  }

  static ReportData realistic() {
    ClusterView memo = new ClusterView("c7f3a1d09b2e44e1a0c3", "A leaked memo reveals that 47% of ChatGPT requests were denied"
        + " by Veridian Labs' new safety filter.", 7, 6, t("2026-03-02T08:14:00Z"), "aiwire-daily.com", 0.86,
        List.of("the source is vague: 'a leaked memo' that no member links to",
            "the number drifts between outlets: 47%, 45%, nearly half",
            "Veridian Labs is not in the knowledge base (unknown organisation)",
            "3 of 7 articles carry leftovers of unedited chatbot text"),
        List.of(
            m("aiwire-daily.com", "2026-03-02T08:14:00Z", "A leaked memo reveals that 47% of ChatGPT requests were denied by"
                + " Veridian Labs' new safety filter.", "https://aiwire-daily.com/2026/03/02/leaked-memo", "vague",
                "chatbot_preamble"),
            m("technewsnow.net", "2026-03-02T11:40:00Z", "According to a leaked memo, 47% of ChatGPT requests were denied by"
                + " the new Veridian Labs filter.", "https://technewsnow.net/ai/leaked-memo-47", "vague"),
            m("futurebytes.io", "2026-03-02T19:05:00Z", "Nearly half of all ChatGPT requests were blocked by Veridian"
                + " Labs' safety filter, a memo shows.", "https://futurebytes.io/p/veridian", "document",
                "chatbot_preamble", "knowledge_cutoff"),
            m("technewsnow.net", "2026-03-03T07:30:00Z", "Insiders say 45% of requests to ChatGPT were denied by the"
                + " Veridian Labs filter.", "https://technewsnow.net/ai/veridian-follow-up", "vague"),
            m("globalai.news", "2026-03-03T15:10:00Z", "A leaked memo reveals that 47% of ChatGPT requests were denied by"
                + " Veridian Labs' new safety filter.", "https://globalai.news/veridian-memo", "vague", "as_an_ai"),
            m("the-algorithm.co.uk", "2026-03-04T09:00:00Z", "Veridian Labs' filter reportedly denied 47 percent of"
                + " ChatGPT requests, according to a memo.", "https://the-algorithm.co.uk/news/veridian", "document"),
            m("neuralpost.org", "2026-03-05T12:45:00Z", "Sources say nearly half of ChatGPT requests were refused by a"
                + " Veridian filter.", "https://neuralpost.org/veridian-filter", "vague")));
    ClusterView survey = new ClusterView("a19be0c2d3f4e5a6b7c8", "A survey found that 62% of developers now use AI"
        + " coding assistants every day.", 5, 4, t("2026-03-01T14:00:00Z"), "devpulse.com", 0.58,
        List.of("no member names the survey or links to it", "the first report has no attribution"),
        List.of(
            m("devpulse.com", "2026-03-01T14:00:00Z", "A survey found that 62% of developers now use AI coding assistants"
                + " every day.", "https://devpulse.com/survey-ai-assistants", "none"),
            m("codeweekly.dev", "2026-03-02T09:20:00Z", "62% of developers use AI coding assistants daily, a survey found.",
                "https://codeweekly.dev/ai-daily", "document"),
            m("technewsnow.net", "2026-03-02T16:00:00Z", "Some 60% of developers use AI coding tools every day, according"
                + " to a new survey.", "https://technewsnow.net/dev/survey", "document"),
            m("futurebytes.io", "2026-03-03T10:00:00Z", "A survey found that 62% of developers now use AI coding assistants"
                + " every day.", "https://futurebytes.io/p/dev-survey", "none", "chatbot_preamble"),
            m("devpulse.com", null, "Most developers now rely on AI assistants, the survey found.", "not a url", "none")));
    ClusterView funding = new ClusterView("0f1e2d3c4b5a69788796", "Helios AI raised $310 million in a Series C round"
        + " led by Northwind Capital.", 4, 4, t("2026-02-27T16:30:00Z"), "venturewire.com", 0.21,
        List.of("the amount is consistent across outlets", "the first report quotes the company by name"),
        List.of(
            m("venturewire.com", "2026-02-27T16:30:00Z", "Helios AI raised $310 million in a Series C round led by"
                + " Northwind Capital, the company said.", "https://venturewire.com/helios-series-c", "organization"),
            m("aiwire-daily.com", "2026-02-27T18:00:00Z", "Helios AI has raised $310m in Series C funding led by Northwind"
                + " Capital.", "https://aiwire-daily.com/helios", "organization"),
            m("globalai.news", "2026-02-28T08:00:00Z", "Helios AI closes a $310 million Series C led by Northwind Capital.",
                "https://globalai.news/helios", "none"),
            m("neuralpost.org", "2026-03-01T10:15:00Z", "Helios AI raised $310 million, according to CEO Dana Ortiz.",
                "https://neuralpost.org/helios", "person")));
    List<OutletRow> outlets = List.of(
        new OutletRow("technewsnow.net", 412, 3180, 12, 0.31, 0.04, 0.18),
        new OutletRow("aiwire-daily.com", 388, 2904, 41, 0.08, 0.22, 0.27),
        new OutletRow("futurebytes.io", 251, 1788, 3, 0.46, 0.35, 0.31),
        new OutletRow("globalai.news", 197, 1402, 1, 0.62, 0.12, 0.22),
        new OutletRow("devpulse.com", 143, 1012, 9, 0.05, 0.0, 0.09),
        new OutletRow("neuralpost.org", 96, 655, 0, 0.71, 0.02, 0.34),
        new OutletRow("venturewire.com", 88, 702, 14, 0.01, 0.0, 0.02),
        new OutletRow("the-algorithm.co.uk", 64, 511, 2, 0.12, 0.0005, 0.11),
        new OutletRow("codeweekly.dev", 31, 240, 0, 0.19, 0.06, 0.07));
    Map<String, Map<String, Long>> rejects = new LinkedHashMap<>();
    rejects.put("ingest", Map.of("no_text", 37L, "http_status", 112L, "invalid_json", 4L, "truncated_warc", 1L,
        "unsupported_content_type", 58L));
    rejects.put("analyze", Map.of("not_english", 230L, "analysis_truncated", 6L));
    Map<String, Long> tables = Map.of("articles", 1670L, "rejects", 448L, "entities", 48213L, "claims", 12394L,
        "claim_clusters", 10120L, "outlets", 9L);
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("articles", 1670L);
    totals.put("claims", 12394L);
    totals.put("repeated_clusters", 842L);
    totals.put("risky_clusters", 37L);
    return new ReportData("2026-03-06T02:00:00Z-5f2c", t("2026-03-06T02:41:17Z"),
        List.of("hdfs:///news/2026-03/warc", "hdfs:///news/2026-03/feeds"), tables, rejects,
        List.of(memo, survey, funding), outlets, totals);
  }

  /** Hostile values in every field that reaches the page. */
  static ReportData hostile() {
    ClusterView c = new ClusterView("<b>id</b>", PLANTED, 2, 2, t("2026-03-02T08:14:00Z"), "<i>evil.example</i>", 0.9,
        List.of("<img src=x onerror=alert(1)>", ATTRIBUTE_BREAKOUT),
        List.of(
            m("evil.example\"><script>alert(1)</script>", "2026-03-02T08:14:00Z", PLANTED, JS_URL, "<u>vague</u>",
                "<script>alert(1)</script>"),
            m("other.example", "2026-03-02T09:00:00Z", "<script>alert(1)</script>" + ATTRIBUTE_BREAKOUT,
                "https://other.example/a?b=1&c='x'", "none"),
            m("third.example", "2026-03-02T10:00:00Z", "plain", "  JaVaScRiPt:alert(1)", "none"),
            m("fifth.example", "2026-03-02T10:30:00Z", "plain", "https://x.example/\"><script>alert(1)</script>", "none"),
            m("fourth.example", "2026-03-02T11:00:00Z", "plain", "data:text/html,<script>alert(1)</script>", "none")));
    return new ReportData("<script>alert('run')</script>", t("2026-03-06T02:41:17Z"),
        List.of("<script>alert(1)</script>"), Map.of("articles<script>", 3L), Map.of("ingest", Map.of("<b>x</b>", 1L)),
        List.of(c), List.of(new OutletRow("<script>alert(1)</script>", 1, 2, 0, 0.5, 0.25, 1.0)),
        Map.of("risky_clusters", 1L));
  }

  static ReportData empty() {
    return new ReportData("empty-run", t("2026-03-06T02:41:17Z"), List.of(), Map.of(), Map.of(), List.of(), List.of(),
        Map.of());
  }
}
