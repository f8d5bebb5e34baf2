package io.claimtrace.nlp.bench;

import io.claimtrace.nlp.EntityRecognizer;
import io.claimtrace.nlp.HyphenatedWords;
import io.claimtrace.nlp.Entity;
import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.NerModel;
import io.claimtrace.nlp.TypedSpan;
import java.io.BufferedReader;
import java.io.IOException;
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

/**
 * Reproducible quality and speed benchmark of {@link EntityRecognizer} on public English NER test
 * sets: CoNLL-2003 {@code eng.testb} (IOB1), its corrected version CoNLL++ {@code conllpp_test.txt}
 * (BIO2) and the news half of UNER English-PUD (BIO2, {@code sent_id} starting with {@code n}).
 *
 * <p>Why this way: the sets are read at run time from the shared evaluation folder and never copied
 * into the project, so nothing can be trained or tuned on them by accident; the recognizer runs on
 * the gold tokens ({@link EntityRecognizer#findInTokens}), and spans are scored by exact match
 * ({@link NerScorer}, as {@code conlleval}). Only PER, ORG and LOC are scored: the recognizer has no
 * MISC type, so these figures are not comparable with the published four-type CoNLL scores.
 *
 * <p>Usage: {@code NerBenchmark [evalFolder]} (default {@code ../shared/eval}). Exit code 0 on
 * success, 2 when the folder or a file is missing.
 */
public final class NerBenchmark {
  public static final String DEFAULT_PATH = "../shared/eval";
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /**
   * A tokenized sentence with gold tags, and the tokens' character offsets in the sentence text when
   * the set gives the text (UNER's {@code # text} lines), else null.
   */
  public record Sentence(String[] tokens, String[] tags, int doc, int[] starts, int[] ends) {
    public Sentence(String[] tokens, String[] tags, int doc) {
      this(tokens, tags, doc, null, null);
    }
  }

