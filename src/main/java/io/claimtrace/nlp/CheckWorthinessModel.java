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
 * unigrams and bigrams, the first two words and shape cues: number, question, length, negation,
 * capitalised names after the first word, no sentence-final punctuation (headlines, labels), whether
 * "I/we", "you" or "he/she/they" is followed by a past-tense verb, a modal or an opinion verb, and
 * self-written word classes that reach words the training sentences never used (policy topics such
 * as economy, health, security, justice, energy, world affairs; change verbs; comparisons;
 * population words; evaluative and discourse words; a count of topics, to which technology words
 * add without a feature of their own). It needs no tagging, so it is cheap enough for the pre-filter
 * too (a few microseconds a sentence).
 *
 * <p>It is trained when first used (about 2 s in a cold JVM; one model per JVM, shared and read-only)
 * from resources that the project wrote itself, under {@code io/claimtrace/nlp/claims/} (see
 * {@link #RESOURCES}):
 * <ul>
 *   <li>{@code speech-checkworthy.tsv}: tidy political-speech sentences written for this model
 *       (first-person records, votes, laws, statistics, comparisons and past events = 1; promises,
 *       opinions, greetings, thanks, rhetoric, questions, debate procedure = 0);
 *   <li>{@code speech-conversational.tsv}: sentences in the style of live debate speech (run-ons,
 *       interruptions, second-person attacks, what an opponent said or wants, personal anecdotes),
 *       both classes in the same style so that style alone does not decide;
 *   <li>{@code speech-states.tsv}: present-tense statements of fact, an opponent's current position
 *       and what a plan or law does (= 1) against opinions, goals, judgements and anecdotes on the
 *       same policy topics (= 0), so that topic words alone do not decide;
 *   <li>{@code news-train.tsv}: text and claim label of the project's AI-news annotated set, train
 *       split only;
 *   <li>{@code news-written.tsv}: AI-news sentences written for this model (adoption and rollout
 *       reports, launches, findings, quoted facts = 1; headlines, bylines, captions, boilerplate,
 *       transitions, opinion, quoted opinion = 0).
 * </ul>
 * No public benchmark data (CheckThat!, ClaimBuster) is used for training or tuning, and no training
 * sentence nearly copies one ({@code ClaimTrainingDataIsolationTest}).
 *
 * <p>Thread-safe after construction.
 */
public final class CheckWorthinessModel {
  static final String SPEECH_RESOURCE = "claims/speech-checkworthy.tsv";
  static final String SPEECH_CONVERSATIONAL_RESOURCE = "claims/speech-conversational.tsv";
  static final String SPEECH_STATES_RESOURCE = "claims/speech-states.tsv";
  static final String NEWS_RESOURCE = "claims/news-train.tsv";
  static final String NEWS_WRITTEN_RESOURCE = "claims/news-written.tsv";
  /** Every bundled training resource, in training order. */
  public static final List<String> RESOURCES = List.of(SPEECH_RESOURCE, SPEECH_CONVERSATIONAL_RESOURCE,
      SPEECH_STATES_RESOURCE, NEWS_RESOURCE, NEWS_WRITTEN_RESOURCE);
  /** L2 cost of the quasi-Newton trainer. */
  public static final double L2_COST = 1.0;

  /**
   * Ends like a sentence; also {@link ClaimExtractor}'s headline rule. Headlines, labels and list
   * items do not, and without this cue the model, which sees only words, scored "UK bank says AI caught
   * £40m in fraudulent payments" like the sentence reporting it and outvoted the headline rule.
   */
  static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"'”’)\\]]*$|[.!?]\\s*[\"'”’]$");
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

  /** The bundled training sentences, from every resource in {@link #RESOURCES}. */
  public static List<Example> bundledExamples() {
    List<Example> all = new ArrayList<>();
    for (String r : RESOURCES) {
      all.addAll(load(r));
    }
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

  /** The features of a sentence with their log-odds weights, strongest first: why the model scored it so. */
  public List<Map.Entry<String, Double>> explain(String text) {
    List<Map.Entry<String, Double>> out = new ArrayList<>();
    for (String f : features(text)) {
      Double w = logOdds.get(f);
      if (w != null) {
        out.add(Map.entry(f, w));
      }
    }
    out.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
    return out;
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "i've", "we've", "i'd", "we'd");
  private static final Set<String> SECOND_PERSON = Set.of("you", "you've", "you'd");
  private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "he's", "she's", "they've", "it",
      "he'd", "she'd", "they'd");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "made", "got", "took", "gave", "won",
      "lost", "sold", "bought", "led", "built", "grew", "rose", "fell", "spent", "paid", "went", "came", "began",
      "became", "wrote", "ran", "cut", "put", "left", "sent", "held", "brought", "saw", "knew", "met", "shut",
      "fought", "kept", "stood", "told", "said", "been", "done", "gone", "taken", "given", "seen", "known",
      "written", "won't", "didn't", "wasn't", "weren't", "hadn't", "never", "begun", "caught", "chose", "chosen",
      "drew", "drawn", "drove", "driven", "fed", "felt", "found", "flew", "forgot", "froze", "hid", "hit", "hurt",
      "laid", "lent", "let", "meant", "quit", "sought", "shot", "showed", "shown", "shrank", "sank", "spoke",
      "spoken", "spread", "struck", "swore", "taught", "thought", "threw", "thrown", "understood", "wore",
      "withdrew", "withdrawn", "overtook", "undercut", "beat", "beaten", "broke", "broken", "risen", "fallen",
      "grown", "stole", "stolen", "dealt", "heard", "bore", "born", "ate", "eaten", "hung", "rang", "rode",
      "wound");
  private static final Set<String> FUTURE = Set.of("will", "i'll", "we'll", "he'll", "she'll", "they'll",
      "you'll", "gonna", "would", "i'd", "we'd", "should", "must", "need", "needs", "ought", "want", "wants",
      "hope", "let's", "can");
  private static final Set<String> OPINION = Set.of("think", "believe", "feel", "know", "love", "care", "proud",
      "wrong", "right", "great", "terrible", "disaster", "honor", "thank", "thanks");

  /**
   * Word classes that generalise beyond the training vocabulary: a sentence about taxes the model never
   * saw shares "topic=economy" with the ones it did. Self-written lexicons; a word has one class.
   */
  private static final Map<String, String> WORD_CLASS = new HashMap<>();

  private static void wordClass(String cls, String words) {
    for (String w : words.split(" ")) {
      String before = WORD_CLASS.putIfAbsent(w, cls);
      if (before != null) {
        throw new IllegalStateException("word '" + w + "' is in word classes " + before + " and " + cls);
      }
    }
  }

  static {
    wordClass("topic=economy", "tax taxes taxed taxpayers jobs job unemployment unemployed economy economic deficit "
        + "deficits debt wages wage income incomes salary salaries budget budgets spending inflation prices price "
        + "trade tariffs tariff manufacturing factories factory gdp growth recession depression stock market "
        + "markets dollars dollar billion billions trillion trillions million millions businesses business "
        + "workers worker employment payroll pensions pension poverty poor rich wealthy wealth mortgage mortgages "
        + "housing rent loans loan banks bank interest rates farmers farm exports imports revenue profits profit "
        + "corporations corporate companies minimum paycheck paychecks savings");
    wordClass("topic=health", "health healthcare insurance insured uninsured medicare medicaid coverage premiums "
        + "premium deductibles drug drugs prescription hospital hospitals doctors doctor nurses patients patient "
        + "virus pandemic vaccine vaccines deaths died dying cases infections disease diseases covid opioid "
        + "opioids overdose overdoses cancer abortion abortions clinics care");
    wordClass("topic=security", "military troops soldiers war wars army navy nuclear weapons weapon missiles "
        + "missile terror terrorism terrorist terrorists attack attacks attacked isis al qaeda veterans veteran "
        + "defense pentagon sanctions treaty treaties invasion invaded bombing bombed forces allies nato embassy "
        + "intelligence border borders");
    wordClass("topic=justice", "crime crimes criminal criminals police officers prison prisons prisoners jail "
        + "jails sentence sentences sentenced murder murders murdered homicides shootings guns gun firearms "
        + "violence violent arrested arrests court courts judge judges justice convicted incarceration "
        + "immigrants immigrant immigration illegal undocumented deported deportations deportation asylum "
        + "refugees refugee visas");
    // counted as a topic, but without a feature of its own: AI words fill headlines and teasers as much as
    // claims in the news training data and are absent from the speech data, so their own weight would only
    // learn that artefact
    wordClass("topic-technology", "ai model models chip chips chipmaker semiconductor semiconductors data "
        + "datacenter software startup startups algorithm algorithms chatbot chatbots robot robots robotics "
        + "compute computing cloud gpu gpus server servers app apps platform platforms users developers engineers "
        + "researchers lab labs benchmark benchmarks parameters tokens cyber cybersecurity hackers automation "
        + "automated tool tools license licensing patent patents copyright lawsuit regulator regulators investors "
        + "funding valuation acquisition customers subscribers councils universities");
    wordClass("topic=world", "china chinese russia russian russians iran iranian iraq iraqi syria syrian "
        + "afghanistan mexico mexican canada europe european ukraine korea korean israel japan india africa "
        + "venezuela cuba saudi germany france britain countries country nation nations world foreign "
        + "ally enemies enemy dictator dictators regime ambassador diplomats diplomatic overseas abroad "
        + "international global united");
    wordClass("population", "americans people families children seniors women men kids citizens "
        + "voters residents households students teachers minorities "
        + "african hispanic latino latinos black white middle class everybody everyone nobody");
    wordClass("topic=energy", "energy oil gas coal fracking pipeline pipelines emissions carbon climate "
        + "pollution solar wind electricity power plants plant drilling fuel gasoline environment environmental");
    wordClass("topic=public", "schools school student college tuition education "
        + "social security retirement benefits welfare program programs");
    wordClass("topic=government", "law laws bill bills vote voted votes voting legislation congress senate house "
        + "senator senators congressman congresswoman governor mayor administration president presidency "
        + "federal state states government agency agencies regulation regulations amendment act signed vetoed "
        + "passed repealed elected election elections campaign donors contributions lobbyists");
    wordClass("change", "increased increase increases decreased decrease decreases rose risen rising fell fallen "
        + "falling grew grown growing dropped drop declined decline doubled tripled quadrupled halved cut cuts "
        + "raise raises raising raised lower lowers lowered reduced reduce reduces lost losing gained gains created "
        + "added eliminated closed opened "
        + "expanded shrank shrunk soared plunged jumped surged skyrocketed collapsed");
    wordClass("compare", "more less fewer higher than most least biggest largest highest lowest smallest "
        + "record ever only first last worst best since compared average");
    wordClass("evaluative", "great terrible horrible disaster disgrace wonderful incredible tremendous beautiful "
        + "nasty stupid weak strong amazing fantastic awful pathetic ridiculous sad shame shameful unbelievable "
        + "phenomenal perfect nice lovely fine good bad wrong right honest dishonest corrupt crazy");
    wordClass("discourse", "folks look listen okay ok well anyway frankly honestly excuse sorry please thank thanks "
        + "yes no yeah");
  }

  private static boolean past(String w) {
    return w.length() > 4 && w.endsWith("ed") || PAST.contains(w);
  }

  /** Shape cues that generalise beyond the words seen in training: who did what, when. */
  private static void cues(List<String> toks, List<String> f) {
    int n = toks.size();
    boolean anyPast = false;
    boolean negation = false;
    Set<String> classes = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String t = toks.get(i);
      boolean fp = FIRST_PERSON.contains(t);
      boolean sp = SECOND_PERSON.contains(t);
      boolean tp = THIRD_PERSON.contains(t);
      if (fp || sp || tp) {
        String who = fp ? "subj1" : sp ? "subj2" : "subj3";
        for (int j = i + 1; j < Math.min(n, i + 3); j++) {
          String u = toks.get(j);
          if (past(u)) {
            f.add(who + "+past");
            break;
          }
          if (FUTURE.contains(u) || u.equals("going")) {
            f.add(who + "+future");
            break;
          }
          if (OPINION.contains(u)) {
            f.add(who + "+opinion");
            break;
          }
        }
      }
      anyPast |= past(t);
      negation |= t.equals("not") || t.endsWith("n't") || t.equals("never") || t.equals("no");
      if (FUTURE.contains(t)) {
        f.add("modal");
      }
      String c = WORD_CLASS.get(t);
      if (c != null && classes.add(c) && !c.startsWith("topic-")) { // topic-...: counted, no feature
        f.add(c);
      }
    }
    f.add(anyPast ? "past" : "nopast");
    if (negation) {
      f.add("negation");
    }
    int topics = 0;
    for (String c : classes) {
      if (c.startsWith("topic")) {
        topics++;
      }
    }
    f.add(topics == 0 ? "topics=0" : topics == 1 ? "topics=1" : "topics>=2");
    if (classes.contains("change") && topics > 0) {
      f.add("change+topic");
    }
  }

  /** Capitalised words after the first word, other than "I": names of people, places, bills, agencies. */
  private static int names(String text) {
    int count = 0;
    boolean firstWord = true;
    boolean prevBoundary = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
          && text.charAt(i - 1) != '\'' && text.charAt(i - 1) != '’')) {
        if (!firstWord && !prevBoundary && Character.isUpperCase(c)
            && !(c == 'I' && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1))))) {
          count++;
        }
        firstWord = false;
        prevBoundary = false;
      } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“') {
        prevBoundary = true;
      }
    }
    return count;
  }

  /** The model's features of a sentence, for inspection. */
  public static List<String> featuresOf(String text) {
    return List.of(features(text));
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
    int names = names(text);
    if (names > 0) {
      f.add(names == 1 ? "names=1" : "names>=2");
    }
    if (number) {
      f.add("hasnum");
    }
    if (question) {
      f.add("question");
    }
    if (!ENDS_SENTENCE.matcher(text.strip()).find()) {
      f.add("noend");
    }
    f.add(n < 6 ? "len<6" : n < 12 ? "len<12" : n < 25 ? "len<25" : "len>=25");
    f.add("bias");
    return f.toArray(new String[0]);
  }
}
