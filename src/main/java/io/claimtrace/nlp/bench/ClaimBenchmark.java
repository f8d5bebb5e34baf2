package io.claimtrace.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.nlp.AnalyzedSentence;
import io.claimtrace.nlp.Attribution;
import io.claimtrace.nlp.ClaimAnalysis;
import io.claimtrace.nlp.ClaimExtractor;
import io.claimtrace.nlp.Entity;
import io.claimtrace.nlp.EntityRecognizer;
import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.NlpPipeline;
import io.claimtrace.nlp.Quantity;
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
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reproducible quality and speed benchmark of {@link ClaimExtractor}: the official CheckThat! 2024
 * English test sets, the ClaimBuster expert-labelled {@code groundtruth.csv}, and the project's own
 * annotated AI-news set (test split), plus single-thread throughput.
 *
 * <p>Every sentence goes through the production path: {@link NlpPipeline#split}, the
 * {@link ClaimExtractor#candidate pre-filter}, {@link NlpPipeline#tag} and
 * {@link ClaimExtractor#analyze}. A benchmark row that splits into several sentences is a claim
 * when any of its sentences is. Entities come from a pluggable function (constructor argument);
 * the default passes an empty list, so the extractor falls back to runs of proper nouns.
 * {@code new ClaimBenchmark(kb)} (what {@code bench-claims} runs) wires in the {@code EntityRecognizer}
 * of {@code analyze} and also scores its entities on the project set against the annotated ones,
 * per type by exact character span ({@link ProjectEntityBenchmark}). On the project set, a second
 * line reports the claim figures with the annotated (gold) entities, the upper bound for a perfect
 * recognizer.
 *
 * <p>The public data is read at run time from the shared folder and never copied into the
 * project; it is measured, never tuned on. Only the project set's train split was used to set the
 * rule weights, and only its test split is reported (unless {@code --split train} is given). The
 * extractor's {@code CheckWorthinessModel} is trained on that train split and on political-speech
 * and news sentences the project wrote itself ({@code io/claimtrace/nlp/claims/*.tsv}), never
 * on the public sets.
 *
 * <h2>Claim definitions compared</h2>
 * The project's claim is a check-worthy factual sentence of AI <em>news</em> (a quantity, event,
 * action or statement of a named entity, a study/survey/memo finding, a dated fact; attributed
 * forecasts count). CheckThat! 2024 and ClaimBuster label US presidential <em>debate</em>
 * sentences: "check-worthy" there means the general public would want it fact-checked. First-person
 * records ("I voted against NAFTA") and sweeping statements about the country are Yes; promises,
 * plans and many attributed or numeric but unimportant sentences are No. ClaimBuster also has an
 * "unimportant factual" class (UFS) that counts as negative, while the project has no notion of
 * importance. So scores on the debate sets measure transfer, not the project's target.
 *
 * <p>Usage: {@code ClaimBenchmark [sharedEvalDir] [projectSetDir] [--split test|train]
 * [--errors N] [--no-throughput]}; {@code --errors N} lists up to N mistakes on the project split
 * (never on the public sets, so nobody tunes on them by reading their errors). Exit code 0 on success, 2 when a data folder or file is missing.
 */
public final class ClaimBenchmark {
  public static final String DEFAULT_SHARED = "../shared/eval";
  public static final String DEFAULT_PROJECT = "src/test/resources/io/claimtrace/nlp/eval";
  static final String CT_TEST = "checkthat2024-task1-english/CT24_checkworthy_english_test_gold.tsv";
  static final String CT_DEVTEST = "checkthat2024-task1-english/CT24_checkworthy_english_dev-test.tsv";
  static final String CB_GROUND = "claimbuster/groundtruth.csv";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Thresholds for the score sweep printed on the project set (the shipped one is ClaimExtractor.THRESHOLD). */
  private static final double[] SWEEP = {0.5, 0.8, 1.0, 1.2, 1.5, 2.0};

  private final Function<AnalyzedSentence, List<Entity>> entities;
  private final boolean recognizerGiven;
  /** Scores the recognizer's entities on the project set; null when no knowledge base was given. */
  private final ProjectEntityBenchmark entityBench;
  private final NlpPipeline nlp = new NlpPipeline();
  private final ClaimExtractor extractor = new ClaimExtractor(nlp);

  /** Results of the last {@link #execute} run, by metric name ("ct24.test.f1", ...). */
  private final Map<String, Double> results = new LinkedHashMap<>();

  /** A benchmark without an entity recognizer: every sentence gets an empty entity list. */
  public ClaimBenchmark() {
    this.entities = s -> List.of();
    this.recognizerGiven = false;
    this.entityBench = null;
  }

  /**
   * A benchmark with the recognizer {@code analyze} uses over {@code kb}: its entities feed the
   * claim extractor, and the project set also gets an entity evaluation ({@link ProjectEntityBenchmark}).
   */
  public ClaimBenchmark(KnowledgeBase kb) {
    this.entities = new EntityRecognizer(kb)::find;
    this.recognizerGiven = true;
    this.entityBench = new ProjectEntityBenchmark(kb);
  }

  /** @param entities the entities of a sentence (article offsets), e.g. an EntityRecognizer's find */
  public ClaimBenchmark(Function<AnalyzedSentence, List<Entity>> entities) {
    this.entities = entities;
    this.recognizerGiven = true;
    this.entityBench = null;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with no entity recognizer, printing to standard output; returns the exit code. */
  public static int run(String[] args) {
    return new ClaimBenchmark().execute(args, System.out);
  }

  /** The figures of the last run by name, e.g. {@code ct24.test.f1}, {@code project.claim.recall}. */
  public Map<String, Double> results() {
    return results;
  }

  // ---------------------------------------------------------------- scoring

  /** Binary precision, recall and F1 of the positive class. */
  public static final class Prf {
    public int tp;
    public int fp;
    public int fn;
    public int tn;

    public void add(boolean gold, boolean predicted) {
      if (gold && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold) {
        fn++;
      } else {
        tn++;
      }
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int total() {
      return tp + fp + fn + tn;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)",
          precision(), recall(), f1(), tp, fp, fn, tn);
    }
  }

  /** Scores predictions against gold labels (same order and length). */
  public static Prf score(List<Boolean> gold, List<Boolean> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length: " + gold.size() + " vs "
          + predicted.size());
    }
    Prf p = new Prf();
    for (int i = 0; i < gold.size(); i++) {
      p.add(gold.get(i), predicted.get(i));
    }
    return p;
  }

  /** True when two quantity values agree (relative 0.1%, or 0.05 absolute for rounded fractions). */
  public static boolean sameValue(double a, double b) {
    return Math.abs(a - b) <= Math.max(0.05, 1e-3 * Math.max(Math.abs(a), Math.abs(b)));
  }

  // ---------------------------------------------------------------- run

  /** Runs everything and prints a report; returns 0, or 2 when data is missing. */
  public int execute(String[] args, PrintStream out) {
    String shared = DEFAULT_SHARED;
    String project = DEFAULT_PROJECT;
    String split = "test";
    int errors = 0;
    boolean speed = true;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--split") && i + 1 < args.length) {
        split = args[++i];
      } else if (args[i].equals("--no-throughput")) {
        speed = false;
      } else if (args[i].equals("--errors") && i + 1 < args.length) {
        errors = Integer.parseInt(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.size() > 0) {
      shared = positional.get(0);
    }
    if (positional.size() > 1) {
      project = positional.get(1);
    }
    Path sharedDir = Paths.get(shared);
    Path projectDir = Paths.get(project);
    List<String> missing = new ArrayList<>();
    for (String f : List.of(CT_TEST, CT_DEVTEST, CB_GROUND)) {
      if (!Files.isRegularFile(sharedDir.resolve(f))) {
        missing.add(sharedDir.resolve(f).toString());
      }
    }
    Path projectFile = projectDir.resolve("ai-news-" + split + ".jsonl");
    if (!Files.isRegularFile(projectFile)) {
      missing.add(projectFile.toString());
    }
    if (!missing.isEmpty()) {
      out.println("claim benchmark: missing evaluation data (give the shared eval folder and the project set "
          + "folder as arguments; defaults " + DEFAULT_SHARED + " and " + DEFAULT_PROJECT + "):");
      missing.forEach(m -> out.println("  not found: " + m));
      return 2;
    }
    results.clear();
    try {
      out.println("== Claim definitions ==");
      out.println("  project    : check-worthy factual sentence of AI news: quantity, event, action/statement of a named");
      out.println("               entity, study/survey/memo/filing finding, dated fact; attributed forecasts count;");
      out.println("               headlines, bylines, captions, boilerplate, questions, opinion are not claims.");
      out.println("  CheckThat24: US debate sentences the public would want fact-checked; first-person records and");
      out.println("               sweeping statements are Yes, promises/plans and unimportant facts are No.");
      out.println("  ClaimBuster: same debates; CFS (Verdict 1) vs NFS (-1) + UFS (0, unimportant factual), so");
      out.println("               factual-but-unimportant sentences, which the project calls claims, count against us.");
      out.println("  Entities   : " + (entitiesGiven() ? "from the plugged-in recognizer" : "none given (empty list; "
          + "proper-noun runs stand in)"));
      out.println();

      Prf ct = scoreRows(readTsv(sharedDir.resolve(CT_TEST)), out, "CheckThat! 2024 English test_gold", 0);
      results.put("ct24.test.f1", ct.f1());
      results.put("ct24.test.precision", ct.precision());
      results.put("ct24.test.recall", ct.recall());
      out.println("  reference: always-Yes F1 0.410; FactFinders (1st of 26) about 0.80 (unverified); CW-BERT 0.543");
      Prf dt = scoreRows(readTsv(sharedDir.resolve(CT_DEVTEST)), out, "CheckThat! 2024 English dev-test", 0);
      results.put("ct24.devtest.f1", dt.f1());
      out.println("  reference: always-Yes F1 0.507; Fraunhofer SIT (CT23 1B, 2nd) 0.878");
      Prf cb = scoreRows(readClaimBuster(sharedDir.resolve(CB_GROUND)), out, "ClaimBuster groundtruth.csv (CFS vs rest)",
          0);
      results.put("claimbuster.ground.f1", cb.f1());
      out.println("  reference: always-CFS F1 0.375");
      out.println();
      projectSet(projectFile, split, out, errors);
      if (speed) {
        out.println();
        throughput(sharedDir, projectFile, out);
      }
    } catch (IOException e) {
      out.println("claim benchmark: cannot read evaluation data: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  private boolean entitiesGiven() {
    return recognizerGiven;
  }

  /** A labelled row of a public data set. */
  record Row(String id, String text, boolean gold, String label) {}

  /** Whether a text (one or more sentences) holds a claim, by the production path. */
  private boolean claimOf(String text) {
    for (AnalyzedSentence s : nlp.split(text)) {
      if (!extractor.candidate(s)) {
        continue;
      }
      if (extractor.analyze(nlp.tag(s), entities.apply(s)).claim()) {
        return true;
      }
    }
    return false;
  }

  private Prf scoreRows(List<Row> rows, PrintStream out, String name, int errors) {
    Prf p = new Prf();
    Map<String, int[]> byLabel = new LinkedHashMap<>();
    List<String> fps = new ArrayList<>();
    List<String> fns = new ArrayList<>();
    for (Row r : rows) {
      boolean pred = claimOf(r.text());
      p.add(r.gold(), pred);
      int[] c = byLabel.computeIfAbsent(r.label(), k -> new int[2]);
      c[pred ? 1 : 0]++;
      if (!r.gold() && pred && fps.size() < errors) {
        fps.add(r.text());
      } else if (r.gold() && !pred && fns.size() < errors) {
        fns.add(r.text());
      }
    }
    out.println(String.format(Locale.ROOT, "== %s: %d rows ==", name, rows.size()));
    out.println("  Yes/claim class: " + p);
    StringBuilder sb = new StringBuilder("  predicted claim by gold label:");
    byLabel.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %d/%d", k, v[1], v[0] + v[1])));
    out.println(sb);
    fps.forEach(t -> out.println("    FP: " + t));
    fns.forEach(t -> out.println("    FN: " + t));
    return p;
  }

  // ---------------------------------------------------------------- project set

  private void projectSet(Path file, String split, PrintStream out, int errors) throws IOException {
    List<JsonNode> recs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        recs.add(JSON.readTree(line));
      }
    }
    out.println(String.format(Locale.ROOT, "== Project AI-news set, %s split: %d sentences (%s) ==", split, recs.size(),
        file));
    for (boolean gold : new boolean[] {false, true}) {
      Prf claim = new Prf();
      Prf hedge = new Prf();
      Prf pred = new Prf();
      int kindRight = 0;
      int kindTotal = 0;
      int kindRightAll = 0;
      int goldQ = 0;
      int goldQFound = 0;
      int predQ = 0;
      int predQRight = 0;
      int unitRight = 0;
      int claims = 0;
      int kept = 0;
      Map<String, int[]> confusion = new LinkedHashMap<>();
      Prf[] sweep = new Prf[SWEEP.length];
      for (int t = 0; t < SWEEP.length; t++) {
        sweep[t] = new Prf();
      }
      List<String> errs = new ArrayList<>();
      for (JsonNode r : recs) {
        String text = r.path("text").asText();
        boolean goldClaim = r.path("claim").asBoolean();
        List<Entity> goldEntities = new ArrayList<>();
        for (JsonNode e : r.path("entities")) {
          goldEntities.add(new Entity(e.path("text").asText(), e.path("type").asText(), e.path("start").asInt(),
              e.path("end").asInt(), false, null, "gold"));
        }
        List<AnalyzedSentence> sentences = nlp.split(text);
        boolean cand = false;
        ClaimAnalysis best = null;
        List<Quantity> qs = new ArrayList<>();
        List<String> hedges = new ArrayList<>();
        boolean prediction = false;
        boolean predClaim = false;
        double maxScore = Double.NEGATIVE_INFINITY;
        for (AnalyzedSentence s : sentences) {
          boolean c = extractor.candidate(s);
          cand |= c;
          ClaimAnalysis a = extractor.analyze(nlp.tag(s), gold ? goldEntities : entities.apply(s));
          qs.addAll(a.quantities());
          hedges.addAll(a.hedges());
          prediction |= a.prediction();
          boolean isClaim = c && a.claim();
          if (c) {
            maxScore = Math.max(maxScore, a.score());
          }
          predClaim |= isClaim;
          if (best == null || !Attribution.NONE.equals(a.attribution().kind())
              && Attribution.NONE.equals(best.attribution().kind())) {
            best = a;
          }
        }
        claim.add(goldClaim, predClaim);
        for (int t = 0; t < SWEEP.length; t++) {
          sweep[t].add(goldClaim, maxScore >= SWEEP[t]);
        }
        if (goldClaim) {
          claims++;
          kept += cand ? 1 : 0;
        }
        hedge.add(r.path("hedges").size() > 0, !hedges.isEmpty());
        pred.add(r.path("prediction").asBoolean(), prediction);
        String goldKind = r.path("attribution").path("kind").asText("none");
        String predKind = best == null ? Attribution.NONE : best.attribution().kind();
        kindRightAll += goldKind.equals(predKind) ? 1 : 0;
        if (goldClaim) {
          kindTotal++;
          kindRight += goldKind.equals(predKind) ? 1 : 0;
          confusion.computeIfAbsent(goldKind, k -> new int[1])[0]++;
          confusion.computeIfAbsent(goldKind + "->" + predKind, k -> new int[1])[0]++;
        }
        List<Quantity> unmatched = new ArrayList<>(qs);
        for (JsonNode q : r.path("quantities")) {
          goldQ++;
          double v = q.path("value").asDouble();
          for (Quantity p : unmatched) {
            if (sameValue(p.value(), v)) {
              goldQFound++;
              String gu = q.path("unit").asText("");
              unitRight += gu.equalsIgnoreCase(p.unit() == null ? "" : p.unit()) ? 1 : 0;
              unmatched.remove(p);
              break;
            }
          }
        }
        predQ += qs.size();
        predQRight += qs.size() - unmatched.size();
        boolean goldPrediction = r.path("prediction").asBoolean();
        boolean goldHedged = r.path("hedges").size() > 0;
        if (!gold && errs.size() < errors && (goldClaim != predClaim || !goldKind.equals(predKind)
            || goldPrediction != prediction || goldHedged != !hedges.isEmpty())) {
          errs.add((goldClaim ? "Y" : "-") + (predClaim ? "Y " : "- ") + goldKind + "/" + predKind + " "
              + (goldPrediction != prediction ? "PRED(gold " + goldPrediction + ") " : "")
              + (goldHedged != !hedges.isEmpty() ? "HEDGE(gold " + r.path("hedges") + " got " + hedges + ") " : "")
              + (best == null ? "" : best.score() + " " + best.reasons() + " attr=" + best.attribution().source())
              + " | " + text);
        }
      }
      String tag = gold ? "with gold entities" : "with " + (entitiesGiven() ? "recognizer" : "no") + " entities";
      out.println("  [" + tag + "]");
      out.println("  claim        : " + claim);
      out.println(String.format(Locale.ROOT, "  attribution kind accuracy: %.3f over claims (%d/%d), %.3f over all",
          kindTotal == 0 ? 0 : (double) kindRight / kindTotal, kindRight, kindTotal,
          recs.isEmpty() ? 0 : (double) kindRightAll / recs.size()));
      out.println("  hedged (sentence has a hedge): " + hedge);
      out.println("  prediction   : " + pred);
      out.println(String.format(Locale.ROOT,
          "  quantities   : value recall %.3f (%d/%d gold found), value precision %.3f (%d/%d), unit agreement %.3f",
          goldQ == 0 ? 0 : (double) goldQFound / goldQ, goldQFound, goldQ,
          predQ == 0 ? 0 : (double) predQRight / predQ, predQRight, predQ,
          goldQFound == 0 ? 0 : (double) unitRight / goldQFound));
      out.println(String.format(Locale.ROOT, "  pre-filter recall on claims: %.3f (%d/%d)",
          claims == 0 ? 0 : (double) kept / claims, kept, claims));
      if (!gold) {
        StringBuilder sb = new StringBuilder("  attribution confusion over claims (gold->predicted):");
        confusion.forEach((k, v) -> {
          if (k.contains("->")) {
            sb.append(' ').append(k).append('=').append(v[0]);
          }
        });
        out.println(sb);
        StringBuilder sw = new StringBuilder("  claim F1 (P/R) if the threshold were:");
        for (int t = 0; t < SWEEP.length; t++) {
          sw.append(String.format(Locale.ROOT, "  %.1f: %.3f (%.2f/%.2f)", SWEEP[t], sweep[t].f1(), sweep[t].precision(),
              sweep[t].recall()));
        }
        out.println(sw);
        errs.forEach(e -> out.println("    " + e));
        String p = "project." + split + ".";
        results.put(p + "claim.precision", claim.precision());
        results.put(p + "claim.recall", claim.recall());
        results.put(p + "claim.f1", claim.f1());
        results.put(p + "attribution.accuracy", kindTotal == 0 ? 0 : (double) kindRight / kindTotal);
        results.put(p + "hedge.precision", hedge.precision());
        results.put(p + "hedge.recall", hedge.recall());
        results.put(p + "prediction.precision", pred.precision());
        results.put(p + "prediction.recall", pred.recall());
        results.put(p + "quantity.value.recall", goldQ == 0 ? 0 : (double) goldQFound / goldQ);
        results.put(p + "prefilter.recall", claims == 0 ? 0 : (double) kept / claims);
      }
    }
    if (entityBench == null) {
      out.println("  [entities: not scored; needs the recognizer (bench-claims without --no-entities)]");
      return;
    }
    List<Path> others = new ArrayList<>();
    for (String other : List.of("train", "test")) {
      Path f = file.resolveSibling("ai-news-" + other + ".jsonl");
      if (!other.equals(split) && Files.isRegularFile(f)) {
        others.add(f);
      }
    }
    entityBench.report(file, split, others, out, errors, results);
  }

  // ---------------------------------------------------------------- throughput

  /**
   * Single-thread speed on a text stream: ClaimBuster's crowdsourced sentences when present (22,501
   * sentences, used here for timing only), else all sentences above; grouped into pseudo-articles of
   * 25 sentences. One pipeline runs over the whole stream, so the lemma cache warms up as it would in
   * a partition; the first 2,000 sentences are a JIT warm-up and are not timed.
   */
  private void throughput(Path shared, Path projectFile, PrintStream out) throws IOException {
    List<String> texts = new ArrayList<>();
    Path crowd = shared.resolve("claimbuster/crowdsourced.csv.gz");
    if (Files.isRegularFile(crowd)) {
      readClaimBuster(crowd).forEach(r -> texts.add(r.text()));
    } else {
      readTsv(shared.resolve(CT_TEST)).forEach(r -> texts.add(r.text()));
      readTsv(shared.resolve(CT_DEVTEST)).forEach(r -> texts.add(r.text()));
      readClaimBuster(shared.resolve(CB_GROUND)).forEach(r -> texts.add(r.text()));
    }
    for (String line : Files.readAllLines(projectFile, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(JSON.readTree(line).path("text").asText());
      }
    }
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += 25) {
      articles.add(String.join(" ", texts.subList(i, Math.min(texts.size(), i + 25))));
    }
    int warm = Math.min(articles.size() / 4, 80);
    NlpPipeline p = new NlpPipeline();
    ClaimExtractor x = new ClaimExtractor(p);
    long split = 0;
    long cand = 0;
    long tagCand = 0;
    long analyzeCand = 0;
    long tagRest = 0;
    long analyzeRest = 0;
    long sentences = 0;
    long passed = 0;
    int measuredArticles = 0;
    for (int ai = 0; ai < articles.size(); ai++) {
      boolean timed = ai >= warm;
      long t0 = System.nanoTime();
      List<AnalyzedSentence> ss = p.split(articles.get(ai));
      long t1 = System.nanoTime();
      if (timed) {
        split += t1 - t0;
        measuredArticles++;
      }
      for (AnalyzedSentence s : ss) {
        long c0 = System.nanoTime();
        boolean c = x.candidate(s);
        long c1 = System.nanoTime();
        AnalyzedSentence tagged = p.tag(s);
        long c2 = System.nanoTime();
        x.analyze(tagged, entities.apply(s));
        long c3 = System.nanoTime();
        if (!timed) {
          continue;
        }
        sentences++;
        cand += c1 - c0;
        if (c) {
          passed++;
          tagCand += c2 - c1;
          analyzeCand += c3 - c2;
        } else {
          tagRest += c2 - c1;
          analyzeRest += c3 - c2;
        }
      }
    }
    long n = Math.max(1, sentences);
    long tagAll = tagCand + tagRest;
    long analyzeAll = analyzeCand + analyzeRest;
    long production = split + cand + tagCand + analyzeCand;
    double articlesPerS = measuredArticles / (production / 1e9);
    out.println(String.format(Locale.ROOT, "== Throughput, single thread: %d sentences in %d pseudo-articles of 25 (%s) ==",
        sentences, measuredArticles, Files.isRegularFile(crowd) ? "ClaimBuster crowdsourced, timing only" : "eval sets"));
    out.println(String.format(Locale.ROOT, "  split              : %,.0f sentences/s", n / (split / 1e9)));
    out.println(String.format(Locale.ROOT, "  candidate()        : %,.0f sentences/s", n / (cand / 1e9)));
    out.println(String.format(Locale.ROOT, "  tag (UD POS+lemmas): %,.0f sentences/s (lemma cache hit rate %.3f)",
        n / (tagAll / 1e9), p.lemmaCacheHitRate()));
    out.println(String.format(Locale.ROOT, "  analyze            : %,.0f sentences/s", n / (analyzeAll / 1e9)));
    out.println(String.format(Locale.ROOT, "  tag+analyze        : %,.0f sentences/s", n / ((tagAll + analyzeAll) / 1e9)));
    out.println(String.format(Locale.ROOT, "  pre-filter passes  : %.3f of sentences (%d/%d)", (double) passed / n, passed, n));
    out.println(String.format(Locale.ROOT,
        "  production path (split, candidate, tag+analyze of candidates; no entities): %,.0f articles/s "
            + "(tag %.0f%%, analyze %.0f%%, split %.0f%%, candidate %.0f%%)", articlesPerS,
        100.0 * tagCand / production, 100.0 * analyzeCand / production, 100.0 * split / production,
        100.0 * cand / production));
    results.put("throughput.articles_per_s", articlesPerS);
    results.put("prefilter.pass_rate", (double) passed / n);
  }

  // ---------------------------------------------------------------- readers

  /** CheckThat! TSV: header {@code Sentence_id, Text, class_label}, quoted fields with {@code ""}. */
  static List<Row> readTsv(Path file) throws IOException {
    List<List<String>> rows = parseDelimited(Files.readString(file, StandardCharsets.UTF_8), '\t');
    List<Row> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() < 3) {
        continue;
      }
      String label = r.get(2).strip();
      out.add(new Row(r.get(0), r.get(1), label.equalsIgnoreCase("Yes"), label));
    }
    return out;
  }

  /** ClaimBuster CSV (optionally gzipped): Verdict 1 = CFS (positive), 0 = UFS, -1 = NFS. */
  static List<Row> readClaimBuster(Path file) throws IOException {
    String content;
    try (InputStream in = Files.newInputStream(file)) {
      InputStream src = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      content = new String(src.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = parseDelimited(content, ',');
    List<Row> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    int text = header.indexOf("Text");
    int verdict = header.indexOf("Verdict");
    int id = header.indexOf("Sentence_id");
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() <= Math.max(text, verdict)) {
        continue;
      }
      String v = r.get(verdict).strip();
      String label = v.equals("1") ? "CFS" : v.equals("0") ? "UFS" : "NFS";
      out.add(new Row(r.get(id), r.get(text), v.equals("1"), label));
    }
    return out;
  }

  /** RFC-4180-style parsing with a given delimiter: {@code "} quotes, {@code ""} escapes, CRLF or LF. */
  static List<List<String>> parseDelimited(String s, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
