package io.claimtrace.ingest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.ingest.HtmlArticleExtractor;
import io.claimtrace.ingest.ArticleBuilder;
import io.claimtrace.ingest.IngestConfig;
import io.claimtrace.ingest.InputFormat;
import io.claimtrace.ingest.InputOpener;
import io.claimtrace.ingest.InputReaders;
import io.claimtrace.ingest.InputSplit;
import io.claimtrace.ingest.ReadItem;
import io.claimtrace.model.IngestResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Reproducible quality and speed benchmark of {@link HtmlArticleExtractor} on the Zyte
 * article-extraction-benchmark (181 news pages with hand-made article bodies).
 *
 * <p>It first re-scores the published reference outputs with {@link ArticleBodyScorer}; matching
 * the published figures proves the scorer port, so our own figure is comparable with the
 * benchmark table. The evaluation data is read at run time from the shared folder and never copied
 * into the project, so the extractor cannot be tuned on it by accident.
 *
 * <p>Usage: {@code ExtractionBenchmark [zytePath] [--worst N]}. Exit code 0 on success, 2 when the
 * benchmark folder is missing or incomplete, 1 when the scorer check fails.
 */
public final class ExtractionBenchmark {

  /** Default location relative to the project directory. */
  public static final String DEFAULT_PATH = "../shared/eval/zyte-article-extraction-benchmark";

  /** Published point values (F1, P, R, accuracy), copied from the table in the benchmark's PROVENANCE.md. */
  static final Map<String, double[]> PUBLISHED = new LinkedHashMap<>();

  static {
    PUBLISHED.put("AutoExtract", new double[] {0.970, 0.984, 0.956, 0.470});
    PUBLISHED.put("Diffbot", new double[] {0.951, 0.958, 0.944, 0.348});
    PUBLISHED.put("trafilatura", new double[] {0.958, 0.938, 0.978, 0.293});
    PUBLISHED.put("newspaper", new double[] {0.949, 0.964, 0.934, 0.326});
    PUBLISHED.put("readability_js", new double[] {0.947, 0.914, 0.982, 0.166});
    PUBLISHED.put("readability", new double[] {0.922, 0.913, 0.931, 0.315});
    PUBLISHED.put("goose3", new double[] {0.896, 0.940, 0.856, 0.232});
    PUBLISHED.put("boilerpipe", new double[] {0.860, 0.850, 0.870, 0.006});
    PUBLISHED.put("justext", new double[] {0.804, 0.858, 0.756, 0.088});
    PUBLISHED.put("html-text", new double[] {0.665, 0.500, 0.994, 0.000});
  }

  /** Tolerance for the scorer check against published point values. */
  public static final double TOLERANCE = 0.005;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionBenchmark() {
  }

  public static void main(String[] args) {
    int rc;
    try {
      rc = run(args);
    } catch (IOException e) {
      System.err.println("bench-extract: I/O error: " + e.getMessage());
      rc = 2;
    }
    System.exit(rc);
  }

  /** Ground truth: id to {articleBody, url}, in file order. */
  public record Truth(String articleBody, String url) {
  }

