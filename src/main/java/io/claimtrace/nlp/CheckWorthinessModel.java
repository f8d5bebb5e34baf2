package io.claimtrace.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A small lexical check-worthiness classifier that {@link ClaimExtractor} adds to its rule score.
 *
 * <p>An L2-regularised maximum-entropy model (OpenNLP's quasi-Newton trainer) over lower-case word
 * unigrams and bigrams, the first two words and a few shape cues (number, question, length, and
 * whether "I/we" or "he/she/they" is followed by a past-tense verb, a modal or an opinion verb). It
 * needs no tagging, so it is cheap enough for the pre-filter too (about 5 microseconds a sentence).
 *
 * <p>It is trained when first used (about 1.5 s in a cold JVM; one model per JVM, shared and read-only)
 * from two resources that the project wrote itself, under {@code io/claimtrace/nlp/claims/}:
 * <ul>
 *   <li>{@code speech-checkworthy.tsv}: political-speech sentences written for this model (first-person
 *       records, votes, laws, statistics, comparisons and past events = 1; promises, opinions,
 *       greetings, thanks, rhetoric, questions, debate procedure = 0);
 *   <li>{@code news-train.tsv}: text and claim label of the project's AI-news annotated set, train
 *       split only.
 * </ul>
 * No public benchmark data (CheckThat!, ClaimBuster) is used for training or tuning.
 *
 * <p>Thread-safe after construction.
 */
public final class CheckWorthinessModel {
  static final String SPEECH_RESOURCE = "claims/speech-checkworthy.tsv";
  static final String NEWS_RESOURCE = "claims/news-train.tsv";
  /** L2 cost of the quasi-Newton trainer. */
  static final double L2_COST = 1.0;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)*|\\d[\\d,.]*|[%$€£?]");
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
      "billions", "trillion", "trillions", "dozen", "dozens", "half", "third", "quarter", "percent", "twice",
      "doubled", "tripled", "fifth", "once");

  /**
   * The trained model flattened to one log-odds weight per feature: for a two-outcome maxent model
   * log(p(1)/p(0)) is the sum over the sentence's features of w1(f) - w0(f), and that difference is
   * read off the model by evaluating each feature alone. Scoring is then a hash lookup per feature.
   */
  private final Map<String, Double> logOdds;
  private final double bias;
  private final int trainingSize;

  private CheckWorthinessModel(MaxentModel model, Set<String> vocabulary, int trainingSize) {
    int yes = model.getIndex("1");
    this.bias = logit(model.eval(new String[0])[yes]);
    Map<String, Double> w = new HashMap<>(vocabulary.size() * 2);
    for (String f : vocabulary) {
      double d = logit(model.eval(new String[] {f})[yes]) - bias;
      if (d != 0) {
        w.put(f, d);
      }
    }
    this.logOdds = w;
    this.trainingSize = trainingSize;
  }

  private static double logit(double p) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return Math.log(q / (1 - q));
  }

  /** A labelled training sentence. */
  public record Example(String text, boolean checkWorthy) {}

  private static final class Holder {
    static final CheckWorthinessModel BUNDLED = train(bundledExamples(), L2_COST);
  }

  /** The model trained on the bundled resources, trained at first call and cached for the JVM. */
  public static CheckWorthinessModel bundled() {
    return Holder.BUNDLED;
  }

  /** The bundled training sentences: the self-written speech set, then the project's news train split. */
  public static List<Example> bundledExamples() {
    List<Example> all = new ArrayList<>(load(SPEECH_RESOURCE));
    all.addAll(load(NEWS_RESOURCE));
    return all;
  }

  /** Reads a {@code label<TAB>sentence} resource next to this class; {@code #} lines are comments. */
  public static List<Example> load(String resource) {
    List<Example> out = new ArrayList<>();
    try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab > 0) {
          out.add(new Example(line.substring(tab + 1).strip(), line.substring(0, tab).strip().equals("1")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Trains a model on the given sentences. */
  public static CheckWorthinessModel train(List<Example> examples, double l2Cost) {
    List<Event> events = new ArrayList<>(examples.size());
    Set<String> vocabulary = new HashSet<>();
    for (Example e : examples) {
      String[] f = features(e.text());
      vocabulary.addAll(Arrays.asList(f));
      events.add(new Event(e.checkWorthy() ? "1" : "0", f));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.ITERATIONS_PARAM, 200);
    p.put(QNTrainer.L2COST_PARAM, l2Cost);
    p.put(QNTrainer.L1COST_PARAM, 0.0);
    p.put(QNTrainer.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
    try {
      return new CheckWorthinessModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), vocabulary,
          examples.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many sentences the model was trained on. */
  public int trainingSize() {
    return trainingSize;
  }

  /** The probability that the sentence is check-worthy, from 0 to 1. */
  public double probability(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    double z = bias;
    for (String f : features(text)) {
      Double w = logOdds.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i've", "we've", "i'd", "we'd");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "he's", "she's", "they've", "it",
      "he'd", "she'd", "they'd");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "made", "got", "took", "gave", "won",
      "lost", "sold", "bought", "led", "built", "grew", "rose", "fell", "spent", "paid", "went", "came", "began",
      "became", "wrote", "ran", "cut", "put", "left", "sent", "held", "brought", "saw", "knew", "met", "shut",
      "fought", "kept", "stood", "told", "said", "been", "done", "gone", "taken", "given", "seen", "known",
      "written", "won't", "didn't", "wasn't", "weren't", "hadn't", "never");
  private static final Set<String> FUTURE = Set.of("will", "i'll", "we'll", "he'll", "she'll", "they'll",
      "you'll", "gonna", "would", "i'd", "we'd", "should", "must", "need", "needs", "ought", "want", "wants",
      "hope", "let's", "can");
  private static final Set<String> OPINION = Set.of("think", "believe", "feel", "know", "love", "care", "proud",
      "wrong", "right", "great", "terrible", "disaster", "honor", "thank", "thanks");

  private static boolean past(String w) {
    return w.length() > 4 && w.endsWith("ed") || PAST.contains(w);
  }

  /** Shape cues that generalise beyond the words seen in training: who did what, when. */
  private static void cues(List<String> toks, List<String> f) {
    int n = toks.size();
    boolean anyPast = false;
    for (int i = 0; i < n; i++) {
      String t = toks.get(i);
      boolean fp = FIRST_PERSON.contains(t);
      boolean tp = THIRD_PERSON.contains(t);
      if (fp || tp) {
        for (int j = i + 1; j < Math.min(n, i + 3); j++) {
          String u = toks.get(j);
          if (past(u)) {
            f.add(fp ? "subj1+past" : "subj3+past");
            break;
          }
          if (FUTURE.contains(u) || u.equals("going")) {
            f.add(fp ? "subj1+future" : "subj3+future");
            break;
          }
          if (OPINION.contains(u)) {
            f.add(fp ? "subj1+opinion" : "subj3+opinion");
            break;
          }
        }
      }
      anyPast |= past(t);
      if (FUTURE.contains(t)) {
        f.add("modal");
      }
    }
    f.add(anyPast ? "past" : "nopast");
  }

  /** The model's features of a sentence: unigrams, bigrams, first words and shape cues. */
  static String[] features(String text) {
    List<String> f = new ArrayList<>(48);
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = TOKEN.matcher(lower);
    String prev = "<s>";
    List<String> toks = new ArrayList<>(32);
    int n = 0;
    boolean number = false;
    boolean question = false;
    while (m.find()) {
      String t = m.group().replace('’', '\'');
      char c = t.charAt(0);
      if (Character.isDigit(c)) {
        t = t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) ? "<year>" : "<num>";
        number = true;
      } else if (c == '%') {
        t = "percent";
      } else if (c == '$' || c == '€' || c == '£') {
        t = "<money>";
        number = true;
      } else if (c == '?') {
        question = true;
        continue;
      }
      number |= NUMBER_WORDS.contains(t);
      f.add("w=" + t);
      f.add("b=" + prev + "_" + t);
      if (n < 2) {
        f.add("first" + n + "=" + t);
      }
      prev = t;
      toks.add(t);
      n++;
    }
    cues(toks, f);
    if (number) {
      f.add("hasnum");
    }
    if (question) {
      f.add("question");
    }
    f.add(n < 6 ? "len<6" : n < 12 ? "len<12" : n < 25 ? "len<25" : "len>=25");
    f.add("bias");
    return f.toArray(new String[0]);
  }
}
