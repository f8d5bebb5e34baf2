package io.claimtrace.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The cues a news reader uses to tell an unknown company name from a person's name ("Velbix said",
 * "startup Velbix", "Velbix, a Lisbon startup", "Velbix chief executive Anna Kessler", "analysts at
 * Velbix"), and the contrary person cues ("Dr Velbix", "Velbix, who", "Velbix said he").
 *
 * <p>Why: the recognizer's back-off and model call an unknown lone capitalized word a person by
 * default, while in AI news an invented one- or two-word company name is the likelier reading, and
 * the one that matters: an unknown company is a fabrication signal. The cues only apply to names no
 * list or knowledge-base entry makes a person ({@link #unlisted}). All sets are authored from general
 * English news usage. Every check looks at a few tokens around a span, so it costs nothing per token.
 *
 * <p>Immutable and thread-safe.
 */
final class CompanyCues {
  /** Kinds of company that name one right after them: "startup Velbix", "the charity Velbix". */
  static final Set<String> BEFORE = Set.of("startup", "start-up", "company", "firm", "chipmaker", "carmaker",
      "automaker", "marketplace", "retailer", "lab", "charity", "nonprofit", "non-profit", "conglomerate",
      "subsidiary", "unicorn", "outsourcer", "consultancy", "insurer", "lender", "manufacturer", "supplier",
      "vendor", "broadcaster", "airline", "operator", "provider", "newspaper", "outlet", "brokerage", "label",
      "hyperscaler", "contractor", "distributor", "telco", "fintech", "biotech", "incubator", "accelerator");
  /** Heads of an apposition that make the name before it a company: "Velbix, a Dublin-based developer of". */
  static final Set<String> APPOSITION = Set.of("startup", "start-up", "company", "firm", "maker", "developer",
      "provider", "operator", "marketplace", "retailer", "lab", "laboratory", "charity", "nonprofit", "non-profit",
      "conglomerate", "subsidiary", "unicorn", "outsourcer", "consultancy", "insurer", "lender", "bank",
      "manufacturer", "supplier", "vendor", "broadcaster", "publisher", "airline", "carrier", "utility", "group",
      "business", "giant", "chipmaker", "carmaker", "automaker", "newspaper", "daily", "weekly", "outlet",
      "platform", "brokerage", "fund", "investor", "studio", "label", "hyperscaler", "contractor", "distributor",
      "telco", "fintech", "biotech", "agency", "firms", "companies", "startups", "builder", "designer", "owner");
  /** Words that end an apposition's noun phrase: its head is the word before. */
  private static final Set<String> APPOSITION_END = Set.of(",", ".", ";", ":", "of", "in", "at", "for", "with",
      "from", "that", "which", "whose", "who", "behind", "and", "--", "-", "\u2014", ")", "'s", "\u2019s",
      "on", "to", "by");
  /** Verbs right after a name that report what companies do ("Velbix raised $ 40 million"). */
  static final Set<String> VERBS_AFTER = Set.of("raised", "raises", "released", "releases", "launched", "launches", "shipped", "ships",
      "unveiled", "unveils", "acquired", "acquires", "employs", "manufactures", "licenses", "licensed",
      "open-sourced", "debuted", "debuts", "rolled", "laid", "lays", "hired", "hires", "valued", "operates",
      "filed", "files", "posted", "reported");
  /** After "Velbix 's": what a company has and a person seldom does. */
  static final Set<String> POSSESSED = Set.of("shares", "stock", "headquarters", "board", "revenue", "revenues",
      "sales", "profit", "profits", "customers", "employees", "workforce", "engineers", "chips", "models",
      "subsidiary", "parent", "valuation", "investors", "shareholders", "products", "platform", "app", "servers",
      "CEO", "founders", "co-founder", "cofounder", "founder", "chief");
  /** Roles in an organisation written between it and its holder: "Velbix chief executive Anna Kessler". */
  static final Set<String> ROLES = Set.of("chief", "president", "founder", "co-founder", "cofounder", "CEO", "CTO",
      "CFO", "chairman", "chairwoman", "chair", "executive", "director", "head", "vice", "analyst", "researcher",
      "engineer", "scientist", "economist", "spokesperson", "general", "managing", "senior", "co-chief");
  /** People who work at an organisation: "analysts at Velbix", "an engineer at Velbix". */
  static final Set<String> AT_JOBS = Set.of("engineer", "engineers", "researcher", "researchers", "analyst",
      "analysts", "scientist", "scientists", "economist", "economists", "executive", "executives", "employee",
      "employees", "staff", "manager", "managers", "director", "developer", "developers", "strategist",
      "strategists", "investor", "investors", "partner", "trader", "traders", "workers", "officer", "officers",
      "programmer", "programmers", "designer", "designers", "product", "lead", "intern", "head",
      "worked", "works", "job", "jobs");
  /** Name endings of invented brands ("Velbix", "Quantify", "Sendio"), for words in no name list. */
  private static final String[] BRAND_ENDINGS = {"ix", "io", "ify", "ai", "ly", "labs", "tech", "soft", "ware",
      "bot", "bots", "mart", "hub", "verse", "stack", "grid", "loop", "forge", "wave", "sync", "logic", "works",
      "scape", "flow", "deck", "base", "cloud", "metrics", "nomics"};
  /** CamelCase prefixes of personal names: "McAllister", "DeAndre", "LeBron", "MacLeod", "O'Neill". */
  private static final String[] NAME_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
      "St", "Fitz", "Al", "El", "Ben", "Abu", "Ap"};

  private final NerFeatures features;
  private final KnowledgeBase kb;

  CompanyCues(NerFeatures features, KnowledgeBase kb) {
    this.features = features;
    this.kb = kb;
  }

  /**
   * No word of the span is a known first name opening it or a known surname closing it, and none
   * is a known person: the lists give no reason to read it as a person's name.
   */
  boolean unlisted(String[] t, int s, int e) {
    String first = t[s];
    String last = t[e - 1];
    if (features.firstNames.contains(first) || NerFeatures.hyphenatedIn(first, features.firstNames)
        || features.surnames.contains(last) || NerFeatures.hyphenatedIn(last, features.surnames)) {
      return false;
    }
    for (int k = s; k < e; k++) {
      for (KbEntry x : kb.lookup(t[k])) {
        if (x.type().equals(Entity.PERSON)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A company cue around the span t[s, e) (see the class comment); says nothing of person cues. */
  boolean company(String[] t, int s, int e) {
    String prev = s > 0 ? t[s - 1] : "";
    if (BEFORE.contains(prev)) {
      return true; // "startup Velbix", "the charity Velbix"
    }
    if (s >= 2 && prev.equals("at") && (AT_JOBS.contains(t[s - 2]) || t[s - 2].endsWith("ist")
        || t[s - 2].endsWith("ists"))) {
      return true; // "analysts at Velbix", "a pharmacologist at Velbix"
    }
    if (s >= 2 && prev.equals("of") && (t[s - 2].equals("shares") || t[s - 2].equals("maker")
        || t[s - 2].equals("makers") || t[s - 2].equals("customers") || t[s - 2].equals("investors"))) {
      return true; // "shares of Velbix"
    }
    if (e >= t.length) {
      return false;
    }
    String next = t[e];
    if (VERBS_AFTER.contains(next)) {
      return true;
    }
    if ((next.equals("'s") || next.equals("\u2019s")) && e + 1 < t.length && POSSESSED.contains(t[e + 1])) {
      return true; // "Velbix 's shares", "Velbix 's chief executive"
    }
    if (ROLES.contains(next) && roleHolder(t, e)) {
      return true; // "Velbix chief executive Anna Kessler"
    }
    if (next.equals(",") && apposition(t, e + 1)) {
      return true;
    }
    if ((next.equals("said") || next.equals("says") || next.equals("announced")) && e + 1 < t.length) {
      String w = t[e + 1];
      if (w.equals("its")) {
        return true; // "Velbix said its model ..."
      }
      if (w.equals("in") && e + 4 < t.length) {
        for (int k = e + 2; k <= e + 4; k++) {
          if (t[k].equals("statement") || t[k].equals("filing") || t[k].equals("release")) {
            return true; // "Velbix said in an emailed statement"
          }
        }
      }
      if (w.equals("it") && e + 2 < t.length && IT_VERBS.contains(t[e + 2])) {
        return true; // "Velbix said it expected ..."
      }
    }
    return false;
  }

  /** Verbs after "X said it" that a company, not a thing a person talks of, does. */
  private static final Set<String> IT_VERBS = Set.of("expected", "expects", "plans", "planned", "intends",
      "intended", "raised", "launched", "hired", "employs", "would", "will", "had", "has", "was", "is");

  /** Words inside a role title that are no role on their own ("chief operating officer", "head of research"). */
  private static final Set<String> ROLE_WORDS = Set.of("officer", "of", "financial", "technology", "operating",
      "product", "research");

  /** Lower-case roles from t[i] on, then a capitalized name: "chief executive Anna Kessler". */
  private static boolean roleHolder(String[] t, int i) {
    int k = i;
    while (k < t.length && k - i < 4 && (ROLES.contains(t[k]) || ROLE_WORDS.contains(t[k]))) {
      k++;
    }
    return k > i && k < t.length && !t[k].isEmpty() && Character.isUpperCase(t[k].charAt(0));
  }

  /**
   * An apposition from t[i] whose head (its last word before a preposition, relative pronoun or
   * punctuation, within seven words) names a kind of company: ", a two-year-old chip startup",
   * ", the Shenzhen-based handset maker", ", an online marketplace".
   */
  private static boolean apposition(String[] t, int i) {
    if (i >= t.length) {
      return false;
    }
    String det = t[i].toLowerCase(Locale.ROOT);
    if (!(det.equals("a") || det.equals("an") || det.equals("the") || det.equals("one"))) {
      return false;
    }
    int k = i + 1;
    while (k < t.length && k - i <= 7 && (!APPOSITION_END.contains(t[k]) || hyphenBased(t, k))) {
      k++;
    }
    return k > i + 1 && (k == t.length || APPOSITION_END.contains(t[k])) && APPOSITION.contains(t[k - 1]);
  }

  /** "- based" of a tokenized "Basel-based", inside an apposition, not a dash ending it. */
  private static boolean hyphenBased(String[] t, int k) {
    return t[k].equals("-") && k + 1 < t.length && t[k + 1].equals("based");
  }

  /**
   * Person cues that outweigh company cues: a title right before ({@link NameWords#PERSON_BEFORE}
   * such as "Dr", or a word of ner-train/titles.txt such as "minister"), ", who"/", whose", or "X said
   * he/she".
   */
  boolean person(String[] t, int s, int e) {
    String prev = s > 0 ? t[s - 1] : "";
    if (NameWords.PERSON_BEFORE.contains(prev) || features.titleWords.contains(prev.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (e + 1 < t.length && (t[e].equals("said") || t[e].equals("says") || t[e].equals("told"))
        && (t[e + 1].equals("he") || t[e + 1].equals("she") || t[e + 1].equals("his") || t[e + 1].equals("her"))) {
      return true;
    }
    return e + 1 < t.length && t[e].equals(",") && (t[e + 1].equals("who") || t[e + 1].equals("whose"));
  }

  /**
   * The shape of an invented brand, for one word in no name list: CamelCase inside ("SensorGrid",
   * not "McAllister") or a brand ending ("-ix", "-io", "-ify", "-labs"; "Velbix").
   */
  boolean brandShape(String w) {
    if (!unknownWord(w)) {
      return false;
    }
    if (camelCase(w)) {
      return true;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    for (String end : BRAND_ENDINGS) {
      if (lower.endsWith(end) && w.length() - end.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** CamelCase inside a word in no name list ("SensorGrid"), a shape places and people seldom have. */
  boolean camelCaseBrand(String w) {
    return unknownWord(w) && camelCase(w);
  }

  private boolean unknownWord(String w) {
    return w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !KnowledgeBase.isUpperWord(w)
        && !features.firstNames.contains(w) && !features.surnames.contains(w) && kb.lookup(w).isEmpty()
        && !features.commonWords.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean camelCase(String w) {
    int n = w.length();
    int caps = 0;
    while (caps < n && Character.isUpperCase(w.charAt(caps))) {
      caps++;
    }
    if (caps >= 3 && caps + 1 < n && Character.isLowerCase(w.charAt(caps)) && Character.isLowerCase(w.charAt(caps + 1))
        && w.indexOf('-') < 0 && w.indexOf('\'') < 0) {
      return true; // an acronym fused with a word: "AIWire", "CNNMoney", "IBMWatson"
    }
    for (int k = 2; k < n - 1; k++) {
      char c = w.charAt(k);
      if (Character.isUpperCase(c) && Character.isLowerCase(w.charAt(k - 1)) && Character.isLowerCase(w.charAt(k + 1))) {
        boolean prefix = false;
        for (String p : NAME_PREFIXES) {
          prefix |= p.length() == k && w.startsWith(p);
        }
        return !prefix && w.indexOf('-') < 0 && w.indexOf('\'') < 0;
      }
    }
    return false;
  }
}