  /**
   * Runs the benchmark with {@code [zytePath] [--worst N]}, printing to stdout/stderr; returns the
   * process exit code (0 ok, 1 scorer check failed, 2 data missing) so a CLI can pass it on.
   */
  public static int run(String[] args) throws IOException {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    String pathArg = DEFAULT_PATH;
    int worst = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--worst") && i + 1 < args.length) {
        worst = Integer.parseInt(args[++i]);
      } else {
        pathArg = args[i];
      }
    }
    Path root = Paths.get(pathArg);
    Path gt = root.resolve("ground-truth.json");
    Path htmlDir = root.resolve("html");
    if (!Files.isDirectory(root) || !Files.isRegularFile(gt) || !Files.isDirectory(htmlDir)) {
      err.println("bench-extract: Zyte benchmark folder not found or incomplete: " + root.toAbsolutePath()
          + " (expected ground-truth.json and html/). Pass its path as the first argument.");
      return 2;
    }
    Map<String, Truth> truth = readTruth(gt);
    Map<String, String> truthBodies = new LinkedHashMap<>();
    truth.forEach((k, v) -> truthBodies.put(k, v.articleBody()));

    // 1. Scorer check against published reference outputs.
    out.println("== Scorer check: reference outputs re-scored vs published (tolerance " + TOLERANCE + ")");
    out.printf(Locale.ROOT, "%-16s %6s %6s  %6s %6s  %6s %6s  %6s %6s  %s%n", "system", "F1", "pub", "P", "pub",
        "R", "pub", "acc", "pub", "check");
    boolean allOk = true;
    Path refDir = root.resolve("reference-outputs");
    for (Map.Entry<String, double[]> e : PUBLISHED.entrySet()) {
      Path ref = refDir.resolve(e.getKey() + ".json.gz");
      if (!Files.isRegularFile(ref)) {
        out.printf(Locale.ROOT, "%-16s (missing %s)%n", e.getKey(), ref.getFileName());
        continue;
      }
      ArticleBodyScorer.CorpusScore s = ArticleBodyScorer.scoreCorpus(truthBodies, readReference(ref));
      double[] pub = e.getValue();
      boolean ok = Math.abs(s.f1() - pub[0]) <= TOLERANCE && Math.abs(s.precision() - pub[1]) <= TOLERANCE
          && Math.abs(s.recall() - pub[2]) <= TOLERANCE && Math.abs(s.accuracy() - pub[3]) <= TOLERANCE;
      allOk &= ok;
      out.printf(Locale.ROOT, "%-16s %6.3f %6.3f  %6.3f %6.3f  %6.3f %6.3f  %6.3f %6.3f  %s%n", e.getKey(),
          s.f1(), pub[0], s.precision(), pub[1], s.recall(), pub[2], s.accuracy(), pub[3], ok ? "OK" : "MISMATCH");
    }

    // 2. Our extraction, through the normal ingest path: each html/<id>.html.gz file is read by
    // the ingest file reader (gzip, byte cap, charset detection) and turned into an article by
    // ArticleBuilder (extraction, text cap, minimum-text rule), exactly as `ingest` does per file.
    // A page rejected as no_text counts as an empty prediction.
    Map<String, String> html = readHtml(htmlDir, truth.keySet());
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    IngestConfig config = IngestConfig.defaults();
    ArticleBuilder builder = new ArticleBuilder(config);
    Map<String, String> predictions = new LinkedHashMap<>();
    List<Object[]> perDoc = new ArrayList<>();
    int rejected = 0;
    for (String id : html.keySet()) {
      String text = ingestText(htmlDir.resolve(id + ".html.gz"), builder, config);
      if (text == null) {
        rejected++;
        text = "";
      }
      predictions.put(id, text);
      ArticleBodyScorer.DocScore d = ArticleBodyScorer.score(truthBodies.get(id), text);
      perDoc.add(new Object[] {id, d});
    }
    ArticleBodyScorer.CorpusScore ours = ArticleBodyScorer.scoreCorpus(truthBodies, predictions);
    out.println();
    out.println("== claimtrace ingest path (InputReaders + ArticleBuilder) on " + html.size() + " pages, "
        + rejected + " rejected");
    out.printf(Locale.ROOT, "F1 %.3f   precision %.3f   recall %.3f   accuracy %.3f%n", ours.f1(), ours.precision(),
        ours.recall(), ours.accuracy());
    out.println("title accuracy: skipped (ground truth has only articleBody and url, no title)");
    if (worst > 0) {
      perDoc.sort((a, b) -> Double.compare(f1((ArticleBodyScorer.DocScore) a[1]), f1((ArticleBodyScorer.DocScore) b[1])));
      out.println("-- worst " + worst + " documents (F1 P R id url)");
      for (int i = 0; i < Math.min(worst, perDoc.size()); i++) {
        ArticleBodyScorer.DocScore d = (ArticleBodyScorer.DocScore) perDoc.get(i)[1];
        String id = (String) perDoc.get(i)[0];
        out.printf(Locale.ROOT, "%.3f %.3f %.3f %s %s%n", f1(d), d.precision(), d.recall(), id.substring(0, 12),
            truth.get(id).url());
      }
    }

    // 3. Speed, single-threaded, all pages in memory.
    List<String> pages = new ArrayList<>(html.values());
    long bytes = 0;
    for (String p : pages) {
      bytes += p.length();
    }
    int warmups = 3;
    int passes = 5;
    List<Path> files = new ArrayList<>();
    html.keySet().forEach(id -> files.add(htmlDir.resolve(id + ".html.gz")));
    double ingestRate = rate(files, warmups, passes, f -> {
      String t = ingestText(f, builder, config);
      return t == null ? 0 : t.length();
    });
    double oursRate = rate(pages, warmups, passes, p -> extractor.extract(p, null).text().length());
    double jsoupRate = rate(pages, warmups, passes, p -> Jsoup.parse(p).text().length());
    out.println();
    out.printf(Locale.ROOT, "== Speed (single thread, %d pages, %.1f MB chars, %d warm-up + best of %d passes)%n",
        pages.size(), bytes / 1e6, warmups, passes);
    out.printf(Locale.ROOT, "ingest path per file   %8.1f pages/s  (gunzip, decode, extract, language, LLM rules)%n", ingestRate);
    out.printf(Locale.ROOT, "HtmlArticleExtractor   %8.1f pages/s%n", oursRate);
    out.printf(Locale.ROOT, "Jsoup.parse().text()   %8.1f pages/s%n", jsoupRate);
    out.printf(Locale.ROOT, "ratio extractor / jsoup %7.2f%n", oursRate / jsoupRate);
    out.printf(Locale.ROOT, "ratio ingest / jsoup    %7.2f%n", ingestRate / jsoupRate);
    if (!allOk) {
      err.println("bench-extract: scorer check FAILED: recomputed reference figures differ from published ones");
      return 1;
    }
    return 0;
  }

  private static double f1(ArticleBodyScorer.DocScore d) {
    double p = d.precision();
    double r = d.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private interface PageTask<T> {
    int apply(T page);
  }

  private static <T> double rate(List<T> pages, int warmups, int passes, PageTask<T> task) {
    long sink = 0;
    for (int w = 0; w < warmups; w++) {
      for (T p : pages) {
        sink += task.apply(p);
      }
    }
    double best = 0;
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      for (T p : pages) {
        sink += task.apply(p);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      best = Math.max(best, pages.size() / secs);
    }
    if (sink == 42) {
      System.err.print(""); // keeps the work observable to the JIT
    }
    return best;
  }

  /** Reads {@code ground-truth.json}. */
  public static Map<String, Truth> readTruth(Path gt) throws IOException {
    JsonNode rootNode = JSON.readTree(Files.readAllBytes(gt));
    Map<String, Truth> truth = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : rootNode.properties()) {
      truth.put(e.getKey(), new Truth(e.getValue().path("articleBody").asText(""), e.getValue().path("url").asText(null)));
    }
    return truth;
  }

  /** Reads a reference output in either the plain or the wrapped ({@code {"output": ...}}) format. */
  public static Map<String, String> readReference(Path gz) throws IOException {
    JsonNode rootNode;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      rootNode = JSON.readTree(in);
    }
    if (rootNode.has("output") && rootNode.get("output").isObject()) {
      rootNode = rootNode.get("output");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : rootNode.properties()) {
      JsonNode body = e.getValue().get("articleBody");
      out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText(""));
    }
    return out;
  }

  /** The text `ingest` would store for one file, or null when ingest rejects it. */
  static String ingestText(Path file, ArticleBuilder builder, IngestConfig config) {
    try {
      InputSplit split = InputSplit.whole(file.toString(), InputFormat.HTML, Files.size(file));
      java.util.Iterator<ReadItem> items = InputReaders.read(split, InputOpener.local(), config);
      ReadItem item = items.next();
      if (item.document() == null) {
        return null;
      }
      IngestResult r = builder.build(item.document());
      return r.isArticle() ? r.article().text() : null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads and decompresses {@code html/<id>.html.gz} for the given ids (UTF-8, as the README states). */
  public static Map<String, String> readHtml(Path htmlDir, Iterable<String> ids) throws IOException {
    Map<String, String> html = new TreeMap<>();
    for (String id : ids) {
      Path f = htmlDir.resolve(id + ".html.gz");
      if (!Files.isRegularFile(f)) {
        continue;
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        html.put(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return html;
  }
}
