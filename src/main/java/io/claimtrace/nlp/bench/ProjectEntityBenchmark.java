package io.claimtrace.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.model.Article;
import io.claimtrace.model.Ids;
import io.claimtrace.nlp.AnalyzeConfig;
import io.claimtrace.nlp.AnalyzedSentence;
import io.claimtrace.nlp.ArticleAnalyzer;
import io.claimtrace.nlp.Entity;
import io.claimtrace.nlp.EntityRecognizer;
import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.NlpPipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entities of the project's annotated AI-news set ({@code ai-news-*.jsonl}) against the
 * recognizer {@code analyze} runs, scored by exact character span and type ({@link EntitySpanScorer}).
 *
 * <p>Document mode, as {@code analyze} sees an article: the recognizer settles the types of repeated
 * names over a whole article ({@link EntityRecognizer#findInArticle}), so the rows of one {@code doc}
 * are joined, in file order, as paragraphs ({@code "\n\n"}, the ingest stage's separator) into one
 * article text and run through {@link ArticleAnalyzer} itself; gold offsets are shifted by each row's
 * place in that text. Headline and byline rows become paragraphs too, where ingest would put them in
 * {@code title}/{@code byline}: every annotated row is scored. A second figure runs
 * {@link EntityRecognizer#find} on each row's sentences alone (sentence mode, what the claim figures
 * of {@link ClaimBenchmark} use).
 *
 * <p>Measurement only: nothing here is trained or tuned. Not thread-safe (holds an
 * {@link ArticleAnalyzer}).
 */
public final class ProjectEntityBenchmark {
  /** The types the annotation guidelines use (README of the set, {@code check.py}), in report order. */
  public static final List<String> ANNOTATED = List.of(Entity.PERSON, Entity.ORG, Entity.LOC, Entity.PRODUCT,
      Entity.MONEY, Entity.PERCENT, Entity.DATE);
  public static final List<String> PER_ORG_LOC = List.of(Entity.PERSON, Entity.ORG, Entity.LOC);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleAnalyzer analyzer;
  private final EntityRecognizer recognizer;
  private final NlpPipeline nlp = new NlpPipeline();

  public ProjectEntityBenchmark(KnowledgeBase kb) {
    this.analyzer = new ArticleAnalyzer(kb, AnalyzeConfig.defaults());
    this.recognizer = new EntityRecognizer(kb);
  }

  /** Scores of one split file in both modes, and up to {@code errors} mistakes of document mode. */
  public record Result(int rows, int docs, EntitySpanScorer document, EntitySpanScorer sentence, List<String> errors,
      int rejects) {}

  private record Row(String id, String text, int offset) {}

  public Result evaluate(Path file, int errors) throws IOException {
    return evaluate(file, errors, true);
  }

  /** As {@link #evaluate(Path, int)}; without {@code sentenceMode} the per-row recognizer pass is skipped. */
  Result evaluate(Path file, int errors, boolean sentenceMode) throws IOException {
    Map<String, List<JsonNode>> docs = new LinkedHashMap<>();
    int rows = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode r = JSON.readTree(line);
        docs.computeIfAbsent(r.path("doc").asText(r.path("id").asText()), k -> new ArrayList<>()).add(r);
        rows++;
      }
    }
    EntitySpanScorer document = new EntitySpanScorer(ANNOTATED);
    EntitySpanScorer sentence = new EntitySpanScorer(ANNOTATED);
    List<String> errs = new ArrayList<>();
    int rejects = 0;
    for (Map.Entry<String, List<JsonNode>> d : docs.entrySet()) {
      StringBuilder text = new StringBuilder();
      List<Row> parts = new ArrayList<>();
      List<EntitySpanScorer.Span> docGold = new ArrayList<>();
      for (JsonNode r : d.getValue()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int offset = text.length();
        String t = r.path("text").asText();
        text.append(t);
        List<EntitySpanScorer.Span> gold = new ArrayList<>();
        for (JsonNode e : r.path("entities")) {
          EntitySpanScorer.Span g = new EntitySpanScorer.Span(e.path("start").asInt(), e.path("end").asInt(),
              e.path("type").asText());
          gold.add(g);
          docGold.add(new EntitySpanScorer.Span(offset + g.start(), offset + g.end(), g.type()));
        }
        parts.add(new Row(r.path("id").asText(), t, offset));
        if (sentenceMode) {
          List<EntitySpanScorer.Span> found = new ArrayList<>();
          for (AnalyzedSentence s : nlp.split(t)) {
            recognizer.find(s).forEach(e -> found.add(span(e)));
          }
          sentence.add(gold, found);
        }
      }
      ArticleAnalyzer.Result res = analyzer.analyze(article(d.getKey(), text.toString()));
      rejects += res.rejects().size();
      List<EntitySpanScorer.Span> predicted = new ArrayList<>();
      res.entities().forEach(e -> predicted.add(span(e)));
      document.add(docGold, predicted);
      if (errs.size() < errors) {
        listErrors(parts, docGold, predicted, res.entities(), errs, errors);
      }
    }
    return new Result(rows, docs.size(), document, sentence, errs, rejects);
  }

  /** A minimal English article holding the given text, as ingest would hand it to analyze. */
  static Article article(String doc, String text) {
    return new Article(Ids.sha256Hex("ai-news:" + doc, 32), "ai-news:" + doc, null, null, null, null, null, "eng",
        text, List.of(), List.of(), List.of(), "jsonl", null, false, null, Ids.sha256Hex(text, 32), List.of());
  }

  private static EntitySpanScorer.Span span(Entity e) {
    return new EntitySpanScorer.Span(e.start(), e.end(), e.type());
  }

  /** Missed gold ("-") and spurious predicted ("+") mentions, with the row id and row offsets. */
  private static void listErrors(List<Row> parts, List<EntitySpanScorer.Span> gold,
      List<EntitySpanScorer.Span> predicted, List<Entity> entities, List<String> out, int max) {
    Set<EntitySpanScorer.Span> p = new HashSet<>(predicted);
    Set<EntitySpanScorer.Span> g = new HashSet<>(gold);
    for (EntitySpanScorer.Span s : gold) {
      if (!p.contains(s) && out.size() < max) {
        out.add(describe("-", s, parts, null));
      }
    }
    for (Entity e : entities) {
      EntitySpanScorer.Span s = span(e);
      if (!g.contains(s) && out.size() < max) {
        out.add(describe("+", s, parts, e.method()));
      }
    }
  }

  private static String describe(String sign, EntitySpanScorer.Span s, List<Row> parts, String method) {
    Row row = parts.get(0);
    for (Row r : parts) {
      if (r.offset() <= s.start()) {
        row = r;
      }
    }
    int a = s.start() - row.offset();
    int b = Math.min(row.text().length(), s.end() - row.offset());
    return String.format(Locale.ROOT, "%s %-8s %-32s %s%s", sign, s.type(), "\"" + row.text().substring(a, b) + "\"",
        row.id(), method == null ? "" : " (" + method + ")");
  }

  /**
   * Prints the full table of {@code file}'s split and one line per other split file, and records
   * the figures in {@code results} under {@code project.<split>.entities.}.
   */
  public void report(Path file, String split, List<Path> others, PrintStream out, int errors,
      Map<String, Double> results) throws IOException {
    Result r = evaluate(file, errors);
    out.println(String.format(Locale.ROOT,
        "  [entities: exact span = same type and same character offsets; document mode as analyze runs it: %d rows "
            + "in %d docs, each doc's rows joined as paragraphs into one article, offsets mapped back]",
        r.rows(), r.docs()));
    Map<String, List<String>> subsets = Map.of("PER/ORG/LOC", PER_ORG_LOC);
    out.print(r.document().table(subsets));
    out.println(String.format(Locale.ROOT,
        "  sentence mode (find() per row, no article context; what the claim figures above use): micro F1 %.3f, "
            + "PER/ORG/LOC %.3f", r.sentence().microF1(), r.sentence().microF1(PER_ORG_LOC)));
    if (r.rejects() > 0) {
      out.println("  analyze rejected or cut " + r.rejects() + " of the docs (see ArticleAnalyzer)");
    }
    Map<String, Integer> unscored = r.document().unscored();
    if (!unscored.isEmpty()) {
      out.println("  recognizer types the gold set never annotates, not scored (predicted mentions): "
          + new TreeMap<>(unscored)
          + "; the set's guidelines annotate numbers and counts as `quantities`, not as entities");
    }
    if (!r.document().typeConfusions().isEmpty()) {
      out.println("  right span, other type (gold->predicted): "
          + new TreeMap<>(r.document().typeConfusions()));
    }
    List<String> never = r.document().neverPredicted();
    if (!never.isEmpty()) {
      out.println("  gold types the recognizer never emitted here (recall 0): " + never);
    }
    r.errors().forEach(e -> out.println("    " + e));
    put(results, "project." + split + ".entities.", r.document());
    for (Path other : others) {
      String name = other.getFileName().toString().replace("ai-news-", "").replace(".jsonl", "");
      Result o = evaluate(other, 0, false); // document mode only: its line reports nothing else
      EntitySpanScorer s = o.document();
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "  %s split (%d rows, document mode): micro F1 %.3f, PER/ORG/LOC %.3f; per type F1", name, o.rows(),
          s.microF1(), s.microF1(PER_ORG_LOC)));
      for (String t : s.types()) {
        b.append(String.format(Locale.ROOT, " %s %.3f", t, s.f1(t)));
      }
      out.println(b);
      put(results, "project." + name + ".entities.", s);
    }
  }

  private static void put(Map<String, Double> results, String prefix, EntitySpanScorer s) {
    for (String t : s.types()) {
      results.put(prefix + t + ".f1", s.f1(t));
      results.put(prefix + t + ".precision", s.precision(t));
      results.put(prefix + t + ".recall", s.recall(t));
    }
    results.put(prefix + "micro.f1", s.microF1());
    results.put(prefix + "perorgloc.f1", s.microF1(PER_ORG_LOC));
  }
}
