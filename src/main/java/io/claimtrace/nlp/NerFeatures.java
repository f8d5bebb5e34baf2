package io.claimtrace.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extra per-token features for the statistical name finder: knowledge-base matches (with B/I
 * position and type), membership in the authored name lists (first names, surnames, organisation
 * suffixes, nationality words, titles), month and weekday names, and a headline (all capitals) flag;
 * each also for the previous and next token.
 *
 * <p>Why: the name finder is trained on a small project-authored corpus, so it cannot learn from word
 * identity alone which capitalized words are names; these list features carry that knowledge and let
 * it generalize to names it never saw, and they are computed the same way in training and in use.
 * They are passed as OpenNLP "additional context", which the default context generator turns into
 * features. Immutable and thread-safe.
 */
public final class NerFeatures {
  static final String RES = "/io/claimtrace/nlp/ner-train/";
  /** Longest knowledge-base alias in tokens that is tried. */
  public static final int MAX_KB_TOKENS = 8;

  private final KnowledgeBase kb;
  final Set<String> firstNames;
  final Set<String> surnames;
  final Set<String> orgSuffixes;
  final Set<String> demonyms;
  /** Nationality, people, faith and group words: {@code demonyms.txt} plus {@code peoples.txt}. */
  final Set<String> peoples;
  final Set<String> titleWords;
  static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
      "Sep", "Sept", "Oct", "Nov", "Dec");
  /** Lower-case words the Penn tag dictionary knows with a common-word tag (not NNP/NNPS). */
  final Set<String> commonWords;
  /** Words the Penn tag dictionary knows only as proper nouns (NNP/NNPS). */
  final Set<String> properNouns;
  /** Function words and sentence adverbs, which the Penn tag dictionary may leave out. */
  static final Set<String> CLOSED_CLASS = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her", "its",
      "our", "their", "your", "my", "this", "that", "these", "those", "there", "here", "what", "which", "who",
      "whom", "whose", "when", "where", "why", "how", "if", "but", "and", "or", "so", "yet", "for", "nor", "as",
      "at", "by", "in", "on", "of", "to", "from", "with", "without", "after", "before", "since", "until", "while",
      "although", "though", "because", "however", "meanwhile", "also", "still", "now", "then", "today", "tonight",
      "yesterday", "tomorrow", "hey", "yes", "no", "not", "all", "some", "many", "most", "few", "several", "both",
      "each", "every", "any", "none", "one", "luckily", "unfortunately", "fortunately", "instead", "indeed",
      "perhaps", "maybe", "finally", "first", "second", "third", "last", "next", "later", "earlier", "again",
      "even", "just", "only", "once", "twice", "thus", "hence", "therefore", "otherwise", "besides", "overall",
      "naturally", "clearly", "obviously", "sadly", "thankfully", "hopefully", "honestly", "seriously");
  static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday");

  public NerFeatures(KnowledgeBase kb) {
    this.kb = kb;
    Lists l = Lists.get();
    this.orgSuffixes = l.orgSuffixes;
    this.demonyms = l.demonyms;
    this.peoples = l.peoples;
    this.titleWords = l.titleWords;
    this.commonWords = l.commonWords;
    this.properNouns = l.properNouns;
    this.firstNames = l.firstNames;
    this.surnames = l.surnames;
  }

  /**
   * The word lists, read once per JVM: the analyze stage builds a recognizer per Spark partition,
   * and reading the Penn tag dictionary and the 50k datafaker names each time cost about 125 ms.
   * The name lists are filtered against the bundled knowledge base whatever {@code --kb} files a
   * run adds, so the "fn"/"sn" features are the ones {@link NerModel} was trained with.
   */
  private static final class Lists {
    private static volatile Lists shared;

    final Set<String> orgSuffixes = words("org-suffixes.txt");
    final Set<String> demonyms = words("demonyms.txt");
    final Set<String> peoples = peoples(demonyms);
    final Set<String> titleWords;
    final Set<String> commonWords;
    final Set<String> properNouns;
    final Set<String> firstNames;
    final Set<String> surnames;

    private Lists() {
      Set<String> t = new HashSet<>();
      for (String line : lines("titles.txt")) {
        for (String w : line.split("\\s+")) {
          String lower = w.toLowerCase(Locale.ROOT);
          if (!CLOSED_CLASS.contains(lower)) {
            t.add(lower); // "head of research": "of" is no title word
          }
        }
      }
      this.titleWords = Set.copyOf(t);
      Set<String> common = new HashSet<>();
      Set<String> proper = new HashSet<>();
      readPennTagDictionary(common, proper);
      common.addAll(CLOSED_CLASS);
      this.commonWords = Set.copyOf(common);
      this.properNouns = Set.copyOf(proper);
      this.firstNames = names("first-names.txt", "datafaker-first-names.txt");
      this.surnames = names("surnames.txt", "datafaker-surnames.txt");
    }

    private static Set<String> peoples(Set<String> demonyms) {
      Set<String> out = new HashSet<>(demonyms);
      out.addAll(words("peoples.txt"));
      return Set.copyOf(out);
    }

    static Lists get() {
      Lists l = shared;
      if (l == null) {
        synchronized (Lists.class) {
          l = shared;
          if (l == null) {
            l = new Lists();
            shared = l;
          }
        }
      }
      return l;
    }

    /**
     * The authored list plus the derived datafaker list (see DatafakerNameListsTest), less the derived
     * names that are also common English words ("Will", "Rich", "Long"), places or organisations in the
     * knowledge base ("Paris", "Jordan"), nationality words, months or weekdays: in those the name
     * reading is the rarer one, and the authored lists keep the few that matter.
     */
    private Set<String> names(String authored, String derived) {
      Set<String> out = new HashSet<>(lines(authored));
      for (String w : lines(derived)) {
        if (!commonWords.contains(w.toLowerCase(Locale.ROOT)) && !demonyms.contains(w) && !MONTHS.contains(w)
            && !WEEKDAYS.contains(w) && !orgSuffixes.contains(w) && !kbPlaceOrOrg(w)) {
          out.add(w);
        }
      }
      return Set.copyOf(out);
    }

    private static boolean kbPlaceOrOrg(String w) {
      for (KbEntry e : KnowledgeBase.bundled().lookup(w)) {
        if (!e.type().equals(Entity.PERSON)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Reads the tag dictionary of the OpenNLP 1.5 Penn POS model ({@code /en-pos-maxent.bin}, a
   * Maven artifact already on the classpath): about 16k words of Wall Street Journal text with their
   * possible tags. Why: it tells a capitalized common word ("Analysis", "Today") from a name without
   * loading the tagger, and marks words seen only as proper nouns.
   */
  static void readPennTagDictionary(Set<String> common, Set<String> proper) {
    try (InputStream in = NerFeatures.class.getResourceAsStream(NlpModels.PENN_POS)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + NlpModels.PENN_POS + " on the classpath");
      }
      java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in);
      java.util.zip.ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!e.getName().equals("tags.tagdict")) {
          continue;
        }
        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern
            .compile("<entry tags=\"([^\"]*)\">\\s*<token>([^<]*)</token>").matcher(xml);
        while (m.find()) {
          String word = m.group(2).replace("&amp;", "&");
          boolean onlyProper = true;
          for (String tag : m.group(1).split(" ")) {
            onlyProper &= tag.equals("NNP") || tag.equals("NNPS");
          }
          if (onlyProper) {
            proper.add(word);
          } else if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            common.add(word);
          }
        }
        return;
      }
      throw new IllegalStateException("No tags.tagdict in " + NlpModels.PENN_POS);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A capitalized word whose lower-case form is a common English word and that is not a known name. */
  public boolean capitalizedCommonWord(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
        && commonWords.contains(token.toLowerCase(Locale.ROOT)) && !properNouns.contains(token)
        && !firstNames.contains(token) && !surnames.contains(token) && kb.lookup(token).isEmpty();
  }

  public KnowledgeBase kb() {
    return kb;
  }

  static List<String> lines(String file) {
    List<String> out = new ArrayList<>();
    try (InputStream in = NerFeatures.class.getResourceAsStream(RES + file)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RES + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String l;
      while ((l = r.readLine()) != null) {
        l = l.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> words(String file) {
    return Set.copyOf(new HashSet<>(lines(file)));
  }

  /** Knowledge-base matches, greedy longest-first from left to right. */
  public List<KnowledgeBase.Match> kbMatches(String[] tokens) {
    List<KnowledgeBase.Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      KnowledgeBase.Match m = kb.longestMatch(tokens, i, MAX_KB_TOKENS);
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** True when most letters of the sentence are capitals (a headline). */
  public static boolean headline(String[] tokens) {
    int up = 0;
    int low = 0;
    for (String t : tokens) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isUpperCase(c)) {
          up++;
        } else if (Character.isLowerCase(c)) {
          low++;
        }
      }
    }
    return up > 3 && up > 2 * low;
  }

  /** The additional context for every token, given the knowledge-base matches. */
  public String[][] context(String[] tokens, List<KnowledgeBase.Match> matches) {
    int n = tokens.length;
    String[] kbTag = new String[n];
    for (KnowledgeBase.Match m : matches) {
      String type = m.entries().get(0).type();
      for (int j = m.start(); j < m.end(); j++) {
        kbTag[j] = (j == m.start() ? "B-" : "I-") + type;
      }
    }
    boolean head = headline(tokens);
    List<List<String>> own = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      own.add(classes(tokens[i], kbTag[i], head));
    }
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(8);
      f.addAll(own.get(i));
      if (i > 0) {
        for (String s : own.get(i - 1)) {
          f.add("p:" + s);
        }
      } else {
        f.add("p:BOS");
      }
      if (i + 1 < n) {
        for (String s : own.get(i + 1)) {
          f.add("n:" + s);
        }
      }
      if (head) {
        f.add("hl");
      }

      out[i] = f.toArray(new String[0]);
    }
    return out;
  }

  private List<String> classes(String token, String kbTag, boolean head) {
    List<String> c = new ArrayList<>(3);
    if (kbTag != null) {
      c.add("kb=" + kbTag);
    }
    String t = head && token.length() > 1 ? titleCase(token) : token;
    if (firstNames.contains(t)) {
      c.add("fn");
    }
    if (surnames.contains(t)) {
      c.add("sn");
    }
    if (orgSuffixes.contains(t)) {
      c.add("osf");
    }
    if (demonyms.contains(t)) {
      c.add("dem");
    }
    if (MONTHS.contains(t)) {
      c.add("mon");
    }
    if (WEEKDAYS.contains(t)) {
      c.add("wd");
    }
    if (properNouns.contains(t)) {
      c.add("pn");
    } else if (!head && capitalizedCommonWord(token)) {
      c.add("cw");
    }
    if (titleWords.contains(token.toLowerCase(Locale.ROOT))) {
      c.add("ttl");
    }
    return c;
  }

  /**
   * A hyphenated name whose parts are all in the list: "Anna-Maria" is a first name, "Smith-Jones" a
   * surname, though neither list holds the compound.
   */
  static boolean hyphenatedIn(String t, Set<String> names) {
    int h = t.indexOf('-');
    if (h <= 0 || h == t.length() - 1) {
      return false;
    }
    for (String part : t.split("-")) {
      if (!names.contains(part)) {
        return false;
      }
    }
    return true;
  }

  static String titleCase(String t) {
    return t.substring(0, 1) + t.substring(1).toLowerCase(Locale.ROOT);
  }
}
