package io.claimtrace.report;

import io.claimtrace.report.ReportData.ClusterView;
import io.claimtrace.report.ReportData.MemberView;
import io.claimtrace.report.ReportData.OutletRow;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link ReportData} as one self-contained HTML page ({@code report/index.html}): inline CSS,
 * inline SVG charts, no scripts, no fonts, no network.
 *
 * <p>Everything that comes from the data (article text, outlets, URLs, signals, reasons, even the run
 * id) is treated as hostile: it is HTML-escaped for text and quoted attributes alike, links are kept
 * only for {@code http}/{@code https} URLs, and the page carries a Content-Security-Policy that allows
 * no script at all, so a missed escape would still stay inert. The output depends only on the data:
 * maps are written in a fixed order and numbers in {@link Locale#ROOT}. Stateless and thread-safe.
 */
public final class HtmlReport {
  /** The policy of the page: nothing loads, nothing runs; inline styles and data: images only. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  /** From this risk on a cluster is shown as high risk (red). */
  static final double HIGH_RISK = 0.7;
  /** From this risk on a cluster is shown as medium risk (amber). */
  static final double MEDIUM_RISK = 0.4;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TICK_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TICK_HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  private static final List<String> TABLE_ORDER = List.of("articles", "rejects", "entities", "claims",
      "claim_clusters", "outlets");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%$€£-]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}]");
  /** Variants listed per cluster; the rest are counted. */
  static final int MAX_VARIANTS = 40;
  /** Outlet rows per timeline; later outlets share one last row. */
  static final int MAX_TIMELINE_ROWS = 25;
  /** Not worth marking as a change between variants. */
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "to", "of", "by", "in", "on", "for", "and",
      "or", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "with", "as", "at", "from",
      "its", "it", "their", "now", "new");
  private static final Pattern SIGNAL_CODE = Pattern.compile("[a-z0-9]+(?:[_-][a-z0-9]+)*");

  private HtmlReport() {}

  /** The page for {@code data}; null fields render as empty. */
  public static String render(ReportData data) {
    StringBuilder h = new StringBuilder(64 * 1024);
    String runId = nz(data.runId());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>claimtrace report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>claimtrace report</h1><p class=\"sub\">Repeated and possibly fabricated claims in AI news")
        .append(" &middot; run <code>").append(esc(runId)).append("</code>");
    if (data.generatedAt() != null) {
      h.append(" &middot; made ").append(esc(MINUTE.format(data.generatedAt())));
    }
    h.append("</p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#clusters\">Riskiest claims</a>")
        .append("<a href=\"#outlets\">Outlets</a><a href=\"#rejects\">Rejected inputs</a></nav></header>\n<main>\n");
    summary(h, data);
    clusters(h, list(data.clusters()));
    outlets(h, list(data.outlets()));
    rejects(h, data.rejectsByReason());
    h.append("</main>\n<footer>Made by claimtrace. Risk scores are evidence to check, not verdicts: read the signals")
        .append(" and the sources before you conclude anything.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  // ---------------------------------------------------------------- sections

  private static void summary(StringBuilder h, ReportData data) {
    h.append("<section id=\"summary\"><h2>Run summary</h2>\n<div class=\"cards\">");
    Map<String, Long> totals = ordered(data.totals(), List.of());
    Map<String, Long> tables = ordered(data.tableCounts(), TABLE_ORDER);
    if (totals.isEmpty()) {
      for (String t : List.of("articles", "claims", "claim_clusters")) {
        if (tables.containsKey(t)) {
          card(h, label(t), tables.get(t));
        }
      }
    }
    for (Map.Entry<String, Long> e : totals.entrySet()) {
      card(h, label(e.getKey()), e.getValue());
    }
    h.append("</div>\n<div class=\"two\"><div><h3>Rows per table</h3>");
    if (tables.isEmpty()) {
      h.append("<p class=\"muted\">No table counts recorded.</p>");
    } else {
      h.append("<table class=\"num\"><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>");
      for (Map.Entry<String, Long> e : tables.entrySet()) {
        h.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td>").append(count(e.getValue()))
            .append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    h.append("</div><div><h3>Inputs</h3>");
    List<String> inputs = list(data.inputs());
    if (inputs.isEmpty()) {
      h.append("<p class=\"muted\">No inputs recorded.</p>");
    } else {
      h.append("<ul class=\"inputs\">");
      for (String in : inputs) {
        h.append("<li><code>").append(esc(in)).append("</code></li>");
      }
      h.append("</ul>");
    }
    h.append("</div></div></section>\n");
  }

  private static void card(StringBuilder h, String label, Long value) {
    h.append("<div class=\"card\"><div class=\"big\">").append(count(value)).append("</div><div>").append(esc(label))
        .append("</div></div>");
  }

  private static void clusters(StringBuilder h, List<ClusterView> clusters) {
    h.append("<section id=\"clusters\"><h2>Riskiest repeated claims</h2>\n");
    if (clusters.isEmpty()) {
      h.append("<p class=\"empty\">No repeated claims to show in this run.</p></section>\n");
      return;
    }
    h.append("<p class=\"muted\">Claims repeated across outlets, the most likely to be fabricated or unsupported first.")
        .append(" Words a variant does not share with the representative claim are <mark>marked</mark>.</p>\n");
    int n = 0;
    for (ClusterView c : clusters) {
      cluster(h, c, ++n);
    }
    h.append("</section>\n");
  }

  private static void cluster(StringBuilder h, ClusterView c, int n) {
    String anchor = "c" + n;
    h.append("<article class=\"cluster\" id=\"").append(anchor).append("\">\n<div class=\"head\"><span class=\"rank\">#")
        .append(n).append("</span><blockquote class=\"").append(level(c.fabricationRisk())).append("\">")
        .append(esc(c.representative())).append("</blockquote></div>\n");
    h.append("<div class=\"facts\">");
    riskBar(h, c.fabricationRisk());
    h.append("<dl><dt>First seen</dt><dd>").append(esc(nz(c.firstOutlet())))
        .append(c.firstSeenAt() == null ? "" : ", " + esc(MINUTE.format(c.firstSeenAt()))).append("</dd>")
        .append("<dt>Repeated</dt><dd>").append(count(c.size())).append(c.size() == 1 ? " claim" : " claims")
        .append(" in ").append(count(c.nOutlets())).append(c.nOutlets() == 1 ? " outlet" : " outlets").append("</dd>")
        .append("<dt>Cluster</dt><dd><code>").append(esc(c.clusterId())).append("</code></dd></dl></div>\n");

    List<String> signals = list(c.riskSignals());
    h.append("<h3>Why it is flagged</h3>");
    if (signals.isEmpty()) {
      h.append("<p class=\"muted\">No risk signal fired.</p>");
    } else {
      h.append("<ul class=\"signals\">");
      for (String s : signals) {
        h.append("<li>").append(esc(sentence(s))).append("</li>");
      }
      h.append("</ul>");
    }
    List<MemberView> members = sortedMembers(list(c.members()));
    h.append("\n<h3>How it spread</h3>");
    timeline(h, members);
    h.append("\n<h3>The variants side by side</h3>");
    variants(h, members, c.representative());
    h.append("</article>\n");
  }

  private static void riskBar(StringBuilder h, double risk) {
    double r = Double.isNaN(risk) ? 0 : Math.max(0, Math.min(1, risk));
    String level = level(r);
    String color = r >= HIGH_RISK ? "#c62828" : r >= MEDIUM_RISK ? "#ef8f00" : "#2e7d32";
    int w = 240;
    long filled = Math.round(r * w);
    h.append("<div class=\"risk\"><div class=\"risklabel\">Fabrication risk <strong>").append(fixed(r, 2))
        .append("</strong> <span class=\"level ").append(level).append("\">").append(level).append("</span></div>")
        .append("<svg class=\"bar\" width=\"").append(w).append("\" height=\"14\" viewBox=\"0 0 ").append(w)
        .append(" 14\" role=\"img\" aria-label=\"fabrication risk ").append(fixed(r, 2)).append(" of 1\">")
        .append("<rect width=\"").append(w).append("\" height=\"14\" rx=\"3\" fill=\"#e6e8eb\"/>")
        .append("<rect width=\"").append(filled).append("\" height=\"14\" rx=\"3\" fill=\"").append(color).append("\"/>")
        .append("<line x1=\"").append(Math.round(HIGH_RISK * w)).append("\" x2=\"").append(Math.round(HIGH_RISK * w))
        .append("\" y1=\"0\" y2=\"14\" stroke=\"#fff\" stroke-width=\"1\"/>")
        .append("</svg><div class=\"scale\"><span>0</span><span>1</span></div></div>");
  }

  /** Members as points by publication time, one row per outlet (outlets in order of first appearance). */
  private static void timeline(StringBuilder h, List<MemberView> members) {
    List<MemberView> dated = members.stream().filter(m -> m.publishedAt() != null).toList();
    long undated = members.size() - dated.size();
    if (dated.isEmpty()) {
      h.append("<p class=\"muted\">No member has a publication time, so there is no timeline.</p>");
      return;
    }
    Map<String, Integer> rows = new LinkedHashMap<>();
    Set<String> outlets = new java.util.LinkedHashSet<>();
    dated.forEach(m -> outlets.add(nz(m.outlet())));
    String others = (outlets.size() - MAX_TIMELINE_ROWS + 1) + " other outlets";
    for (String o : outlets) {
      rows.put(o, Math.min(rows.size(), MAX_TIMELINE_ROWS - 1));
    }
    Map<Integer, String> labels = new TreeMap<>();
    rows.forEach((o, row) -> labels.put(row, outlets.size() > MAX_TIMELINE_ROWS && row == MAX_TIMELINE_ROWS - 1
        ? others : o));
    Instant min = dated.get(0).publishedAt();
    Instant max = dated.get(dated.size() - 1).publishedAt();
    long span = Duration.between(min, max).getSeconds();
    if (span < 3600) { // one point or a burst: show an hour either side
      min = min.minusSeconds(1800);
      max = max.plusSeconds(1800);
      span = Duration.between(min, max).getSeconds();
    }
    int labelW = 170;
    int plotW = 800;
    int rowH = 24;
    int top = 10;
    int height = top + labels.size() * rowH + 30;
    int width = labelW + plotW + 20;
    h.append("<svg class=\"timeline\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"spread timeline: ").append(dated.size()).append(" dated claims in ")
        .append(outlets.size()).append(" outlets\">");
    int axisY = top + labels.size() * rowH + 4;
    for (Map.Entry<Integer, String> row : labels.entrySet()) {
      int y = top + row.getKey() * rowH + rowH / 2;
      if (row.getKey() % 2 == 0) {
        h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y - rowH / 2).append("\" width=\"").append(plotW)
            .append("\" height=\"").append(rowH).append("\" fill=\"#f4f6f8\"/>");
      }
      h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 4)
          .append("\" text-anchor=\"end\" class=\"ol\">").append(esc(ellipsis(row.getValue(), 24))).append("</text>");
    }
    h.append("<line x1=\"").append(labelW).append("\" x2=\"").append(labelW + plotW).append("\" y1=\"").append(axisY)
        .append("\" y2=\"").append(axisY).append("\" stroke=\"#9aa3ad\"/>");
    DateTimeFormatter tickFormat = span >= 8 * 86400 ? TICK_DAY : TICK_HOUR;
    for (int i = 0; i <= 4; i++) {
      Instant t = min.plusSeconds(span * i / 4);
      int x = labelW + plotW * i / 4;
      h.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(axisY).append("\" y2=\"")
          .append(axisY + 4).append("\" stroke=\"#9aa3ad\"/><text x=\"").append(x).append("\" y=\"").append(axisY + 17)
          .append("\" text-anchor=\"").append(i == 0 ? "start" : i == 4 ? "end" : "middle").append("\" class=\"tick\">")
          .append(esc(tickFormat.format(t))).append("</text>");
    }
    boolean first = true;
    for (MemberView m : dated) {
      double f = (double) Duration.between(min, m.publishedAt()).getSeconds() / span;
      long x = labelW + Math.round(f * plotW);
      int y = top + rows.get(nz(m.outlet())) * rowH + rowH / 2;
      boolean artefacts = !list(m.llmArtifacts()).isEmpty();
      h.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"").append(first ? 7 : 5)
          .append("\" fill=\"").append(first ? "#c62828" : artefacts ? "#7b1fa2" : "#1565c0")
          .append("\" fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"1.5\"><title>")
          .append(esc(nz(m.outlet()) + ", " + MINUTE.format(m.publishedAt()) + (first ? " (first)" : "")))
          .append("</title></circle>");
      first = false;
    }
    h.append("</svg><p class=\"legend\"><span class=\"dot first\"></span>first report <span class=\"dot\"></span>repeat")
        .append(" <span class=\"dot art\"></span>repeat with LLM artefacts");
    if (undated > 0) {
      h.append(" &middot; ").append(count(undated)).append(undated == 1 ? " claim has" : " claims have")
          .append(" no publication time and ").append(undated == 1 ? "is" : "are").append(" not shown");
    }
    h.append("</p>");
  }

  private static void variants(StringBuilder h, List<MemberView> members, String representative) {
    if (members.isEmpty()) {
      h.append("<p class=\"muted\">No members recorded.</p>");
      return;
    }
    Set<String> base = words(representative);
    h.append("<table class=\"variants\"><thead><tr><th>outlet</th><th>published</th><th>claim as written</th>")
        .append("<th>attribution</th><th>LLM artefacts</th></tr></thead><tbody>");
    boolean first = true;
    for (MemberView m : members.subList(0, Math.min(members.size(), MAX_VARIANTS))) {
      h.append("<tr").append(first ? " class=\"first\"" : "").append("><td class=\"outlet\">");
      String href = safeHref(m.url());
      if (href != null) {
        h.append("<a href=\"").append(esc(href)).append("\" rel=\"noopener noreferrer nofollow\">")
            .append(esc(nz(m.outlet()))).append("</a>");
      } else {
        h.append(esc(nz(m.outlet())));
      }
      if (first) {
        h.append("<div class=\"tag\">first</div>");
      }
      h.append("</td><td class=\"when\">").append(m.publishedAt() == null ? "unknown" : esc(MINUTE.format(m.publishedAt())))
          .append("</td><td class=\"text\">");
      diffText(h, nz(m.text()), base);
      h.append("</td><td>").append(esc(attribution(m.attributionKind()))).append("</td><td>");
      List<String> art = list(m.llmArtifacts());
      if (art.isEmpty()) {
        h.append("<span class=\"muted\">none</span>");
      } else {
        for (String a : art) {
          h.append("<span class=\"chip\">").append(esc(a)).append("</span> ");
        }
      }
      h.append("</td></tr>");
      first = false;
    }
    if (members.size() > MAX_VARIANTS) {
      h.append("<tr><td colspan=\"5\" class=\"muted\">and ").append(count(members.size() - MAX_VARIANTS))
          .append(" more (all members are in the <code>claims</code> table under this cluster id)</td></tr>");
    }
    h.append("</tbody></table>");
  }

  /** Escapes {@code text}, marking the words that are not in {@code base}. */
  private static void diffText(StringBuilder h, String text, Set<String> base) {
    Matcher m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      h.append(esc(text.substring(last, m.start())));
      String w = m.group();
      String lw = w.toLowerCase(Locale.ROOT);
      if (base.isEmpty() || base.contains(lw) || STOP_WORDS.contains(lw)) {
        h.append(esc(w));
      } else {
        h.append("<mark>").append(esc(w)).append("</mark>");
      }
      last = m.end();
    }
    h.append(esc(text.substring(last)));
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(nz(text));
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static void outlets(StringBuilder h, List<OutletRow> outlets) {
    h.append("<section id=\"outlets\"><h2>Outlets</h2>\n");
    if (outlets.isEmpty()) {
      h.append("<p class=\"empty\">No outlets in this run.</p></section>\n");
      return;
    }
    h.append("<p class=\"muted\"><strong>First reports</strong>: repeated claims the outlet published first. <strong>Copy rate</strong>:")
        .append(" share of its articles that copy an earlier article elsewhere. <strong>Artefact rate</strong>: share of its")
        .append(" articles with leftovers of unedited chatbot text. <strong>Risky share</strong>: share of its claims in clusters")
        .append(" with fabrication risk of at least ").append(fixed(MEDIUM_RISK, 1)).append(".</p>\n")
        .append("<table class=\"num outlets\"><thead><tr><th>outlet</th><th>articles</th><th>claims</th>")
        .append("<th>first reports</th><th>copy rate</th><th>artefact rate</th><th>risky share</th></tr></thead><tbody>");
    for (OutletRow o : outlets) {
      h.append("<tr><td>").append(esc(nz(o.outlet()))).append("</td><td>").append(count(o.articles())).append("</td><td>")
          .append(count(o.claims())).append("</td><td>").append(count(o.firstReports())).append("</td>");
      rateCell(h, o.copyRate());
      rateCell(h, o.artifactRate());
      rateCell(h, o.riskyClaimShare());
      h.append("</tr>");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void rateCell(StringBuilder h, double rate) {
    double r = Double.isNaN(rate) ? 0 : Math.max(0, Math.min(1, rate));
    h.append("<td><span class=\"rate\"><svg width=\"48\" height=\"8\" viewBox=\"0 0 48 8\" aria-hidden=\"true\">")
        .append("<rect width=\"48\" height=\"8\" rx=\"2\" fill=\"#e6e8eb\"/><rect width=\"").append(Math.round(r * 48))
        .append("\" height=\"8\" rx=\"2\" fill=\"#5c6bc0\"/></svg>").append(percent(rate)).append("</span></td>");
  }

  private static void rejects(StringBuilder h, Map<String, Map<String, Long>> byStage) {
    h.append("<section id=\"rejects\"><h2>Rejected inputs</h2>\n");
    Map<String, Map<String, Long>> stages = byStage == null ? Map.of() : new TreeMap<>(stageOrder());
    if (byStage != null) {
      byStage.forEach((k, v) -> stages.put(nz(k), v));
    }
    long total = stages.values().stream().filter(v -> v != null).flatMap(v -> v.values().stream())
        .mapToLong(HtmlReport::zl).sum();
    if (total == 0) {
      h.append("<p class=\"empty\">Nothing was rejected.</p></section>\n");
      return;
    }
    h.append("<p class=\"muted\">Every input record that could not be used, by stage and reason (")
        .append(count(total)).append(" in all). The <code>rejects</code> table has each one with its source.</p>\n")
        .append("<div class=\"stages\">");
    for (Map.Entry<String, Map<String, Long>> stage : stages.entrySet()) {
      Map<String, Long> reasons = stage.getValue() == null ? Map.of() : stage.getValue();
      List<Map.Entry<String, Long>> rows = new ArrayList<>(reasons.entrySet());
      rows.sort(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -zl(e.getValue()))
          .thenComparing(e -> nz(e.getKey())));
      long max = rows.stream().mapToLong(e -> zl(e.getValue())).max().orElse(1);
      h.append("<div><h3>").append(esc(stage.getKey())).append("</h3><table class=\"num rejects\"><thead><tr>")
          .append("<th>reason</th><th>rows</th><th></th></tr></thead><tbody>");
      for (Map.Entry<String, Long> r : rows) {
        long w = max == 0 ? 0 : Math.round(160.0 * zl(r.getValue()) / max);
        h.append("<tr><td><code>").append(esc(nz(r.getKey()))).append("</code></td><td>").append(count(r.getValue()))
            .append("</td><td><svg width=\"160\" height=\"10\" viewBox=\"0 0 160 10\" aria-hidden=\"true\"><rect width=\"")
            .append(w).append("\" height=\"10\" rx=\"2\" fill=\"#90a4ae\"/></svg></td></tr>");
      }
      h.append("</tbody></table></div>");
    }
    h.append("</div></section>\n");
  }

  // ---------------------------------------------------------------- text helpers

  /**
   * HTML-escapes {@code s} for element text and double- or single-quoted attribute values alike.
   * Control characters other than tab, newline and carriage return, and unpaired surrogates, become
   * U+FFFD; null becomes the empty string.
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '`' -> "&#96;";
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0)) {
            yield "\uFFFD";
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              yield null;
            }
            yield "\uFFFD";
          }
          if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
            yield "\uFFFD";
          }
          yield null;
        }
      };
      if (rep != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (rep != null) {
          out.append(rep);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** {@code url} if it is an absolute http or https URL with a host, else null (then no link is made). */
  public static String safeHref(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    if (u.isEmpty() || u.chars().anyMatch(ch -> ch < 0x21 || ch == 0x7f)) {
      return null;
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A risk signal as a sentence: a bare code ({@code unknown_org}) becomes words; capital first, full stop last. */
  static String sentence(String signal) {
    String s = nz(signal).strip();
    if (s.isEmpty()) {
      return s;
    }
    if (SIGNAL_CODE.matcher(s).matches()) {
      s = s.replace('_', ' ').replace('-', ' ');
    }
    s = s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1));
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  private static String level(double risk) {
    return risk >= HIGH_RISK ? "high" : risk >= MEDIUM_RISK ? "medium" : "low";
  }

  private static String attribution(String kind) {
    if (kind == null || kind.isBlank()) {
      return "unknown";
    }
    return switch (kind) {
      case "person" -> "a named person";
      case "organization" -> "an organisation";
      case "document" -> "a document";
      case "vague" -> "vague source";
      case "none" -> "none given";
      default -> kind;
    };
  }

  private static String label(String key) {
    String s = nz(key).replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String count(Long n) {
    return n == null ? "&ndash;" : count(n.longValue());
  }

  static String percent(double share) {
    if (Double.isNaN(share)) {
      return "&ndash;";
    }
    double p = share * 100;
    return (p > 0 && p < 0.1 ? "&lt;0.1" : String.format(Locale.ROOT, "%.1f", p)) + "%";
  }

  private static String fixed(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }

  private static String ellipsis(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  private static List<MemberView> sortedMembers(List<MemberView> members) {
    List<MemberView> out = new ArrayList<>(members);
    out.sort(Comparator.comparing(MemberView::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> nz(m.outlet())).thenComparing(m -> nz(m.text())).thenComparing(m -> nz(m.url())));
    return out;
  }

  /** The preferred keys first in that order, then the rest sorted: the same page whatever the map type. */
  private static Map<String, Long> ordered(Map<String, Long> m, List<String> preferred) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (String k : preferred) {
      if (m.containsKey(k)) {
        out.put(k, m.get(k));
      }
    }
    new TreeMap<>(m.entrySet().stream().filter(e -> e.getKey() != null && !out.containsKey(e.getKey()))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> zl(e.getValue())))).forEach(out::put);
    return out;
  }

  private static Comparator<String> stageOrder() {
    List<String> order = List.of("crawl", "ingest", "analyze", "cluster", "score", "report");
    return Comparator.<String>comparingInt(s -> order.indexOf(s) < 0 ? order.size() : order.indexOf(s))
        .thenComparing(Comparator.naturalOrder());
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l.stream().filter(x -> x != null).toList();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static long zl(Long l) {
    return l == null ? 0 : l;
  }

  private static final String CSS = """
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#f6f7f9}
      header{background:#1f2a37;color:#fff;padding:20px 32px 12px}
      header h1{margin:0;font-size:26px;letter-spacing:.2px}
      header .sub{margin:4px 0 10px;color:#c9d1d9}
      header code{color:#fff}
      nav a{color:#9ecbff;margin-right:18px;text-decoration:none;font-weight:600}
      main{max-width:1180px;margin:0 auto;padding:8px 24px 24px}
      section{margin-top:24px}
      h2{font-size:21px;border-bottom:2px solid #d0d7de;padding-bottom:4px;margin:0 0 12px}
      h3{font-size:15px;margin:16px 0 6px;color:#444c56;text-transform:uppercase;letter-spacing:.5px}
      code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
      .muted{color:#656d76}.empty{color:#656d76;font-style:italic;padding:12px;background:#fff;border-radius:6px}
      .cards{display:flex;flex-wrap:wrap;gap:12px}
      .card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:10px 16px;min-width:150px}
      .card .big{font-size:26px;font-weight:700;color:#1f2a37}
      .two{display:grid;grid-template-columns:1fr 1fr;gap:24px}
      table{border-collapse:collapse;background:#fff;width:100%;font-size:14px}
      th,td{border-bottom:1px solid #e1e4e8;padding:6px 10px;text-align:left;vertical-align:top}
      th{background:#eef1f4;font-weight:600;color:#444c56}
      table.num td+td,table.num th+th{text-align:right;white-space:nowrap}
      ul.inputs{margin:0;padding-left:18px}
      .cluster{background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:16px 20px;margin:0 0 20px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
      .cluster .head{display:flex;gap:12px;align-items:flex-start}
      .rank{font-size:20px;font-weight:700;color:#8c959f}
      blockquote{margin:0;font-size:18px;font-weight:600;line-height:1.4;border-left:4px solid #c62828;padding-left:12px}
      blockquote.medium{border-color:#ef8f00}blockquote.low{border-color:#2e7d32}
      .facts{display:flex;flex-wrap:wrap;gap:32px;align-items:flex-start;margin-top:12px}
      .risklabel{margin-bottom:4px}
      .scale{display:flex;justify-content:space-between;width:240px;font-size:11px;color:#8c959f}
      .level{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:700;text-transform:uppercase}
      .level.high{background:#c62828}.level.medium{background:#ef8f00}.level.low{background:#2e7d32}
      dl{display:grid;grid-template-columns:auto auto;gap:2px 12px;margin:0}
      dt{color:#656d76}dd{margin:0}
      ul.signals{margin:0;padding-left:20px}
      ul.signals li{margin:2px 0}
      svg.timeline{display:block;max-width:100%;height:auto;font-size:12px}
      svg .ol{fill:#1f2328}svg .tick{fill:#656d76;font-size:11px}
      .legend{font-size:12px;color:#656d76;margin:2px 0 0}
      .dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:#1565c0;margin:0 4px 0 10px;vertical-align:middle}
      .dot.first{background:#c62828;margin-left:0}.dot.art{background:#7b1fa2}
      table.variants td.text{width:52%}
      table.variants td.when,table.variants td.outlet{white-space:nowrap;color:#444c56}
      table.variants td.outlet{color:inherit}
      table.variants tr.first td{background:#fff5f5}
      .tag{display:inline-block;margin-left:6px;font-size:11px;background:#c62828;color:#fff;border-radius:8px;padding:0 6px}
      mark{background:#fff0a8;padding:0 1px}
      .chip{display:inline-block;background:#f3e5f5;color:#6a1b9a;border-radius:10px;padding:0 8px;font-size:12px;margin:1px 0}
      a{color:#0b5cad}
      .rate{display:inline-flex;gap:6px;align-items:center}
      .stages{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
      footer{max-width:1180px;margin:0 auto;padding:16px 24px 32px;color:#656d76;font-size:13px}
      """;
}
