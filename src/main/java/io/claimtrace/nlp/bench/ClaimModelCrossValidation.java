package io.claimtrace.nlp.bench;

import io.claimtrace.nlp.AnalyzedSentence;
import io.claimtrace.nlp.CheckWorthinessModel;
import io.claimtrace.nlp.ClaimAnalysis;
import io.claimtrace.nlp.ClaimExtractor;
import io.claimtrace.nlp.NlpPipeline;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * K-fold cross-validation of {@link ClaimExtractor} on the project's own training data only: the
 * bundled {@link CheckWorthinessModel} resources (self-written speech and news sentences, and the
 * AI-news train split). This is how the model weight and pivot are chosen; the public benchmarks
 * and the project test split are never looked at here.
 *
 * <p>Each sentence goes to a fold by a hash of its text. For each fold the model is trained on the
 * other folds, and the held-out sentences are scored through the production path (pre-filter, tags,
 * rules); then the rule score and the model probability are combined for every (weight, pivot) of a
 * grid. F1 of the claim class is printed per source (speech, news) and as their mean, the quantity
 * the shipped {@link ClaimExtractor#MODEL_WEIGHT} and {@link ClaimExtractor#MODEL_PIVOT} maximise.
 *
 * <p>Usage: {@code ClaimModelCrossValidation [folds]} (default 5). Takes about a minute.
 */
public final class ClaimModelCrossValidation {
  private static final double[] WEIGHTS = {0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5};
  private static final double[] PIVOTS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

  private ClaimModelCrossValidation() {}

  /** A held-out sentence: its source, gold label, whether the pre-filter kept it, rule score, model p. */
  record Scored(boolean speech, boolean gold, boolean candidate, double rules, double p) {}

  public static void main(String[] args) {
    int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    run(folds, System.out);
  }

  /** Runs the cross-validation and prints the grid; returns the held-out scores. */
  static List<Scored> run(int folds, PrintStream out) {
    List<CheckWorthinessModel.Example> speech = new ArrayList<>();
    List<CheckWorthinessModel.Example> news = new ArrayList<>();
    for (String r : CheckWorthinessModel.RESOURCES) {
      (r.contains("news") ? news : speech).addAll(CheckWorthinessModel.load(r));
    }
    NlpPipeline nlp = new NlpPipeline();
    List<Scored> scored = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      List<CheckWorthinessModel.Example> train = new ArrayList<>();
      List<CheckWorthinessModel.Example> held = new ArrayList<>();
      List<Boolean> heldSpeech = new ArrayList<>();
      for (List<CheckWorthinessModel.Example> src : List.of(speech, news)) {
        for (CheckWorthinessModel.Example e : src) {
          if (Math.floorMod(e.text().hashCode(), folds) == k) {
            held.add(e);
            heldSpeech.add(src == speech);
          } else {
            train.add(e);
          }
        }
      }
      CheckWorthinessModel model = CheckWorthinessModel.train(train, CheckWorthinessModel.L2_COST);
      ClaimExtractor rulesOnly = new ClaimExtractor(nlp, model, 0, 0);
      for (int i = 0; i < held.size(); i++) {
        CheckWorthinessModel.Example e = held.get(i);
        boolean cand = false;
        double best = Double.NEGATIVE_INFINITY;
        double p = model.probability(e.text());
        for (AnalyzedSentence s : nlp.split(e.text())) {
          boolean c = rulesOnly.candidate(s);
          if (!c) {
            continue;
          }
          cand = true;
          ClaimAnalysis a = rulesOnly.analyze(nlp.tag(s), List.of());
          best = Math.max(best, a.score());
        }
        scored.add(new Scored(heldSpeech.get(i), e.checkWorthy(), cand, best, p));
      }
    }
    out.println(String.format(Locale.ROOT, "%d-fold cross-validation on the bundled training data (%d speech, %d news)",
        folds, speech.size(), news.size()));
    out.println("weight pivot   speech F1 (P/R)        news F1 (P/R)          mean F1");
    for (double w : WEIGHTS) {
      for (double pv : PIVOTS) {
        ClaimBenchmark.Prf sp = new ClaimBenchmark.Prf();
        ClaimBenchmark.Prf nw = new ClaimBenchmark.Prf();
        for (Scored s : scored) {
          boolean pred = s.candidate() && s.rules() + w * 2 * (s.p() - pv) >= ClaimExtractor.THRESHOLD;
          (s.speech() ? sp : nw).add(s.gold(), pred);
        }
        out.println(String.format(Locale.ROOT, "%5.2f  %4.2f    %.3f (%.2f/%.2f)     %.3f (%.2f/%.2f)     %.3f%s", w, pv,
            sp.f1(), sp.precision(), sp.recall(), nw.f1(), nw.precision(), nw.recall(), (sp.f1() + nw.f1()) / 2,
            w == ClaimExtractor.MODEL_WEIGHT && pv == ClaimExtractor.MODEL_PIVOT ? "  <- shipped" : ""));
      }
    }
    ClaimBenchmark.Prf model = new ClaimBenchmark.Prf();
    for (Scored s : scored) {
      if (s.speech()) {
        model.add(s.gold(), s.p() >= 0.5);
      }
    }
    out.println("model alone on speech (p >= 0.5): " + model);
    return scored;
  }
}
