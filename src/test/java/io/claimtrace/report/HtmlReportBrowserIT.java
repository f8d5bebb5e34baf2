package io.claimtrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimtrace.report.ReportData.ClusterView;
import io.claimtrace.report.ReportData.MemberView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: Debian's headless Chromium loads the written page from disk, and we
 * read back the DOM after scripts would have run ({@code --dump-dom}), Chromium's console log, and a
 * screenshot ({@code target/report-screenshot.png}).
 *
 * <p>A planted {@code <script>} in article text must stay text: the title unchanged, no element it
 * would have created, no console message at all (our page has no script, so any console line, a CSP
 * violation included, means something tried to run). Two control pages prove the harness would notice:
 * one where the same script runs, one where the CSP blocks it and the console reports it.
 */
class HtmlReportBrowserIT {
  private static final Path CHROMIUM = Path.of(System.getProperty("claimtrace.chromium", "/usr/bin/chromium"));
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final String PLANTED_SCRIPT = "document.title='pwned';var d=document.createElement('div');"
      + "d.id='pwned';document.body.appendChild(d)";

  @TempDir static Path tmp;

  @BeforeAll
  static void needsChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      fail("Cannot run the browser test: no Chromium at " + CHROMIUM + ". .ci/run must install it first"
          + " (Debian: `apt-get install -y chromium`), or set -Dclaimtrace.chromium=/path/to/chromium.");
    }
  }

  @Test
  void plantedScriptStaysText() throws Exception {
    Path page = write("hostile.html", HtmlReport.render(withPlantedScript(ReportFixtures.realistic())));
    Result r = chromium(page, "--dump-dom");
    Document dom = Jsoup.parse(r.stdout);

    assertTrue(r.stdout.contains("&lt;script&gt;" + PLANTED_SCRIPT + "&lt;/script&gt;"),
        "the planted script is in the DOM as escaped text");
    assertTrue(dom.text().contains("<script>" + PLANTED_SCRIPT + "</script>"), "and reads as text");
    assertEquals("claimtrace report", dom.title(), "title unchanged");
    assertNull(dom.getElementById("pwned"), "no element created by the planted script");
    assertEquals(0, dom.select("script").size(), "no script element at all");
    assertEquals(4, dom.select("section").size(), "the page rendered");
    assertEquals(List.of(), consoleLines(r.stderr), "no console messages (errors, CSP violations)");

    Result hostile = chromium(write("hostile-fields.html", HtmlReport.render(ReportFixtures.hostile())), "--dump-dom");
    Document d2 = Jsoup.parse(hostile.stdout);
    assertEquals("claimtrace report", d2.title());
    assertNull(d2.getElementById("pwned"));
    assertEquals(0, d2.select("script, img").size());
    assertEquals(List.of(), consoleLines(hostile.stderr));
  }

  /** Control: without escaping and CSP the same script runs, and the checks above would catch it. */
  @Test
  void harnessNoticesAScriptThatRuns() throws Exception {
    Path page = write("control.html", "<!DOCTYPE html><html><head><title>claimtrace report</title></head><body>"
        + "<p>control</p><script>" + PLANTED_SCRIPT + "</script></body></html>");
    Document dom = Jsoup.parse(chromium(page, "--dump-dom").stdout);
    assertEquals("pwned", dom.title());
    assertNotNull(dom.getElementById("pwned"));
  }

  /** Control: with the report's CSP an unescaped script is blocked, and the console says so. */
  @Test
  void cspBlocksAMissedEscape() throws Exception {
    Path page = write("csp.html", "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
        + HtmlReport.CONTENT_SECURITY_POLICY + "\"><title>claimtrace report</title></head><body><p>csp</p><script>"
        + PLANTED_SCRIPT + "</script></body></html>");
    Result r = chromium(page, "--dump-dom");
    Document dom = Jsoup.parse(r.stdout);
    assertEquals("claimtrace report", dom.title());
    assertNull(dom.getElementById("pwned"));
    assertTrue(consoleLines(r.stderr).stream().anyMatch(l -> l.contains("Content Security Policy")), r.stderr);
  }

  @Test
  void screenshotOfARealisticReport() throws Exception {
    Files.createDirectories(TARGET);
    Path html = TARGET.resolve("report-sample.html");
    Files.writeString(html, HtmlReport.render(ReportFixtures.realistic()), StandardCharsets.UTF_8);
    Path png = TARGET.resolve("report-screenshot.png");
    Files.deleteIfExists(png);
    Result r = chromium(html, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
    assertTrue(Files.isRegularFile(png), "no screenshot; chromium stderr:\n" + r.stderr);
    assertTrue(Files.size(png) > 10 * 1024, "screenshot is only " + Files.size(png) + " bytes");
    assertEquals(List.of(), consoleLines(r.stderr));
  }

  // ------------------------------------------------------------------ helpers

  static ReportData withPlantedScript(ReportData d) {
    List<ClusterView> clusters = new ArrayList<>(d.clusters());
    ClusterView c = clusters.get(0);
    List<MemberView> members = new ArrayList<>(c.members());
    members.add(new MemberView("planted.example", ReportFixtures.t("2026-03-05T18:00:00Z"),
        "Veridian Labs denied 47% of requests.<script>" + PLANTED_SCRIPT + "</script>",
        "javascript:" + PLANTED_SCRIPT, "vague", List.of("<script>" + PLANTED_SCRIPT + "</script>")));
    clusters.set(0, new ClusterView(c.clusterId(), c.representative(), c.size() + 1, c.nOutlets() + 1,
        c.firstSeenAt(), c.firstOutlet(), c.fabricationRisk(), c.riskSignals(), members));
    return new ReportData(d.runId(), d.generatedAt(), d.inputs(), d.tableCounts(), d.rejectsByReason(), clusters,
        d.outlets(), d.totals());
  }

  private static Path write(String name, String html) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }

  /** Chromium's console messages, as logged to stderr with {@code --enable-logging=stderr}. */
  static List<String> consoleLines(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
  }

  record Result(String stdout, String stderr) {}

  /** One headless Chromium run on a file, with a fresh profile and no background networking. */
  static Result chromium(Path page, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in 90 s: " + String.join(" ", cmd) + "\n" + Files.readString(err));
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "chromium failed: " + String.join(" ", cmd) + "\n" + stderr);
    assertFalse(extra.length > 0 && extra[0].equals("--dump-dom") && stdout.isBlank(), "empty DOM dump\n" + stderr);
    return new Result(stdout, stderr);
  }
}
