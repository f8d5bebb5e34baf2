package io.claimtrace.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * The project's statistical name finder: an OpenNLP maxent (GIS) token classifier over BIO
 * outcomes for the types person, organization and location, with greedy left-to-right decoding,
 * trained at first use from {@link NerTrainingData} and kept in memory for the life of the JVM.
 *
 * <p>Why not {@code NameFinderME}: its default feature set windows the additional context over
 * eight tokens on each side and runs the classifier on every token, which made training take
 * 6-16 s and decoding several milliseconds per article. Here the features are a compact set (the
 * word and its neighbours, word shapes, a capitalized word's suffix, the previous outcome, and the
 * {@link NerFeatures} list features of the word and its neighbours), and the classifier only runs
 * on tokens that can be in a name: tokens with a capital letter, and any token right after a name
 * token (to continue "Bank of England"). Every other token is outside a name without asking the
 * model, in training and in use alike. The model is immutable and thread-safe.
 */
public final class NerModel {
  /** Training iterations of the maxent (GIS) trainer. */
  public static final int ITERATIONS = 60;
  public static final int CUTOFF = 1;
  static final String OTHER = "O";

  private static volatile NerModel instance;

  private final MaxentModel model;
  private final NerFeatures features;
  private final int sentences;
  private final int tokens;
  private final long trainMillis;
  /** Per outcome index: the type ("person", ...) or null for O; and whether it continues a name. */
  private final String[] outType;
  private final boolean[] outCont;