  private NerBenchmark() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark and prints the report to stdout. */
  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path root = Paths.get(args.length > 0 ? args[0] : DEFAULT_PATH);
    Path conll = root.resolve("conll2003-english-test/eng.testb");
    Path conllpp = root.resolve("conll2003-english-test/conllpp_test.txt");
    Path uner = root.resolve("uner-english-pud/en_pud-ud-test.iob2");
    for (Path p : List.of(conll, conllpp, uner)) {
      if (!Files.isRegularFile(p)) {
        err.println("bench-ner: evaluation file not found: " + p.toAbsolutePath().normalize()
            + " (give the shared eval folder as the first argument; default " + DEFAULT_PATH + ")");
        return 2;
      }
    }
    try {
      Map<String, List<Sentence>> sets = new LinkedHashMap<>();
      sets.put("CoNLL-2003 eng.testb (IOB1)", readConll(conll));
      sets.put("CoNLL++ conllpp_test.txt (BIO2)", readConll(conllpp));
      sets.put("UNER English-PUD, news half (BIO2)", readUner(uner, "n"));
      sets.put("UNER English-PUD, wiki half (BIO2; the development set for error analysis, not a target)",
          readUner(uner, "w"));
      long t0 = System.nanoTime();
      NerModel model = NerModel.get();
      EntityRecognizer rec = new EntityRecognizer();
      long setupMs = (System.nanoTime() - t0) / 1_000_000;
      KnowledgeBase kb = rec.kb();
      out.printf(Locale.ROOT, "claimtrace NER benchmark: exact-span P/R/F1 on gold tokens; PER, ORG, LOC only "
          + "(MISC is left out: claimtrace has no MISC type; not comparable with 4-type published scores)%n");
      out.printf(Locale.ROOT, "knowledge base: %d entries %s, versions %s%n", kb.size(), kb.countsByType(),
          kb.versions().values());
      out.printf(Locale.ROOT, "name finder: trained at first use on %d project-authored sentences (%d tokens) in %d ms"
          + " (setup incl. KB load %d ms); the evaluation sets are never trained on%n",
          model.trainingSentences(), model.trainingTokens(), model.trainingMillis(), setupMs);
      for (Map.Entry<String, List<Sentence>> e : sets.entrySet()) {
        NerScorer s = scoreDocuments(rec, e.getValue());
        NerScorer single = score(rec, e.getValue());
        long docs = e.getValue().stream().mapToInt(Sentence::doc).distinct().count();
        out.printf(Locale.ROOT, "%n%s: %d sentences in %d documents; document mode (findInDocument)%n%s",
            e.getKey(), e.getValue().size(), docs, s.table());
        out.printf(Locale.ROOT, "  sentence mode (findInTokens, no document context): micro P %.3f R %.3f F1 %.3f%n",
            single.microPrecision(), single.microRecall(), single.microF1());
      }
      // Speed: single thread, after the warm-up above.
      List<Sentence> all = sets.values().iterator().next();
      long tokens = 0;
      long start = System.nanoTime();
      int rounds = 0;
      while (System.nanoTime() - start < 3_000_000_000L) {
        for (Sentence s : all) {
          rec.findInTokens(s.tokens());
          tokens += s.tokens().length;
        }
        rounds++;
      }
      double secs = (System.nanoTime() - start) / 1e9;
      double tps = tokens / secs;
      out.printf(Locale.ROOT, "%nspeed: %.0f tokens/s single thread (%d passes over CoNLL test); "
          + "%.2f ms for a 600-token (about 500-word) article%n", tps, rounds, 600 / tps * 1000);
      out.printf(Locale.ROOT, "%npublished references on eng.testb (not comparable: trained on CoNLL train, other type sets):%n"
          + "  Apache OpenNLP maxent trained on CoNLL-03, PERSON only      F1 0.887%n"
          + "  Stanford NER (CMM), 4 types                                 F1 0.855%n"
          + "  spaCy RoBERTa (2020), 4 types                               F1 0.916%n"
          + "  UNER v1 XLM-R-large baseline on all of English-PUD          micro-F1 0.801%n"
          + "project targets: PER/ORG/LOC micro-F1 >= 0.70 on CoNLL-2003 test, >= 0.75 on UNER news half%n");
      return 0;
    } catch (IOException e) {
      err.println("bench-ner: I/O error: " + e.getMessage());
      return 2;
    }
  }

  /** Scores the recognizer on sentences (PERSON→PER, ORG→ORG, LOC→LOC; other types ignored). */
  public static NerScorer score(EntityRecognizer rec, List<Sentence> sentences) {
    NerScorer scorer = new NerScorer(TYPES);
    for (Sentence s : sentences) {
      HyphenatedWords.Joined j = joined(rec, s);
      scorer.add(NerScorer.decode(s.tags()), toMentions(toOriginal(j, rec.findInTokens(j.texts()))));
    }
    return scorer;
  }

  /** Scores document by document with {@link EntityRecognizer#findInDocument}. */
  public static NerScorer scoreDocuments(EntityRecognizer rec, List<Sentence> sentences) {
    NerScorer scorer = new NerScorer(TYPES);
    int i = 0;
    while (i < sentences.size()) {
      int j = i + 1;
      while (j < sentences.size() && sentences.get(j).doc() == sentences.get(i).doc()) {
        j++;
      }
      List<Sentence> doc = sentences.subList(i, j);
      List<HyphenatedWords.Joined> joined = new ArrayList<>();
      List<String[]> toks = new ArrayList<>();
      for (Sentence s : doc) {
        HyphenatedWords.Joined js = joined(rec, s);
        joined.add(js);
        toks.add(js.texts());
      }
      List<List<TypedSpan>> found = rec.findInDocument(toks);
      for (int k = 0; k < doc.size(); k++) {
        scorer.add(NerScorer.decode(doc.get(k).tags()), toMentions(toOriginal(joined.get(k), found.get(k))));
      }
      i = j;
    }
    return scorer;
  }

  /**
   * The sentence's tokens as the recognizer sees them in the pipeline: with offsets, the pieces of
   * hyphenated names are joined as {@link EntityRecognizer#find} does; without, the tokens as given.
   */
  private static HyphenatedWords.Joined joined(EntityRecognizer rec, Sentence s) {
    if (s.starts() == null) {
      return HyphenatedWords.none(s.tokens());
    }
    return rec.joinHyphenated(s.tokens(), s.starts(), s.ends());
  }

  private static List<TypedSpan> toOriginal(HyphenatedWords.Joined j, List<TypedSpan> spans) {
    List<TypedSpan> out = new ArrayList<>(spans.size());
    for (TypedSpan t : spans) {
      out.add(j.toOriginal(t));
    }
    return out;
  }

  /** Maps recognizer spans to scored mentions. */
  public static List<NerScorer.Mention> toMentions(List<TypedSpan> spans) {
    List<NerScorer.Mention> out = new ArrayList<>();
    for (TypedSpan t : spans) {
      String type = switch (t.type()) {
        case Entity.PERSON -> "PER";
        case Entity.ORG -> "ORG";
        case Entity.LOC -> "LOC";
        default -> null;
      };
      if (type != null) {
        out.add(new NerScorer.Mention(t.start(), t.end(), type));
      }
    }
    return out;
  }

  /** Reads the CoNLL-2003 layout: {@code TOKEN POS CHUNK NER}, blank lines, -DOCSTART- lines. */
  public static List<Sentence> readConll(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int doc = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          flush(out, toks, tags, doc, null);
          if (line.startsWith("-DOCSTART-")) {
            doc++;
          }
          continue;
        }
        String[] c = line.trim().split("\\s+");
        toks.add(c[0]);
        tags.add(c[c.length - 1]);
      }
    }
    flush(out, toks, tags, doc, null);
    return out;
  }

  /** Reads UNER's CoNLL-U-like file, keeping sentences whose sent_id starts with {@code prefix}. */
  public static List<Sentence> readUner(Path file, String prefix) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean keep = false;
    int doc = 0;
    String text = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          String c = line.substring(1).trim();
          if (c.startsWith("newdoc")) {
            doc++;
          }
          if (c.startsWith("sent_id")) {
            keep = c.substring(c.indexOf('=') + 1).trim().startsWith(prefix);
          }
          if (c.startsWith("text =")) {
            text = c.substring(c.indexOf('=') + 1).trim();
          }
          continue;
        }
        if (line.isBlank()) {
          if (keep) {
            flush(out, toks, tags, doc, text);
          }
          toks.clear();
          tags.clear();
          text = null;
          continue;
        }
        String[] c = line.split("\t");
        toks.add(c[1]);
        tags.add(c[2]);
      }
    }
    if (keep) {
      flush(out, toks, tags, doc, text);
    }
    return out;
  }

  /**
   * Adds a sentence with the offsets of its tokens in {@code text}, found left to right; without a
   * text, or when a token is not found where expected, without offsets (nothing will be joined).
   */
  private static void flush(List<Sentence> out, List<String> toks, List<String> tags, int doc, String text) {
    if (toks.isEmpty()) {
      return;
    }
    int[] st = text == null ? null : new int[toks.size()];
    int[] en = text == null ? null : new int[toks.size()];
    int at = 0;
    for (int i = 0; st != null && i < toks.size(); i++) {
      int k = text.indexOf(toks.get(i), at);
      if (k < 0 || !text.substring(at, k).isBlank()) {
        st = null;
        en = null;
        break;
      }
      st[i] = k;
      en[i] = k + toks.get(i).length();
      at = en[i];
    }
    out.add(new Sentence(toks.toArray(new String[0]), tags.toArray(new String[0]), doc, st, en));
    toks.clear();
    tags.clear();
  }
}
