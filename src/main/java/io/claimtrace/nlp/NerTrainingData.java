package io.claimtrace.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The name finder's training corpus, built reproducibly from project-authored resources only: the
 * hand-annotated sentences in {@code ner-train/annotated.txt} plus sentences generated from
 * {@code ner-train/templates.txt} by filling slots with names from the authored lists and the
 * bundled knowledge base (a fixed random seed makes the corpus identical on every run).
 *
 * <p>Why templates: no openly licensed English NER training set ships with OpenNLP or on Maven
 * Central, and the evaluation sets must never be trained on. Templates teach the model the contexts
 * names occur in ("X, the chief executive of Y, said"), and a share of generated names are invented
 * (random syllables) and a share have their list features removed, so that the model also learns
 * from context and word shape rather than only from the lists.
 */
public final class NerTrainingData {
  /** Number of template sentences generated. */
  public static final int GENERATED = 4000;
  static final long SEED = 20261126L;

  private static final String[] SYL = {"ka", "lo", "ri", "men", "dor", "sa", "vel", "tor", "an", "qui", "zel",
      "bra", "nov", "ix", "ter", "mal", "os", "ru", "fen", "gar", "li", "ton", "ver", "da", "shi", "ko", "har",
      "mi", "sto", "ne", "pel", "un", "cor", "ba", "wyn", "el", "tha", "ros", "gi", "lan"};
  private static final String[] ORG_PLACE_WORDS = {"Bank of", "University of", "Port of", "Government of",
      "Ministry of Health of"};
  private static final String[] PLACE_ORG_SUFFIX = {"United", "City", "Rovers", "Athletic", "FC", "Wanderers",
      "Airlines", "Insurance", "University", "Telecom", "Police", "Council", "Stock Exchange", "Energy"};

  private final NerFeatures features;
  private final Random rnd = new Random(SEED);
  private final List<String> first;
  private final List<String> last;
  private final List<String> stems;
  private final List<String> suffixes;
  private final List<String> dems;
  private final List<String> titles;
  private final List<String> kbPer = new ArrayList<>();
  private final List<String> kbOrg = new ArrayList<>();
  private final List<String> kbLoc = new ArrayList<>();
  private final List<String> kbProd = new ArrayList<>();

  private final List<String> openers;

  public NerTrainingData(NerFeatures features) {
    this.features = features;
    List<String> op = new ArrayList<>(new java.util.TreeSet<>(features.commonWords));
    op.removeIf(w -> w.length() < 2 || !w.chars().allMatch(Character::isLetter));
    this.openers = op;
    this.first = NerFeatures.lines("first-names.txt");
    this.last = NerFeatures.lines("surnames.txt");
    this.stems = NerFeatures.lines("org-stems.txt");
    this.suffixes = NerFeatures.lines("org-suffixes.txt");
    this.dems = NerFeatures.lines("demonyms.txt");
    this.titles = NerFeatures.lines("titles.txt");
    for (KbEntry e : features.kb().entries()) {
      List<String> target = switch (e.type()) {
        case Entity.PERSON -> kbPer;
        case Entity.ORG -> kbOrg;
        case Entity.LOC -> kbLoc;
        default -> kbProd;
      };
      for (String n : e.names()) {
        if (n.chars().anyMatch(Character::isLetter) && !(e.type().equals(Entity.PERSON) && !n.contains(" "))) {
          target.add(n);
        }
      }
    }
  }

  /** All training samples: the annotated sentences, then the generated ones. */
  public List<NameSample> samples() {
    List<NameSample> out = new ArrayList<>();
    for (String line : NerFeatures.lines("annotated.txt")) {
      try {
        NameSample s = NameSample.parse(line, false);
        out.add(withContext(s.getSentence(), s.getNames(), false));
      } catch (IOException e) {
        throw new UncheckedIOException("Bad line in ner-train/annotated.txt: " + line, e);
      }
    }
    List<String> templates = NerFeatures.lines("templates.txt");
    for (int i = 0; i < GENERATED; i++) {
      out.add(generate(templates.get(rnd.nextInt(templates.size()))));
    }
    return out;
  }

  private NameSample withContext(String[] tokens, Span[] names, boolean dropEntityFeatures) {
    String[][] ctx = features.context(tokens, features.kbMatches(tokens));
    if (dropEntityFeatures) {
      for (Span s : names) {
        for (int j = s.getStart(); j < s.getEnd(); j++) {
          ctx[j] = new String[0];
        }
      }
    }
    return new NameSample(tokens, names, ctx, false);
  }