  private NerModel(NerFeatures features) {
    long t0 = System.nanoTime();
    List<NameSample> samples = new NerTrainingData(features).samples();
    int tok = 0;
    List<Event> events = new ArrayList<>(samples.size() * 6);
    for (NameSample s : samples) {
      String[] t = s.getSentence();
      tok += t.length;
      String[] gold = encode(t.length, s.getNames());
      Sentence x = new Sentence(t, s.getAdditionalContext());
      for (int i = 0; i < t.length; i++) {
        String prev = i == 0 ? OTHER : gold[i - 1];
        if (gate(t, i, prev)) {
          events.add(new Event(gold[i], x.context(i, prev)));
        }
      }
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      this.model = TrainerFactory.getEventTrainer(p, null).train(new CollectionObjectStream<>(events));
    } catch (IOException e) {
      throw new UncheckedIOException("Training the name finder failed", e);
    }
    int n = model.getNumOutcomes();
    outType = new String[n];
    outCont = new boolean[n];
    for (int k = 0; k < n; k++) {
      String o = model.getOutcome(k);
      if (!o.equals(OTHER)) {
        outType[k] = o.substring(2);
        outCont[k] = o.startsWith("I-");
      }
    }
    this.features = features;
    this.sentences = samples.size();
    this.tokens = tok;
    this.trainMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  private static String[] encode(int n, Span[] names) {
    String[] out = new String[n];
    java.util.Arrays.fill(out, OTHER);
    for (Span s : names) {
      for (int j = s.getStart(); j < s.getEnd(); j++) {
        out[j] = (j == s.getStart() ? "B-" : "I-") + s.getType();
      }
    }
    return out;
  }

  /** Whether the classifier is asked about token i: it has a capital letter, or follows a name token. */
  static boolean gate(String[] t, int i, String prevOutcome) {
    if (!OTHER.equals(prevOutcome)) {
      return true;
    }
    String w = t[i];
    for (int k = 0; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Name spans (types person, organization, location) of a sentence, given the additional context. */
  public Span[] find(String[] t, String[][] extra) {
    int n = t.length;
    String prev = OTHER;
    int prevIdx = -1;
    Sentence x = null;
    double[] probs = new double[model.getNumOutcomes()];
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i < n; i++) {
      int best = -1;
      if (gate(t, i, prev)) {
        if (x == null) {
          x = new Sentence(t, extra);
        }
        model.eval(x.context(i, prev), probs);
        double bp = -1;
        for (int k = 0; k < probs.length; k++) {
          if (probs[k] > bp && (!outCont[k] || (prevIdx >= 0 && outType[k].equals(outType[prevIdx])))) {
            bp = probs[k];
            best = k;
          }
        }
      }
      String bt = best >= 0 ? outType[best] : null;
      if (type != null && (bt == null || !outCont[best])) {
        out.add(new Span(start, i, type));
        type = null;
      }
      if (bt != null && !outCont[best]) {
        start = i;
        type = bt;
      }
      prevIdx = bt == null ? -1 : best;
      prev = bt == null ? OTHER : model.getOutcome(best);
    }
    if (type != null) {
      out.add(new Span(start, n, type));
    }
    return out.toArray(new Span[0]);
  }

  /** Per-sentence cached token views for the feature function. */
  private static final class Sentence {
    final String[] lower;
    final String[] shape;
    final String[][] extra;
    final String[] tokens;

    Sentence(String[] t, String[][] extra) {
      this.tokens = t;
      this.extra = extra;
      lower = new String[t.length];
      shape = new String[t.length];
      for (int i = 0; i < t.length; i++) {
        lower[i] = t[i].toLowerCase(Locale.ROOT);
        shape[i] = shape(t[i]);
      }
    }

    String w(int i) {
      return i < 0 ? "<s>" : i >= lower.length ? "</s>" : lower[i];
    }

    String c(int i) {
      return i < 0 ? "<s>" : i >= shape.length ? "</s>" : shape[i];
    }

    String[] context(int i, String prev) {
      String[] ex = extra != null && i < extra.length && extra[i] != null ? extra[i] : new String[0];
      String[] f = new String[16 + ex.length];
      int k = 0;
      f[k++] = "w=" + lower[i];
      f[k++] = "c=" + shape[i];
      f[k++] = "cw=" + shape[i] + "," + lower[i];
      f[k++] = "w-1=" + w(i - 1);
      f[k++] = "w+1=" + w(i + 1);
      f[k++] = "w-2=" + w(i - 2);
      f[k++] = "w+2=" + w(i + 2);
      f[k++] = "c-1=" + c(i - 1);
      f[k++] = "c+1=" + c(i + 1);
      f[k++] = "c-1c=" + c(i - 1) + "," + shape[i];
      f[k++] = "cc+1=" + shape[i] + "," + c(i + 1);
      f[k++] = "w-1w=" + w(i - 1) + "," + lower[i];
      f[k++] = "po=" + prev;
      f[k++] = "poc=" + prev + "," + shape[i];
      String tk = tokens[i];
      f[k++] = tk.length() > 3 ? "s3=" + lower[i].substring(lower[i].length() - 3) : "s3=-";
      f[k++] = i == 0 ? "bos" : "mid";
      for (String e : ex) {
        f[k++] = e;
      }
      return f;
    }
  }

  /** Word shape, as in OpenNLP's token classes: lc, ic, ac, sc, num, alnum, punct, other. */
  static String shape(String t) {
    if (t.isEmpty()) {
      return "e";
    }
    boolean up = false;
    boolean low = false;
    boolean dig = false;
    boolean other = false;
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (Character.isUpperCase(ch)) {
        up = true;
      } else if (Character.isLowerCase(ch)) {
        low = true;
      } else if (Character.isDigit(ch)) {
        dig = true;
      } else {
        other = true;
      }
    }
    char first = t.charAt(0);
    if (dig && !up && !low) {
      return other ? "numo" : "num";
    }
    if (!up && !low && !dig) {
      return "p";
    }
    if (dig) {
      return "an";
    }
    if (up && !low) {
      return t.length() == 1 ? "sc" : other ? "aco" : "ac";
    }
    if (Character.isUpperCase(first)) {
      return other ? "ico" : "ic";
    }
    return up ? "mc" : other ? "lco" : "lc";
  }

  /** The model trained with the bundled knowledge base, trained once per JVM. */
  public static NerModel get() {
    NerModel m = instance;
    if (m == null) {
      synchronized (NerModel.class) {
        m = instance;
        if (m == null) {
          m = new NerModel(new NerFeatures(KnowledgeBase.bundled()));
          instance = m;
        }
      }
    }
    return m;
  }

  /** The underlying maxent classifier (outcomes O, B-type, I-type). */
  public MaxentModel model() {
    return model;
  }

  /** Features computed with the bundled knowledge base, as in training. */
  public NerFeatures features() {
    return features;
  }

  public int trainingSentences() {
    return sentences;
  }

  public int trainingTokens() {
    return tokens;
  }

  public long trainingMillis() {
    return trainMillis;
  }
}