  private NameSample generate(String template) {
    List<String> toks = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    for (String slot : template.split(" ")) {
      int start = toks.size();
      String type = null;
      switch (slot) {
        case "{PER}" -> {
          add(toks, person());
          type = "person";
        }
        case "{PERL}" -> {
          add(toks, rnd.nextInt(100) < 80 ? pick(last) : invented());
          type = "person";
        }
        case "{ORG}" -> {
          add(toks, org());
          type = "organization";
        }
        case "{LOC}" -> {
          add(toks, rnd.nextInt(100) < 85 ? pick(kbLoc) : invented() + (rnd.nextBoolean() ? "" : " Province"));
          type = "location";
        }
        case "{DEM}" -> add(toks, pick(dems));
        case "{TITLE}" -> add(toks, pick(titles));
        case "{PROD}" -> add(toks, rnd.nextBoolean() ? pick(kbProd) : pick(stems) + " " + (1 + rnd.nextInt(9)));
        case "{NUM}" -> toks.add(Integer.toString(rnd.nextInt(100) < 70 ? rnd.nextInt(100) : rnd.nextInt(5000)));
        case "{YEAR}" -> toks.add(Integer.toString(1990 + rnd.nextInt(37)));
        case "{MONTH}" -> toks.add(pickOf(NerFeatures.MONTHS));
        case "{DAY}" -> toks.add(pickOf(NerFeatures.WEEKDAYS));
        default -> {
          if (slot.contains("{")) {
            for (String p : slot.replace("{YEAR}", Integer.toString(1990 + rnd.nextInt(37)))
                .replace("{NUM}", String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12))).split(" ")) {
              toks.add(p);
            }
          } else {
            toks.add(slot);
          }
        }
      }
      if (type != null) {
        names.add(new Span(start, toks.size(), type));
      }
    }
    if (rnd.nextInt(100) < 30) {
      String w = openers.get(rnd.nextInt(openers.size()));
      List<String> pre = new ArrayList<>();
      pre.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      if (rnd.nextBoolean()) {
        pre.add(",");
      }
      for (int k = 0; k < names.size(); k++) {
        Span sp = names.get(k);
        names.set(k, new Span(sp.getStart() + pre.size(), sp.getEnd() + pre.size(), sp.getType()));
      }
      toks.addAll(0, pre);
    }
    String[] tokens = toks.toArray(new String[0]);
    if (rnd.nextInt(100) < 8) {
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = tokens[i].toUpperCase(Locale.ROOT);
      }
    }
    return withContext(tokens, names.toArray(new Span[0]), rnd.nextInt(100) < 20);
  }

  private static void add(List<String> toks, String name) {
    toks.addAll(KnowledgeBase.splitNameTokens(name));
  }

  private String person() {
    int r = rnd.nextInt(100);
    if (r < 62) {
      return pick(first) + " " + pick(last);
    } else if (r < 70) {
      return pick(first) + " " + (char) ('A' + rnd.nextInt(26)) + ". " + pick(last);
    } else if (r < 80) {
      return invented() + " " + invented();
    } else if (r < 87) {
      return pick(first) + " " + invented();
    } else if (r < 95) {
      return pick(kbPer);
    }
    return pick(first) + " " + pick(first) + " " + pick(last);
  }

  private String org() {
    int r = rnd.nextInt(100);
    if (r < 35) {
      return pick(kbOrg);
    } else if (r < 62) {
      return pick(stems) + " " + pick(suffixes);
    } else if (r < 70) {
      return pick(stems) + " " + pick(stems) + " " + pick(suffixes);
    } else if (r < 78) {
      return invented() + " " + pick(suffixes);
    } else if (r < 84) {
      return pick(kbOrg) + " " + pick(suffixes);
    } else if (r < 90) {
      return pick(kbLoc) + " " + PLACE_ORG_SUFFIX[rnd.nextInt(PLACE_ORG_SUFFIX.length)];
    } else if (r < 94) {
      return ORG_PLACE_WORDS[rnd.nextInt(ORG_PLACE_WORDS.length)] + " " + pick(kbLoc);
    }
    return pick(stems);
  }

  private String invented() {
    int n = 2 + rnd.nextInt(2);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(SYL[rnd.nextInt(SYL.length)]);
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }

  private String pick(List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private String pickOf(java.util.Set<String> s) {
    List<String> l = new ArrayList<>(new java.util.TreeSet<>(s));
    return l.get(rnd.nextInt(l.size()));
  }
}
