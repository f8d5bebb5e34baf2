package io.claimtrace.nlp;

import static io.claimtrace.nlp.NameWords.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * Typed entity recognition built from OpenNLP parts: knowledge-base matching, pattern rules
 * ({@link EntityRules}) and the project's statistical name finder ({@link NerModel}).
 *
 * <p>Precedence and overlap resolution. All candidate spans are collected, then taken greedily:
 * longer spans first, and among equally long spans by source in this order: knowledge base, strong
 * rules (dates, money, percentages, versioned names of known model families), the statistical model,
 * weak rules (versioned names of unknown families, numbers and quantities). A candidate that overlaps
 * a span already taken is dropped. Longest-first is deliberate: "DeepMind Partners" found by the
 * model beats the known entry "DeepMind" inside it and comes out as an unknown ORG, which is what
 * later fabrication checks need. Any span whose exact text is a knowledge-base alias of the same type
 * is marked known, whatever found it.
 *
 * <p>Names of events, agreements, laws, awards and competitions ("World Cup", "Paris Agreement") are
 * found as internal MISC spans so that they block their words, and are never output. After the
 * greedy pass, layout rules retype team names in sports tables, fixture and score lines, a back-off
 * types capitalized runs nothing covered (from the name lists, organisation and place words and the
 * words around a lone name), and in document mode the types of repeated texts are settled by votes.
 *
 * <p>Knowledge-base matching is the token-level longest match of {@link KnowledgeBase#longestMatch}
 * (the same result as OpenNLP's {@code DictionaryNameFinder}, plus the entry ids), case-sensitive
 * except in all-capitals headlines.
 *
 * <p>Stateless apart from immutable shared parts (model, knowledge base, features), so one recognizer
 * may be shared by threads; building one per thread or Spark partition is also fine. Works on untagged sentences (it uses token shape, not POS tags).
 */
public final class EntityRecognizer {
  private static final int PRI_KB = 0;
  private static final int PRI_RULE = 1;
  private static final int PRI_MODEL = 2;
  private static final int PRI_WEAK = 3;

  private final KnowledgeBase kb;
  private final NerFeatures features;
  private final EntityRules rules;
  private final NerModel model;
  private final CompanyCues cues;

  /** A recognizer over the bundled knowledge base. */
  public EntityRecognizer() {
    this(KnowledgeBase.bundled());
  }

  /** A recognizer over the given knowledge base (e.g. bundled plus {@code --kb} files). */
  public EntityRecognizer(KnowledgeBase kb) {
    NerModel m = NerModel.get();
    this.kb = kb;
    this.features = kb == m.features().kb() ? m.features() : new NerFeatures(kb);
    this.rules = new EntityRules(kb);
    this.model = m;
    this.cues = new CompanyCues(features, kb);
  }

  public KnowledgeBase kb() {
    return kb;
  }

  /** Entities of one sentence, with character offsets in the article text, in text order. */
  public List<Entity> find(AnalyzedSentence sentence) {
    List<Token> toks = sentence.tokens();
    if (toks.isEmpty()) {
      return List.of();
    }
    Words w = words(sentence);
    return toEntities(sentence, w, findInTokens(w.texts));
  }

  /**
   * Token texts with the pieces of hyphenated names joined ({@link HyphenatedWords}) and a possessive
   * "'s" split off ("OpenAI's" is one UD token), and their offsets.
   */
  private record Words(String[] texts, int[] starts, int[] ends) {}

  private Words words(AnalyzedSentence sentence) {
    List<Token> toks = sentence.tokens();
    String[] tt = new String[toks.size()];
    int[] ts = new int[tt.length];
    int[] te = new int[tt.length];
    for (int i = 0; i < tt.length; i++) {
      Token t = toks.get(i);
      tt[i] = t.text();
      ts[i] = t.start();
      te[i] = t.end();
    }
    HyphenatedWords.Joined j = joinHyphenated(tt, ts, te);
    String[] jt = j.texts();
    int possessives = 0;
    for (String x : jt) {
      if (possessiveName(x)) {
        possessives++;
      }
    }
    if (possessives == 0) {
      return new Words(jt, j.starts(), j.ends());
    }
    String[] texts = new String[jt.length + possessives];
    int[] st = new int[texts.length];
    int[] en = new int[texts.length];
    int m = 0;
    for (int i = 0; i < jt.length; i++) {
      String x = jt[i];
      int start = j.starts()[i];
      int end = j.ends()[i];
      if (possessiveName(x)) {
        texts[m] = x.substring(0, x.length() - 2);
        st[m] = start;
        en[m++] = end - 2;
        x = x.substring(x.length() - 2);
        start = end - 2;
      }
      texts[m] = x;
      st[m] = start;
      en[m++] = end;
    }
    return new Words(texts, st, en);
  }

  /** A capitalized word with a possessive "'s" attached ("OpenAI's"). */
  private static boolean possessiveName(String x) {
    int n = x.length();
    return n > 2 && (x.charAt(n - 2) == '\'' || x.charAt(n - 2) == '\u2019') && x.charAt(n - 1) == 's'
        && Character.isUpperCase(x.charAt(0));
  }

  /**
   * Joins the touching pieces of hyphenated names ({@link HyphenatedWords}), keeping apart words
   * whose pieces are each known names while the whole is not ("US-China talks": two places).
   * Public for the benchmark, which scores on treebank tokens split the same way.
   */
  public HyphenatedWords.Joined joinHyphenated(String[] texts, int[] starts, int[] ends) {
    return HyphenatedWords.join(texts, starts, ends, this::knownParts);
  }

  private boolean knownParts(String word) {
    String w = word;
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019')) {
      w = w.substring(0, n - 2);
    }
    if (!kb.lookup(w).isEmpty()) {
      return false;
    }
    for (String part : w.split("-")) {
      if (kb.lookup(part).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<Entity> toEntities(AnalyzedSentence sentence, Words w, List<TypedSpan> spans) {
    List<Entity> out = new ArrayList<>(spans.size());
    for (TypedSpan s : spans) {
      int start = w.starts[s.start()];
      int end = w.ends[s.end() - 1];
      String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
      String method = s.method().startsWith("rule") ? "rule" : s.method();
      out.add(new Entity(text, s.type(), start, end, s.kbId() != null, s.kbId(), method));
    }
    return out;
  }

  /** Typed token spans of a pre-tokenized sentence, in token order. */
  public List<TypedSpan> findInTokens(String[] tokens) {
    if (tokens.length == 0) {
      return List.of();
    }
    List<Cand> cands = new ArrayList<>();
    List<KnowledgeBase.Match> matches = features.kbMatches(tokens);
    for (KnowledgeBase.Match m : matches) {
      KbEntry e = m.entries().get(0);
      cands.add(new Cand(new TypedSpan(m.start(), m.end(), e.type(), e.id(), "kb"), PRI_KB));
      if (e.type().equals(Entity.LOC)) {
        placeExtensions(tokens, m.start(), m.end(), e.id(), cands);
        if (m.end() - m.start() == 1 && adjectiveBeforeNoun(tokens, m.start())) {
          cands.add(new Cand(new TypedSpan(m.start(), m.end(), MISC, null, "rule"), PRI_KB - 1));
        }
      }
    }
    boolean tableLine = tableLine(tokens);
    boolean scoreLine = scoreLine(tokens);
    boolean fixtureLine = fixtureLine(tokens);
    boolean table = tableLine || scoreLine;
    for (TypedSpan s : rules.find(tokens)) {
      if (table && s.type().equals(Entity.PRODUCT) && s.method().equals(EntityRules.WEAK)) {
        continue; // "PHILADELPHIA 14 12 2": a team and its record, not a versioned product
      }
      cands.add(new Cand(s, s.method().equals(EntityRules.WEAK) ? PRI_WEAK : PRI_RULE));
    }
    for (int i = 0; i + 2 < tokens.length; i++) {
      if ((ORG_HEADS.contains(tokens[i]) || ORG_OF_HEADS.contains(tokens[i]))
          && (tokens[i + 1].equals("of") || tokens[i + 1].equals("for")) && isNameWord(tokens, i + 2)) {
        int e = i + 3;
        while (e < tokens.length && isNameWord(tokens, e)) {
          e++;
        }
        // "Motion Picture Association of America", "Glasgow School of Art": the capitalized words
        // before the head belong to the name, except titles and a sentence-initial common word.
        int s = i;
        while (s > 0 && isNameWord(tokens, s - 1) && !PERSON_BEFORE.contains(tokens[s - 1])
            && !NerFeatures.MONTHS.contains(tokens[s - 1]) && !NerFeatures.WEEKDAYS.contains(tokens[s - 1])
            && !(s - 1 == 0 && features.capitalizedCommonWord(tokens[0]))) {
          s--;
        }
        cands.add(new Cand(new TypedSpan(s, e, Entity.ORG, null, "rule"), PRI_MODEL));
      }
    }
    for (TypedSpan s : miscNames(tokens)) {
      cands.add(new Cand(s, PRI_RULE));
    }
    String[][] ctx = features.context(tokens, matches);
    Span[] found = model.find(tokens, ctx);
    for (Span s : found) {
      String type = switch (s.getType()) {
        case "person" -> Entity.PERSON;
        case "organization" -> Entity.ORG;
        case "location" -> Entity.LOC;
        default -> null;
      };
      int st = s.getStart();
      int en = s.getEnd();
      while (st < en && (((st == 0 || isOpening(tokens[st - 1])) && features.capitalizedCommonWord(tokens[st]))
          || (skipWord(tokens[st]) && !orgAfterModifier(tokens, st, en) && !givenName(tokens, st, en))
          || !hasLetterOrDigit(tokens[st]) || hyphenatedAdjectiveOrRange(tokens[st]))) {
        st++; // also "U.S.-based" before "MCI Communications"
      }
      while (en > st && !hasLetterOrDigit(tokens[en - 1])) {
        en--;
      }
      if (type != null && en - st == 1 && features.commonWords.contains(tokens[st].toLowerCase(Locale.ROOT))
          && !features.properNouns.contains(tokens[st]) && !features.firstNames.contains(tokens[st])
          && !features.surnames.contains(tokens[st])) {
        continue;
      }
      if (type != null && st < en && notAName(tokens, st, en)) {
        continue;
      }
      if (type != null && st > 0 && st < en && orgAfterModifier(tokens, st - 1, en)) {
        st--;
      }
      if (Entity.PERSON.equals(type) && hasOrgWord(tokens, st, en)) {
        type = Entity.ORG;
      }
      if (Entity.LOC.equals(type) && en - st >= 2 && (features.orgSuffixes.contains(tokens[en - 1])
          || MEDIA_COMPANY_ENDINGS.contains(tokens[en - 1]))) {
        type = Entity.ORG; // "signed to Decca Records", "moved to Velbor Holdings": a company, not a place
      }
      if (Entity.PERSON.equals(type) && en - st >= 2 && placePrefix(tokens[st])) {
        type = Entity.LOC;
      }
      if (type != null && en - st == 1 && hyphenatedPlace(tokens[st])) {
        type = Entity.LOC;
      }
      if (type != null && st < en && LOC_SUFFIXES.contains(tokens[en - 1])) {
        type = Entity.LOC;
      } else if (type != null && en - st == 1 && (personCue(tokens, st, en)
          || (Entity.LOC.equals(type) && personVerbAfter(tokens, st, en)) || loneListedName(tokens[st])
          || (Entity.ORG.equals(type) && en < tokens.length && personVerbOrPastTense(tokens[en]) && loneSurname(tokens[st]))
          // The subject of a verb only people do ("Winstone enrolled"), not a place's ("the mayor of X married")
          || (!Entity.PERSON.equals(type) && en < tokens.length && HUMAN_VERBS.contains(tokens[en])
              && !(st > 0 && (tokens[st - 1].equals("of") || PLACE_BEFORE.contains(tokens[st - 1])))
              && !hyphenatedPlace(tokens[st]) && !KnowledgeBase.isUpperWord(tokens[st]) && kb.lookup(tokens[st]).isEmpty())
          || (Entity.LOC.equals(type) && en < tokens.length && personVerbOrPastTense(tokens[en])
              && (loneSurname(tokens[st]) || loneListedName(tokens[st])))
          // A lone word the knowledge base does not know as a place, with a possessive after it: a
          // person far more often ("Hitchcock 's films", "Pompey 's actions"); known places keep theirs.
          // (This also covers a listed surname or first name before "'s", which are never known places.)
          || (Entity.LOC.equals(type) && en < tokens.length && possessive(tokens[en])
              && !KnowledgeBase.isUpperWord(tokens[st]) && kb.lookup(tokens[st]).isEmpty()))) {
        type = Entity.PERSON;
      } else if (type != null && !Entity.PERSON.equals(type) && st > 0 && ROLE_NOUNS.contains(tokens[st - 1])
          && en - st <= 3 && !hasOrgWord(tokens, st, en) && !LOC_SUFFIXES.contains(tokens[en - 1])
          && !KnowledgeBase.isUpperWord(tokens[st]) && kb.lookup(tokens[st]).isEmpty() && kb.lookup(tokens[en - 1]).isEmpty()) {
        type = Entity.PERSON; // "the knight Lyvet", "his teammate Prabowo Subianto", "director Garth Jennings"
      } else if (type != null && !Entity.PERSON.equals(type) && en - st >= 2 && initial(tokens[st])
          && !hasOrgWord(tokens, st, en) && !LOC_SUFFIXES.contains(tokens[en - 1])) {
        type = Entity.PERSON; // "M. Waugh", "A. Curts Cooke": an initial opens a person's name
      } else if (en - st >= 2 && en - st <= 3 && looksLikePerson(tokens, st, en) && (Entity.ORG.equals(type)
          || (Entity.LOC.equals(type) && firstName(tokens[st]) && kb.lookup(tokens[st]).isEmpty()))) {
        type = Entity.PERSON;
      }
      if (type != null && st < en && plausibleName(tokens, st, en)) {
        cands.add(new Cand(new TypedSpan(st, en, type, null, "model"), PRI_MODEL));
      }
    }
    cands.sort(Comparator.comparingInt((Cand c) -> -c.span.length()).thenComparingInt(c -> c.priority)
        .thenComparingInt(c -> c.span.start()));
    boolean[] taken = new boolean[tokens.length];
    List<TypedSpan> out = new ArrayList<>();
    for (Cand c : cands) {
      TypedSpan s = c.span;
      boolean free = true;
      for (int j = s.start(); j < s.end() && free; j++) {
        free = !taken[j];
      }
      if (!free) {
        continue;
      }
      for (int j = s.start(); j < s.end(); j++) {
        taken[j] = true;
      }
      if (s.type().equals(MISC)) {
        continue;
      }
      if (s.kbId() == null && (s.type().equals(Entity.PRODUCT) || KnowledgeBase.TYPES.contains(s.type()))) {
        s = resolveKnown(tokens, s);
      }
      out.add(s);
    }
    tableRow(tokens, taken, out, tableLine, scoreLine, fixtureLine);
    placeTeams(tokens, taken, out);
    backoff(tokens, taken, out);
    out.sort(Comparator.comparingInt(TypedSpan::start));
    mergeAdjacent(tokens, out);
    companySuffixes(tokens, out);
    joinParticles(tokens, out);
    organisationsByCue(tokens, out);
    clubsByContext(tokens, out);
    peopleInCoordination(tokens, out);
    regionsAfterPlaces(tokens, out);
    regnalNames(tokens, out);
    generationSuffixes(tokens, out);
    peopleNamedLikePlaces(tokens, out);
    agencyInDateline(tokens, out);
    if (scoreLine || tableLine || fixtureLine) {
      for (int k = 0; k < out.size(); k++) {
        TypedSpan x = out.get(k);
        boolean city = x.kbId() != null && kb.entry(x.kbId()).map(EntityRecognizer::teamPlace).orElse(false);
        if ((x.type().equals(Entity.LOC) && city) || (scoreLine && x.method().equals("rule") && x.type().equals(Entity.PERSON)
            && x.end() < tokens.length && EntityRules.isNumber(tokens[x.end()]))) {
          out.set(k, new TypedSpan(x.start(), x.end(), Entity.ORG, null, x.method()));
        }
      }
    }
    out.sort(Comparator.comparingInt(TypedSpan::start));
    return out;
  }


  /**
   * Internal type of event, law, award and competition names, and of a place name used as an
   * adjective ("the Caribbean region"): found so they block their words, never output.
   */
  static final String MISC = "MISC";

  /**
   * Capitalized runs ending in a {@link NameWords#MISC_HEADS} word (with nationality words and connectors
   * inside): "World Cup", "Australian Open", "Kigali Amendment", "Davis Cup". At least two words.
   */
  private List<TypedSpan> miscNames(String[] t) {
    List<TypedSpan> out = new ArrayList<>();
    Boolean headline = null;
    for (int e = 1; e < t.length; e++) {
      if (e >= 2 && t[e - 2].equals("World") && t[e - 1].equals("War") && WAR_NUMBERS.contains(t[e])) {
        out.add(new TypedSpan(e - 2, e + 1, MISC, null, "rule")); // "World War Two", "World War II"
        continue;
      }
      if (t[e - 1].equals("'") && (t[e].equals("War") || t[e].equals("Wars")) && e >= 2 && isNameWord(t, e - 2)) {
        int s = e - 2;
        while (s > 0 && isNameWord(t, s - 1)) {
          s--;
        }
        out.add(new TypedSpan(s, e + 1, MISC, null, "rule")); // "the Thirty Years ' War"
        continue;
      }
      if (t[e].length() < 2 || !Character.isUpperCase(t[e].charAt(0)) || !isNameWord(t, e - 1)) {
        continue;
      }
      if (!MISC_HEADS.contains(t[e])) {
        if (headline == null) {
          headline = NerFeatures.headline(t);
        }
        if (!headline || !MISC_HEADS.contains(NerFeatures.titleCase(t[e]))) {
          continue;
        }
      }
      int s = e;
      while (s > 0 && (isNameWord(t, s - 1) || (s > 1 && CONNECTORS.contains(t[s - 1]) && isNameWord(t, s - 2)))
          && !PERSON_BEFORE.contains(t[s - 1])) {
        s--;
      }
      while (s < e && (s == 0 || isOpening(t[s - 1])) && features.capitalizedCommonWord(t[s])
          && !MISC_HEADS.contains(t[s + 1])) {
        s++;
      }
      if (e - s >= 1) {
        out.add(new TypedSpan(s, e + 1, MISC, null, "rule"));
      }
    }
    for (int i = 1; i < t.length; i++) {
      // "Palm Sunday", "Black Friday", "Super Tuesday": the word before the weekday names the day, not a person
      if (NerFeatures.WEEKDAYS.contains(t[i]) && (HOLIDAY_MODIFIERS.contains(t[i - 1])
          || (features.capitalizedCommonWord(t[i - 1]) && !NerFeatures.MONTHS.contains(t[i - 1])))) {
        out.add(new TypedSpan(i - 1, i, MISC, null, "rule")); // the weekday stays a date
      }
    }
    for (int i = 1; i < t.length; i++) {
      // "the 2012 film The Wiz", "the album Thriller", "his novel Skylark": a title of a work
      if (WORK_NOUNS.contains(t[i - 1]) && isNameWord(t, i)) {
        int e = i + 1;
        while (e < t.length && (isNameWord(t, e) || (e + 1 < t.length && CONNECTORS.contains(t[e]) && isNameWord(t, e + 1)))) {
          e++;
        }
        out.add(new TypedSpan(i, e, MISC, null, "rule"));
      }
    }
    for (int i = 0; i + 2 < t.length; i++) {
      if (MISC_HEADS_BEFORE_OF.contains(t[i]) && t[i + 1].equals("of")
          && (isNameWord(t, i + 2) || EntityRules.isNumber(t[i + 2])
              || (t[i + 2].equals("the") && i + 3 < t.length && isNameWord(t, i + 3)))) {
        int e = t[i + 2].equals("the") ? i + 4 : i + 3; // "War of the First Coalition", "Battle of the Bulge"
        while (e < t.length && isNameWord(t, e)) {
          e++;
        }
        out.add(new TypedSpan(i, e, MISC, null, "rule"));
      }
    }
    return out;
  }

  /**
   * Whether a lone capitalized word has the shape of an adjective, a nationality or people, or a
   * doctrine rather than a name: "-ous" ("Indigenous"), "-ian(s)"/"-ean(s)"/"-ican" ("Macedonian",
   * "Europeans", "Dominican"), "-ese" ("Sudanese"), "-ic" ("Slavic", "Islamic"), "-ish" ("Kurdish"),
   * "-ite(s)" ("Hittite", "Shiites"), "-ism"/"-ist(s)" ("Marxism", "Buddhist"). These are MISC in the CoNLL
   * convention and no entity in UNER. Callers rule out listed first names, surnames and
   * knowledge-base names first ("Brian", "Parrish", "Anthropic", "Baltic"). Authored from English
   * morphology; checked on CoNLL-2003 and the UNER wiki half, never on the UNER news half.
   */
  static boolean groupOrDoctrineWord(String w) {
    int n = w.length();
    if (n < 5 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(n - 1))) {
      return false;
    }
    return w.endsWith("ous") || w.endsWith("ian") || w.endsWith("ican") || w.endsWith("ians") || w.endsWith("ean") || w.endsWith("eans")
        || w.endsWith("ese") || w.endsWith("ic") || w.endsWith("ish") || (n >= 7 && (w.endsWith("ite") || w.endsWith("ites")))
        || w.endsWith("ism") || w.endsWith("ist") || w.endsWith("ists");
  }

  /**
   * Spans that are not names whatever found them: pronouns and other function words ("He" opening a
   * sentence), and a lone plural of a nationality or common word ("Australians", "Celebrities", "MPs").
   */
  private boolean notAName(String[] t, int s, int e) {
    boolean allClosed = true;
    for (int k = s; k < e && allClosed; k++) {
      allClosed = NerFeatures.CLOSED_CLASS.contains(t[k].toLowerCase(Locale.ROOT));
    }
    if (allClosed) {
      return true;
    }
    if (features.demonyms.contains(t[e - 1]) && !hasOrgWord(t, s, e)) {
      return true; // "North Korean"; a group word is caught here only if listed
    }
    boolean allPeoples = e - s >= 3;
    for (int k = s; k < e && allPeoples; k++) {
      allPeoples = CONNECTORS.contains(t[k]) || (features.peoples.contains(t[k]) && kb.lookup(t[k]).isEmpty());
    }
    if (allPeoples) {
      return true; // "Macedonian and Persian (elite)": coordinated people words
    }
    boolean allThings = true;
    for (int k = s; k < e && allThings; k++) {
      allThings = NOT_ORG_ACRONYMS.contains(t[k]);
    }
    if (allThings) {
      return true; // "A.M. EST", "GDP CPU"
    }
    if (e - s != 1) {
      return false;
    }
    String w = t[s];
    if (features.peoples.contains(w) && kb.lookup(w).isEmpty()) {
      return true; // "Macedonian", "Sikh", "Islam": listed group and faith words win over the name lists
    }
    if (groupOrDoctrineWord(w) && !features.firstNames.contains(w) && !features.surnames.contains(w)
        && kb.lookup(w).isEmpty()) {
      return true; // "Indigenous", "Floridians", "Macedonian", "Slavic", "Kurdish", "Hittite", "Marxism"
    }
    if (titleWord(w) || NOT_ORG_ACRONYMS.contains(w) || ((s == 0 || isOpening(t[s - 1])) && adverbOrGerund(w))) {
      return true;
    }
    if (hyphenatedAdjectiveOrRange(w) || (w.length() >= 2 && REGNAL.contains(w))) {
      return true; // also a roman numeral on its own ("year III"); after a name it joins it (regnalNames)
    }
    if (COMPASS_REGIONS.contains(w) && s > 0 && t[s - 1].equals("the")) {
      return true; // "contact with the West": a cultural region, not a place name
    }
    if (HOLIDAYS.contains(w) || (e < t.length && (t[e].equals("Minister") || t[e].equals("Secretary")))) {
      return true; // "Christmas", "Ramadan"; "Defence" of "Defence Minister Doug Young"
    }
    if ((w.endsWith("man") || w.endsWith("men")) && w.length() > 5 && kb.lookup(w).isEmpty()
        && features.peoples.contains(w.substring(0, w.length() - 3))) {
      return true; // "Englishman", "Frenchmen", "Dutchman": a people word
    }
    if (e < t.length && (t[e].equals("index") || t[e].equals("indices") || t[e].equals("indexes"))
        && !features.peoples.contains(w)) {
      return true; // "the DAX index", "the blue-chip IPC index": a market index, not its exchange
    }
    int n = w.length();
    if (n < 3 || w.charAt(n - 1) != 's' || features.firstNames.contains(w) || features.surnames.contains(w)
        || features.properNouns.contains(w) || !kb.lookup(w).isEmpty()) {
      return false;
    }
    String one = w.substring(0, n - 1);
    String lower = one.toLowerCase(Locale.ROOT);
    boolean team = (s > 0 && MATCH_VERBS.contains(t[s - 1])) || (e < t.length && MATCH_VERBS.contains(t[e]));
    if (!team && (features.peoples.contains(one) || (features.commonWords.contains(lower) && !KnowledgeBase.isUpperWord(one))
        || TITLE_WORDS.contains(one) || (one.length() >= 5 && one.endsWith("an") && kb.lookup(one).isEmpty()))) {
      return true; // "Kurds", "Emperors", and peoples in "-ans" ("Spartans", "Romans"; not the listed "Evans")
    }
    if (KnowledgeBase.isUpperWord(one) && n <= 5) {
      return true; // "MPs", "GIFs", "MLAs": plural of an acronym is a class of things
    }
    return w.endsWith("ies") && features.commonWords.contains(w.substring(0, n - 3).toLowerCase(Locale.ROOT) + "y");
  }

  /**
   * One hyphenated word that is an adjective or a range, not a name: a lower-case last part
   * ("Polish-born", "Soviet-led", "Paris-based") or parts that are all months or weekdays
   * ("January-August", "Monday-Friday"). Tokenizers that split at hyphens never produce these; CoNLL
   * data and user tokens keep them whole.
   */
  static boolean hyphenatedAdjectiveOrRange(String w) {
    int h = w.lastIndexOf('-');
    if (h <= 0 || h == w.length() - 1) {
      return false;
    }
    if (Character.isLowerCase(w.charAt(h + 1)) || w.contains("-to-")) {
      return true; // "London-to-Boston" is a route
    }
    for (String part : w.split("-")) {
      if (!NerFeatures.MONTHS.contains(part) && !NerFeatures.WEEKDAYS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalized sentence opener that is an adverb or gerund ("Theoretically", "Furthermore",
   * "Voting"): lower-case letters after the first, ending in -ly or -ing, in no name list.
   */
  private boolean adverbOrGerund(String w) {
    if (w.length() < 5 || features.firstNames.contains(w) || features.surnames.contains(w)
        || features.properNouns.contains(w) || !kb.lookup(w).isEmpty()) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLowerCase(w.charAt(k))) {
        return false;
      }
    }
    return w.endsWith("ly") || w.endsWith("ing") || OPENERS.contains(w);
  }

  /**
   * A verb that, right after a lone listed name, makes it a person: one of
   * {@link NameWords#PERSON_VERBS_AFTER} ("says", "died") or a lower-case "-ed" form ("enrolled", "recorded").
   */
  private static boolean personVerbOrPastTense(String w) {
    return PERSON_VERBS_AFTER.contains(w) || (w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0))
        && !NOT_PAST_TENSE.contains(w));
  }

  /** One capital letter and a full stop: an initial ("M.", not "U.S."). */
  private static boolean initial(String w) {
    return w.length() == 2 && w.charAt(1) == '.' && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z';
  }

  /** The possessive token the recognizer splits off a name ("OpenAI" + "'s"). */
  private static boolean possessive(String w) {
    return w.equals("'s") || w.equals("\u2019s");
  }

  /** In the surname lists, and neither a knowledge-base name nor an acronym ("Rafferty told", not "IBM said"). */
  private boolean loneSurname(String w) {
    return features.surnames.contains(w) && kb.lookup(w).isEmpty() && !KnowledgeBase.isUpperWord(w);
  }

  /**
   * A lone word in the first-name lists (which hold no common word, so no compass word) that is no
   * knowledge-base entry, no acronym and no word the Penn dictionary knows only as a proper noun (WSJ
   * company and place names): a person ("Chris"). Surnames are left out: too many are also towns and
   * clubs ("Preston", "Derby"), unless a verb follows ({@link #personVerbOrPastTense}).
   */
  private boolean loneListedName(String w) {
    return features.firstNames.contains(w) && kb.lookup(w).isEmpty() && !KnowledgeBase.isUpperWord(w)
        && !features.properNouns.contains(w);
  }

  /**
   * A lone name with a speech verb right before it, closing the clause ("..., says Tarlo ."), or
   * followed by ", who" or an age (", 64 ,").
   */
  private static boolean personCue(String[] t, int s, int e) {
    if (e - s != 1) {
      return false;
    }
    String prev = s > 0 ? t[s - 1] : "";
    String next = e < t.length ? t[e] : "";
    boolean closes = next.isEmpty() || next.equals(".") || next.equals(",") || next.equals(";");
    if (SPEECH_BEFORE.contains(prev) && closes) {
      return true;
    }
    // "Seagal , who ..." / "Seagal , 64 , said": a relative clause of persons or an age apposition.
    if (!next.equals(",") || e + 1 >= t.length) {
      return false;
    }
    int a = e + 1;
    if ((t[a].equals("now") || t[a].equals("aged")) && a + 1 < t.length) {
      a++; // "Jutting , now 31 ,"
    }
    return t[e + 1].equals("who") || t[e + 1].equals("whose")
        || (smallNumber(t[a]) && a + 1 < t.length && t[a + 1].equals(","));
  }

  /**
   * A place name that is also a nationality adjective, used as one before a common noun ("a
   * Mediterranean climate", "the Caribbean region"): a description, not a mention of the place.
   */
  private boolean adjectiveBeforeNoun(String[] t, int i) {
    if (!features.peoples.contains(t[i]) || i + 1 >= t.length) {
      return false;
    }
    String next = t[i + 1];
    return next.length() > 1 && Character.isLowerCase(next.charAt(0)) && features.commonWords.contains(next)
        && !NerFeatures.CLOSED_CLASS.contains(next) && !next.endsWith("ed");
  }

  /**
   * Longer place names around a known place, added as candidates so the longest span wins: a
   * geographic feature after it ("Ohio River", "Atlantic Ocean", "Danube Delta"; a different place,
   * so no knowledge-base id), or its kind before it ("Kingdom of France", "City of Buenos Aires";
   * the same place, so it keeps the id). "Mount Kenya" and "Lake Geneva" are features, without id.
   */
  private static void placeExtensions(String[] t, int s, int e, String kbId, List<Cand> cands) {
    if (e < t.length && LOC_SUFFIXES.contains(t[e]) && !STREET_SUFFIXES.contains(t[e])) {
      cands.add(new Cand(new TypedSpan(s, e + 1, Entity.LOC, null, "rule"), PRI_RULE));
    }
    if (s >= 2 && t[s - 1].equals("of") && PLACE_KINDS_BEFORE_OF.contains(t[s - 2])) {
      cands.add(new Cand(new TypedSpan(s - 2, e, Entity.LOC, kbId, "kb"), PRI_KB));
    }
    if (s >= 1 && PLACE_FEATURES_BEFORE.contains(t[s - 1])) {
      cands.add(new Cand(new TypedSpan(s - 1, e, Entity.LOC, null, "rule"), PRI_RULE));
    }
  }

  private static boolean placePrefix(String w) {
    return PLACE_PREFIXES.contains(w) || PLACE_PREFIXES.contains(NerFeatures.titleCase(w));
  }

  /** One hyphenated word opening with a place prefix: "Saint-Velbor", "Port-Vila", "Fort-Liberté". */
  private static boolean hyphenatedPlace(String w) {
    int h = w.indexOf('-');
    return h > 0 && h < w.length() - 1 && PLACE_PREFIXES.contains(w.substring(0, h));
  }

  /** One or two digits (an age); no regex, this runs for every lone name. */
  private static boolean smallNumber(String w) {
    int n = w.length();
    return (n == 1 || n == 2) && asciiDigit(w.charAt(0)) && asciiDigit(w.charAt(n - 1));
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A lone name followed by a verb mostly said of people ("Seagal explains"); companies "say" too, so weaker. */
  private static boolean personVerbAfter(String[] t, int s, int e) {
    return e - s == 1 && e < t.length && PERSON_VERBS_AFTER.contains(t[e]);
  }

  /**
   * Back-off for capitalized word runs that no knowledge-base entry, rule or model span covers:
   * a name the small training corpus did not prepare the model for is still more likely a name
   * than not. Sentence-initial common words, nationality words, months, weekdays and titles are
   * stripped; the type comes from the name lists and a few context words (person titles before,
   * speech verbs after, place prepositions before, organisation suffixes, acronyms), defaulting to
   * PERSON. Headlines (all capitals) are skipped. Method {@code rule}, never known.
   */
  private void backoff(String[] t, boolean[] taken, List<TypedSpan> out) {
    if (NerFeatures.headline(t)) {
      return;
    }
    int n = t.length;
    int i = 0;
    while (i < n) {
      if (taken[i] || !isNameWord(t, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !taken[j] && (isNameWord(t, j)
          || (CONNECTORS.contains(t[j]) && j + 1 < n && !taken[j + 1] && isNameWord(t, j + 1)))) {
        j++;
      }
      int s = i;
      while (s < j && (((s == 0 || isOpening(t[s - 1])) && features.capitalizedCommonWord(t[s]))
          || (skipWord(t[s]) && !orgAfterModifier(t, s, j) && !givenName(t, s, j)) || CONNECTORS.contains(t[s]))) {
        s++;
      }
      int e = j;
      while (e > s && (skipWord(t[e - 1]) || CONNECTORS.contains(t[e - 1]))) {
        e--;
      }
      if (e > s && !(e - s == 1 && weakSingle(t, s)) && !notAName(t, s, e)) {
        String type = backoffType(t, s, e);
        if (type != null) {
          out.add(new TypedSpan(s, e, type, null, "rule"));
        }
      }
      i = j;
    }
  }

  /**
   * A nationality word or a title ({@link NameWords#TITLE_WORDS}) opening an organisation name is part of it
   * ("British Airways", "Canadian Blood Services", "Vice Media", "Major League Soccer"): the rest of
   * the span has an organisation word. Both are otherwise stripped from the edges of a name.
   */
  private boolean orgAfterModifier(String[] t, int s, int e) {
    if (e - s < 2 || !(features.demonyms.contains(t[s]) || TITLE_WORDS.contains(t[s]))) {
      return false;
    }
    for (int k = s + 1; k < e; k++) {
      if (orgWord(t[k]) || (k == e - 1 && LOC_SUFFIXES.contains(t[k]))) {
        return true; // also a place named with its nationality word: "Indian Ocean", "British Isles"
      }
    }
    return false;
  }

  private boolean hasOrgWord(String[] t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (orgNameWord(t[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word that makes a name an organisation wherever it stands: in org-suffixes.txt,
   * {@link NameWords#ORG_WORDS} or {@link NameWords#MEDIA_COMPANY_ENDINGS}.
   */
  private boolean orgNameWord(String w) {
    return features.orgSuffixes.contains(w) || ORG_WORDS.contains(w) || MEDIA_COMPANY_ENDINGS.contains(w);
  }

  /** In the first-name lists, alone or as all parts of a hyphenated name ("Anna-Maria"). */
  private boolean firstName(String w) {
    return features.firstNames.contains(w) || NerFeatures.hyphenatedIn(w, features.firstNames);
  }

  /** A nationality word that is also a given name opening a longer name ("Christian Wolmar"). */
  private boolean givenName(String[] t, int s, int e) {
    return e - s >= 2 && features.demonyms.contains(t[s]) && features.firstNames.contains(t[s]) && isNameWord(t, s + 1);
  }

  /**
   * A lone capitalized word with no name evidence: a common word, or sentence-initial without support.
   * At the start of a sentence, a word the Penn dictionary knows only as a proper noun in capitals
   * but also as a common word in lower case ("Trade", "Relations", "Cities": parts of names in Wall
   * Street Journal text) is evidence only when a name follows it ("Van Boxmeer") or a past-tense verb
   * does: such words name companies and people that open news sentences as subjects ("Box announced",
   * "Gates warned"), while "Trade was slow" and "Relations between" stay out.
   */
  private boolean weakSingle(String[] t, int i) {
    String w = t[i];
    if (features.commonWords.contains(w.toLowerCase(Locale.ROOT)) && !features.properNouns.contains(w)
        && !features.firstNames.contains(w) && !features.surnames.contains(w)) {
      return true;
    }
    if (!(i == 0 || isOpening(t[i - 1]))) {
      return false; // only a sentence-initial word needs evidence: the checks below cost knowledge-base lookups
    }
    String next = i + 1 < t.length ? t[i + 1] : "";
    boolean nameNext = i + 1 < t.length && isNameWord(t, i + 1);
    boolean properNoun = features.properNouns.contains(w)
        && (!features.commonWords.contains(w.toLowerCase(Locale.ROOT)) || nameNext || personVerbOrPastTense(next));
    boolean evidence = KnowledgeBase.isUpperWord(w) || features.firstNames.contains(w) || features.surnames.contains(w)
        || properNoun || PERSON_AFTER.contains(next) || next.equals(",") || companyName(t, i, i + 1, false)
        || (nameNext && companyTail(next));
    return !evidence;
  }

  private boolean skipWord(String w) {
    return w.length() < 2 || w.equals("I") || features.demonyms.contains(w) || NerFeatures.MONTHS.contains(w)
        || NerFeatures.WEEKDAYS.contains(w) || titleWord(w);
  }

  /**
   * A title before a name or in its place: {@link NameWords#PERSON_BEFORE}, {@link NameWords#TITLE_WORDS} or a
   * word of ner-train/titles.txt in any case. The lower-case copy comes last, after the exact-case sets.
   */
  private boolean titleWord(String w) {
    return PERSON_BEFORE.contains(w) || TITLE_WORDS.contains(w) || features.titleWords.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * A sports result line, "Leeds 2 Chelsea 1": two capitalized names each followed by a number.
   * Club names there are organisations even when they are city names (national teams, named by
   * country, stay places).
   */
  static boolean scoreLine(String[] t) {
    int hits = 0;
    for (int i = 0; i + 1 < t.length; i++) {
      if (!t[i].isEmpty() && Character.isUpperCase(t[i].charAt(0)) && smallNumber(t[i + 1])) {
        hits++;
      }
    }
    return hits >= 2 && t.length <= 14;
  }

  /**
   * A sports results or standings line: it opens with a name directly followed by a number, and
   * numbers make up much of the rest ("Leeds 15 8 4 3 25 14 28", "LEEDS 2 Chelsea 1"). This is the
   * layout of agency sports tables (general knowledge of wire-service formats, not taken from any
   * evaluation set).
   */
  public static boolean tableLine(String[] t) {
    int j = 0;
    while (j < t.length && isNameWord(t[j])) {
      j++;
    }
    j = skipParenthesis(t, j);
    if (j == 0 || j > 8 || j >= t.length || !EntityRules.isNumber(t[j])) {
      return false;
    }
    int nums = 0;
    for (int k = j; k < t.length; k++) {
      if (EntityRules.isNumber(t[k]) || t[k].equals("-")) {
        nums++;
      }
    }
    return nums * 2 >= t.length - j;
  }

  /**
   * A city or state followed by a capitalized plural is a team ("Philadelphia Eagles", "Miami
   * Dolphins"); a city followed by an organisation word is an organisation ("Moscow Newsroom").
   */
  private void placeTeams(String[] t, boolean[] taken, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan x = out.get(k);
      int e = x.end();
      if (!x.type().equals(Entity.LOC) || x.kbId() == null || e >= t.length || taken[e] || !isNameWord(t, e)
          || !kb.entry(x.kbId()).map(EntityRecognizer::teamPlace).orElse(false)) {
        continue;
      }
      String w = t[e];
      boolean plural = w.length() > 3 && w.endsWith("s") && Character.isLowerCase(w.charAt(w.length() - 2))
          && !features.surnames.contains(w) && !features.firstNames.contains(w) && kb.lookup(w).isEmpty();
      if (plural || ORG_WORDS.contains(w) || features.orgSuffixes.contains(w)) {
        taken[e] = true;
        out.set(k, new TypedSpan(x.start(), e + 1, Entity.ORG, null, "rule"));
      }
    }
  }

  /**
   * A city (or US state) is a club where sports text names it like one: in brackets right after a
   * person ("Luis Figo ( Barcelona )", a squad list), or joined by "and", "v" or "vs" to an
   * organisation ("Real Madrid and Barcelona"). Countries stay places (national teams).
   */
  private void clubsByContext(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan x = out.get(k);
      if (!x.type().equals(Entity.LOC) || x.kbId() == null
          || !kb.entry(x.kbId()).map(EntityRecognizer::teamPlace).orElse(false)) {
        continue;
      }
      TypedSpan before = k > 0 ? out.get(k - 1) : null;
      TypedSpan after = k + 1 < out.size() ? out.get(k + 1) : null;
      boolean squad = before != null && before.type().equals(Entity.PERSON) && before.end() + 1 == x.start()
          && t[x.start() - 1].equals("(");
      boolean joinedBefore = before != null && before.type().equals(Entity.ORG) && before.end() + 1 == x.start()
          && CLUB_JOINERS.contains(t[x.start() - 1]);
      boolean joinedAfter = after != null && after.type().equals(Entity.ORG) && x.end() + 1 == after.start()
          && CLUB_JOINERS.contains(t[x.end()]);
      if (squad || joinedBefore || joinedAfter) {
        out.set(k, new TypedSpan(x.start(), x.end(), Entity.ORG, null, "rule"));
      }
    }
  }

  /** Index after "( Country )" at j (a club's country in European competition tables), else j. */
  private static int skipParenthesis(String[] t, int j) {
    if (j == 0 || j >= t.length || !t[j].equals("(")) {
      return j;
    }
    int k = j + 1;
    while (k < t.length && k - j <= 4 && isNameWord(t[k])) {
      k++;
    }
    return k > j + 1 && k < t.length && t[k].equals(")") ? k + 1 : j;
  }

  /**
   * A fixture line of wire-service sports listings: one to three name words, a separator ("at", "v",
   * "vs"), one to three name words, and nothing else. Both sides are teams.
   */
  static boolean fixtureLine(String[] t) {
    if (t.length < 3 || t.length > 7) {
      return false;
    }
    int sep = -1;
    for (int k = 0; k < t.length; k++) {
      if (FIXTURE_SEPARATORS.contains(t[k])) {
        if (sep >= 0) {
          return false;
        }
        sep = k;
      } else if (!isNameWord(t[k])) {
        return false;
      }
    }
    return sep >= 1 && sep <= 3 && t.length - sep - 1 >= 1 && t.length - sep - 1 <= 3;
  }

  /** A place that names a club in sports listings: a city, capital, province or US state (countries are national teams). */
  private static boolean teamPlace(KbEntry e) {
    return "city or place".equals(e.description()) || "US state".equals(e.description())
        || "capital city".equals(e.description()) || "province or state".equals(e.description());
  }

  /**
   * Names that open a results/standings line, and a name followed by a score in a score line, are
   * teams (ORG in the CoNLL convention) unless they are countries (national teams stay LOC) or look
   * like a person (a known first name and a second word: golfers, tennis players, athletes).
   */
  private void tableRow(String[] t, boolean[] taken, List<TypedSpan> out, boolean table, boolean score,
      boolean fixture) {
    if (!table && !score && !fixture) {
      return;
    }
    int i = 0;
    while (i < t.length) {
      if (taken[i] || !isNameWord(t[i])) {
        i++;
        continue;
      }
      int j = i + 1;
      if (fixture && FIXTURE_SEPARATORS.contains(t[i])) {
        i++;
        continue;
      }
      while (j < t.length && !taken[j] && isNameWord(t[j]) && j - i < 4
          && !(fixture && FIXTURE_SEPARATORS.contains(t[j]))) {
        j++;
      }
      boolean lead = i == 0 && table;
      boolean scored = score && j < t.length && EntityRules.isNumber(t[j]);
      int after = lead ? skipParenthesis(t, j) : j;
      boolean side = fixture && (j == t.length || FIXTURE_SEPARATORS.contains(t[j]));
      if (((lead || scored) && after < t.length && EntityRules.isNumber(t[after])) || side) {
        String first = NerFeatures.titleCase(t[i]);
        String type = Entity.ORG;
        String text = String.join(" ", java.util.Arrays.copyOfRange(t, i, j));
        boolean upper = KnowledgeBase.isUpperWord(text.replace(" ", ""));
        for (KbEntry e : upper ? kb.lookupIgnoreCase(text.replace(" ", "")) : kb.lookup(text.replace(" ", ""))) {
          if (e.type().equals(Entity.LOC) && !teamPlace(e)) {
            type = Entity.LOC;
          }
        }
        if (j - i >= 2 && type.equals(Entity.ORG)) {
          // Two or more words: a team when the first word is a place ("Sheffield Wednesday") or the
          // last an organisation word ("Manchester City" is in the knowledge base), else a person.
          String last = NerFeatures.titleCase(t[j - 1]);
          boolean place = false;
          for (KbEntry e : kb.lookupIgnoreCase(t[i])) {
            place |= e.type().equals(Entity.LOC) || e.type().equals(Entity.ORG);
          }
          boolean orgWord = features.orgSuffixes.contains(last) || ORG_TEAM_WORDS.contains(last);
          if ((!place && !orgWord && !side) || features.firstNames.contains(first)) {
            type = Entity.PERSON;
          }
        }
        if (!(NerFeatures.MONTHS.contains(first) || NerFeatures.WEEKDAYS.contains(first))) {
          for (int k = i; k < j; k++) {
            taken[k] = true;
          }
          out.add(new TypedSpan(i, j, type, null, "rule"));
        }
      }
      i = j;
    }
  }

  private static boolean isNameWord(String[] t, int i) {
    return isNameWord(t[i]);
  }

  /** Capitalized, and only letters, hyphens, dots, apostrophes and ampersands ("O'Neil", "AT&T", "St."). */
  private static boolean isNameWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!(Character.isLetter(c) || c == '-' || c == '.' || c == '\'' || c == '&')) {
        return false;
      }
    }
    return true;
  }

  /** The back-off's type for a capitalized run, or null when it is no name after all. */
  private String backoffType(String[] t, int s, int e) {
    String last = t[e - 1];
    String prev = s > 0 ? t[s - 1] : "";
    String next = e < t.length ? t[e].toLowerCase(Locale.ROOT) : "";
    if (LOC_SUFFIXES.contains(last) || (e - s == 1 && hyphenatedPlace(last))) {
      return Entity.LOC;
    }
    if (features.orgSuffixes.contains(last)) {
      return Entity.ORG;
    }
    if (e - s == 1 && s == 0 && next.equals(",") && last.length() > 2 && KnowledgeBase.isUpperWord(last)) {
      return Entity.LOC; // a dateline: "TIGNES , France"
    }
    if (e - s == 1 && last.length() <= 5 && KnowledgeBase.isUpperWord(last)) {
      return Entity.ORG;
    }
    if (companyName(t, s, e, true)) {
      return Entity.ORG;
    }
    if (e - s == 1 && (s == 0 || prev.equals(",")) && next.equals(",")) {
      return Entity.PERSON; // an apposition opens or is set off: "Seagal , whose grandmother ...", ", Jutting ,"
    }
    if (e - s >= 2) {
      // Organisation words and acronyms inside a longer name ("Irish Republican Army", "AZ Alkmaar",
      // "Yum Brands") outweigh person cues; a run of only common words with no person title before it
      // ("Commodities Desk", "Year Ago", "Talking Dead") is a heading or a title, not taken (null).
      boolean allCommon = true;
      for (int k = s; k < e; k++) {
        String w = t[k];
        if (orgNameWord(w) || ORG_HEADS.contains(w) || ORG_TEAM_WORDS.contains(w)
            || (w.length() >= 2 && w.length() <= 4 && KnowledgeBase.isUpperWord(w) && w.indexOf('.') < 0)) {
          return Entity.ORG;
        }
        allCommon &= CONNECTORS.contains(w) || (features.commonWords.contains(w.toLowerCase(Locale.ROOT))
            && !features.firstNames.contains(w) && !features.surnames.contains(w));
      }
      if (allCommon && !PERSON_BEFORE.contains(prev)) {
        return null;
      }
    }
    if ((firstName(t[s]) && !placePrefix(t[s])) || PERSON_BEFORE.contains(prev) || ROLE_NOUNS.contains(prev) || PERSON_AFTER.contains(next)
        || features.surnames.contains(last) || personCue(t, s, e) || personVerbAfter(t, s, e)) {
      return Entity.PERSON;
    }
    if (PLACE_BEFORE.contains(prev) || (s == 1 && PLACE_BEFORE.contains(prev.toLowerCase(Locale.ROOT)))) {
      return Entity.LOC; // "in Velbor", and "In Velbor" opening a sentence
    }
    // Two or more unknown capitalized words are most often a person's name; a lone unknown word
    // after the first mention of a person is usually caught by findInDocument, so alone it is
    // more often an organisation (company, agency, club).
    if (e - s >= 2) {
      return placePrefix(t[s]) ? Entity.LOC : Entity.PERSON;
    }
    // A lone unknown word after an article, in brackets, or opening a sentence is more often an
    // organisation (a club, a company: "the Velborn side", "( Velborn )"); inside running text,
    // more often a person mentioned by surname ("Students like Velborn have ...").
    return s == 0 || ORG_BEFORE.contains(prev) || next.equals(")") || possessive(next)
        ? Entity.ORG : Entity.PERSON;
  }

  /**
   * Entities of a whole article. Why: a news story names a person in full once ("Kori Schulman")
   * and later by surname only ("Schulman said"), and the surname alone is ambiguous. Spans found in
   * the article are remembered by text (and people also by their last name), and mentions found
   * only by the back-off or the model that repeat such a text take its type.
   */
  public List<Entity> findInArticle(List<AnalyzedSentence> sentences) {
    List<Words> ws = new ArrayList<>(sentences.size());
    List<String[]> toks = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      Words w = words(s);
      ws.add(w);
      toks.add(w.texts);
    }
    List<List<TypedSpan>> spans = findInDocument(toks);
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.addAll(toEntities(sentences.get(i), ws.get(i), spans.get(i)));
    }
    return out;
  }

  /** Document-level {@link #findInTokens}: one list of spans per sentence (see {@link #findInArticle}). */
  public List<List<TypedSpan>> findInDocument(List<String[]> sentences) {
    List<List<TypedSpan>> all = new ArrayList<>(sentences.size());
    // Votes per mention text and type: a multi-word span found by the model or the knowledge base
    // counts most, a lone word found by the model less, a lone word with a person cue around it
    // ("says Tarlo", "Dr Tarlo") as much as a full name; a lone back-off guess does not vote.
    java.util.Map<String, java.util.Map<String, Integer>> votes = new java.util.HashMap<>();
    // Texts that company evidence made organisations: their mentions nothing found are added below.
    java.util.Set<String> companies = new java.util.HashSet<>();
    for (String[] t : sentences) {
      List<TypedSpan> spans = findInTokens(t);
      all.add(spans);
      for (TypedSpan s : spans) {
        if (!isName(s)) {
          continue;
        }
        // Organisations "say" and "tell" too, so those verbs are no cue here; nor is an acronym a person.
        // A company cue around an unknown name ("startup Velbix", "Velbix raised") settles the later
        // bare mentions of that name as the organisation, as a full name does for a person.
        boolean org = s.type().equals(Entity.ORG) && s.kbId() == null && !s.method().equals("kb")
            && companyName(t, s.start(), s.end(), true);
        boolean cue = !org && s.length() == 1 && !KnowledgeBase.isUpperWord(t[s.start()])
            && (personCue(t, s.start(), s.end()) || (personVerbAfter(t, s.start(), s.end())
                && !SAY_VERBS.contains(t[s.end()])) || (s.start() > 0 && PERSON_BEFORE.contains(t[s.start() - 1])));
        // A lone word after a preposition only places take ("into Thrace", "near Husum") votes as a place.
        boolean place = !cue && !org && s.type().equals(Entity.LOC) && s.length() == 1 && s.start() > 0
            && PLACE_ONLY_BEFORE.contains(t[s.start() - 1]);
        int w = cue || org ? 3 : place ? 2 : s.length() >= 2 && !s.method().equals("rule") ? 3 : s.length() >= 2 ? 2
            : s.method().equals("rule") ? 0 : 1;
        String name = text(t, s);
        if (w > 0) {
          votes.computeIfAbsent(name, x -> new java.util.HashMap<>()).merge(cue ? Entity.PERSON : s.type(), w, Integer::sum);
        }
        if (org) {
          companies.add(name);
        }
        String head = companyHead(t, s);
        if (head != null) {
          // "Velbix Robotics" is later "Velbix": the distinctive word of a company name votes for it.
          votes.computeIfAbsent(head, x -> new java.util.HashMap<>()).merge(Entity.ORG, 2, Integer::sum);
          companies.add(head);
        }
        if (s.type().equals(Entity.PERSON) && s.length() >= 2) {
          votes.computeIfAbsent(t[s.end() - 1], x -> new java.util.HashMap<>()).merge(Entity.PERSON, 3, Integer::sum);
        }
      }
    }
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    votes.forEach((text, v) -> seen.put(text, java.util.Collections.max(v.entrySet(),
        java.util.Map.Entry.comparingByValue()).getKey()));
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      List<TypedSpan> spans = all.get(i);
      for (int k = 0; k < spans.size(); k++) {
        TypedSpan s = spans.get(k);
        if (!isName(s) || s.kbId() != null || s.method().equals("kb")) {
          continue;
        }
        if (LOC_SUFFIXES.contains(t[s.end() - 1]) && s.type().equals(Entity.LOC)) {
          continue; // "Ottoman Empire", "Indo-Australian Fault": the last word settles it
        }
        String type = seen.get(text(t, s));
        if (type != null && !type.equals(s.type()) && (s.method().equals("rule") || s.length() == 1)) {
          spans.set(k, new TypedSpan(s.start(), s.end(), type, null, s.method()));
        }
      }
      // A person's surname that nothing found in this sentence (often sentence-initial, where the
      // back-off does not trust a lone capitalized word) is that person again.
      boolean[] taken = new boolean[t.length];
      for (TypedSpan s : spans) {
        for (int j = s.start(); j < s.end(); j++) {
          taken[j] = true;
        }
      }
      boolean added = false;
      for (int j = 0; j < t.length; j++) {
        if (!taken[j] && isNameWord(t, j) && (j + 1 >= t.length || !isNameWord(t, j + 1))
            && (j == 0 || !isNameWord(t, j - 1))) {
          String type = seen.get(t[j]);
          if (Entity.PERSON.equals(type) || (Entity.ORG.equals(type) && companies.contains(t[j]))) {
            spans.add(new TypedSpan(j, j + 1, type, null, "rule"));
            added = true;
          }
        }
      }
      if (added) {
        spans.sort(Comparator.comparingInt(TypedSpan::start));
      }
    }
    return all;
  }

  /**
   * The distinctive first word of an unknown company name whose other words are organisation or
   * industry words ("Velbix" of "Velbix Robotics", "Velbix AI"), or null.
   */
  private String companyHead(String[] t, TypedSpan s) {
    if (!s.type().equals(Entity.ORG) || s.kbId() != null || s.method().equals("kb") || s.length() < 2) {
      return null;
    }
    String first = t[s.start()];
    if (!isNameWord(t, s.start()) || orgWord(first) || !cues.unlisted(t, s.start(), s.start() + 1)
        || !kb.lookup(first).isEmpty() || features.capitalizedCommonWord(first) || features.demonyms.contains(first)) {
      return null;
    }
    for (int k = s.start() + 1; k < s.end(); k++) {
      if (!companyTail(t[k])) {
        return null;
      }
    }
    return first;
  }

  private boolean orgWord(String w) {
    return ORG_WORDS.contains(w) || features.orgSuffixes.contains(w) || ORG_HEADS.contains(w);
  }

  /** A word that can end a company name after an unknown name: an organisation word or "AI" ("Velbix AI"). */
  private boolean companyTail(String w) {
    return orgWord(w) || w.equals("AI");
  }

  private static String text(String[] t, TypedSpan s) {
    return String.join(" ", java.util.Arrays.copyOfRange(t, s.start(), s.end()));
  }

  /** Marks a span known when its exact text is an alias of an entry of the same type. */
  private TypedSpan resolveKnown(String[] tokens, TypedSpan s) {
    StringBuilder b = new StringBuilder();
    for (int j = s.start(); j < s.end(); j++) {
      b.append(tokens[j]);
    }
    String text = b.toString();
    boolean head = KnowledgeBase.isUpperWord(text);
    for (KbEntry e : head ? kb.lookupIgnoreCase(text) : kb.lookup(text)) {
      if (e.type().equals(s.type())) {
        return new TypedSpan(s.start(), s.end(), s.type(), e.id(), s.method());
      }
    }
    return s;
  }

  /**
   * Two or three title-case words that open with a known first name or end with a known surname, with
   * no organisation word, acronym or knowledge-base organisation/place among them: a person's name
   * (the small training corpus makes the model call some unseen full names organisations).
   */
  private boolean looksLikePerson(String[] t, int s, int e) {
    boolean nameList = firstName(t[s]) || features.surnames.contains(t[e - 1])
        || NerFeatures.hyphenatedIn(t[e - 1], features.surnames);
    if (!nameList || placePrefix(t[s])) {
      return false;
    }
    for (int k = s; k < e; k++) {
      String w = t[k];
      if (features.orgSuffixes.contains(w) || ORG_TEAM_WORDS.contains(w) || ORG_HEADS.contains(w)
          || KnowledgeBase.isUpperWord(w) || !isNameWord(t, k)) {
        return false;
      }
      for (KbEntry x : kb.lookup(w)) {
        if (x.type().equals(Entity.ORG) || (k == s && x.type().equals(Entity.LOC))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A model span must contain a capital letter (or be in a headline) and not be only function words. */
  private static boolean plausibleName(String[] tokens, int start, int end) {
    boolean capital = false;
    for (int j = start; j < end; j++) {
      String t = tokens[j];
      if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
        capital = true;
      }
    }
    if (!capital) {
      return false;
    }
    String first = tokens[start].toLowerCase(Locale.ROOT);
    return !(end - start == 1 && (first.equals("the") || first.equals("a")));
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Joins touching PERSON/ORG/LOC spans that neither come from the knowledge base (the greedy
   * decoder and the back-off sometimes cut one name in two: "Andrew" + "van der Merwe"); the
   * model's type wins over the back-off's, except that a part typed as a person makes a short
   * run that looks like a person's name one.
   */
  private void mergeAdjacent(String[] t, List<TypedSpan> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TypedSpan a = out.get(k);
      TypedSpan b = out.get(k + 1);
      if (a.end() == b.start() && a.kbId() == null && b.kbId() == null && isName(a) && isName(b)
          && !a.method().equals("kb") && !b.method().equals("kb")) {
        String type = a.method().equals("model") ? a.type() : b.method().equals("model") ? b.type() : a.type();
        if ((a.type().equals(Entity.PERSON) || b.type().equals(Entity.PERSON)) && b.end() - a.start() <= 3
            && looksLikePerson(t, a.start(), b.end())) {
          type = Entity.PERSON; // "Anna-Maria" (typed alone) + "Kessler"
        }
        out.set(k, new TypedSpan(a.start(), b.end(), type, null, a.method().equals("model") ? "model" : b.method()));
        out.remove(k + 1);
        k--;
      }
    }
  }

  /**
   * An unknown name with a company cue around it and no person cue ({@link CompanyCues}); with
   * {@code shape}, a lone word shaped like an invented brand ("Velbix", "SensorGrid") counts as a cue.
   */
  private boolean companyName(String[] t, int s, int e, boolean shape) {
    String last = t[e - 1];
    if (last.isEmpty() || !Character.isLetterOrDigit(last.charAt(last.length() - 1)) || !cues.unlisted(t, s, e) || cues.person(t, s, e)) {
      return false;
    }
    return cues.company(t, s, e) || (shape && e - s == 1 && cues.brandShape(t[s]));
  }

  /**
   * Names the model or the back-off typed as a person, or the model as a place, that have a company
   * cue and no person cue: "startup Velbix", "Velbix, a Lisbon startup", "Velbix raised". A lone
   * brand-shaped word is enough to retype a person; a place only when CamelCase ("from SensorGrid").
   */
  private void organisationsByCue(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan x = out.get(k);
      boolean person = x.type().equals(Entity.PERSON);
      if (!(person || (x.type().equals(Entity.LOC) && x.method().equals("model"))) || x.kbId() != null
          || x.method().equals("kb")) {
        continue;
      }
      boolean camel = !person && x.length() == 1 && cues.camelCaseBrand(t[x.start()])
          && !cues.person(t, x.start(), x.end());
      if (!camel && !companyName(t, x.start(), x.end(), person)) {
        continue;
      }
      out.set(k, new TypedSpan(x.start(), x.end(), Entity.ORG, null, x.method()));
    }
  }

  /**
   * An unknown name followed by organisation or industry words, or "AI", that no span holds is a
   * company with them: "Velbix" + "Vision", "Velbix" + "AI" ("AI" alone is no organisation).
   */
  private void companySuffixes(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan x = out.get(k);
      int limit = k + 1 < out.size() ? out.get(k + 1).start() : t.length;
      int e = x.end();
      while (e < limit && isNameWord(t, e) && companyTail(t[e])) {
        e++;
      }
      if (e == x.end() || !isName(x) || x.kbId() != null || x.method().equals("kb")
          || !cues.unlisted(t, x.start(), x.end()) || KnowledgeBase.isUpperWord(t[x.end() - 1])) {
        continue;
      }
      out.set(k, new TypedSpan(x.start(), e, Entity.ORG, null, x.method()));
    }
  }

  /**
   * Joins a person's name, a name particle (optionally "-") and the capitalized name right after it
   * into one person, whatever type the second part was given: "Günter" + "de" + "Bruyn".
   */
  private void joinParticles(String[] t, List<TypedSpan> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TypedSpan a = out.get(k);
      TypedSpan b = out.get(k + 1);
      int gap = b.start() - a.end();
      boolean particle = gap >= 1 && gap <= 2 && NAME_PARTICLES.contains(t[a.end()])
          && (gap == 1 || t[a.end() + 1].equals("-"));
      boolean person = a.type().equals(Entity.PERSON) || features.firstNames.contains(t[a.start()]);
      if (particle && person && isName(a) && isName(b) && a.kbId() == null && b.kbId() == null && b.length() <= 2) {
        out.set(k, new TypedSpan(a.start(), b.end(), Entity.PERSON, null, a.method()));
        out.remove(k + 1);
        k--;
      }
    }
  }

  /**
   * A lone unknown name coordinated with a person is a person too ("Brooks and Carson had finished",
   * "Kesha and Pebe co-wrote"): the back-off and the model type such a word by its own shape only.
   * Knowledge-base names keep their type ("Altman and OpenAI"), and so do names with company
   * evidence of their own ("Altman and Velbix announced", "Hale and Velbix, a Lisbon startup,").
   */
  private void peopleInCoordination(String[] t, List<TypedSpan> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TypedSpan a = out.get(k);
      TypedSpan b = out.get(k + 1);
      if (b.start() - a.end() != 1 || !t[a.end()].equals("and")) {
        continue;
      }
      if (a.type().equals(Entity.PERSON) && loneUnknownName(t, b)) {
        out.set(k + 1, new TypedSpan(b.start(), b.end(), Entity.PERSON, null, b.method()));
      } else if (b.type().equals(Entity.PERSON) && loneUnknownName(t, a)) {
        out.set(k, new TypedSpan(a.start(), a.end(), Entity.PERSON, null, a.method()));
      }
    }
  }

  /**
   * "Wells , Somerset ,", "born in Poole , Dorset .": a lone unknown name set off by commas right
   * after a place, and closing the phrase, is the region of that place.
   */
  private void regionsAfterPlaces(String[] t, List<TypedSpan> out) {
    for (int k = 0; k + 1 < out.size(); k++) {
      TypedSpan a = out.get(k);
      TypedSpan b = out.get(k + 1);
      int e = b.end();
      if (a.type().equals(Entity.LOC) && b.start() == a.end() + 1 && t[a.end()].equals(",") && b.length() == 1
          && b.kbId() == null && !b.type().equals(Entity.LOC) && isName(b)
          && (e == t.length || t[e].equals(",") || t[e].equals(".") || t[e].equals(";") || t[e].equals(")"))) {
        out.set(k + 1, new TypedSpan(b.start(), e, Entity.LOC, null, b.method()));
      }
    }
  }

  /**
   * "Kunihiko Fukushima said", "Taro Aargau said": an unknown capitalized word right before a one-word
   * known place, with a speech verb or "who" after the place, is a person whose surname is a place
   * name. The first word must be in no list (not a known name of anything, a common word, a place
   * prefix, a nationality or a title); it may stand alone or have been found as a lone person.
   */
  private void peopleNamedLikePlaces(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan x = out.get(k);
      int s = x.start() - 1;
      if (!x.type().equals(Entity.LOC) || x.kbId() == null || x.length() != 1 || s < 0 || x.end() >= t.length
          || !PERSON_AFTER.contains(t[x.end()]) || !isNameWord(t, s)) {
        continue;
      }
      String w = t[s];
      if (KnowledgeBase.isUpperWord(w) || !kb.lookup(w).isEmpty() || features.commonWords.contains(w.toLowerCase(Locale.ROOT))
          || placePrefix(w) || features.peoples.contains(w) || titleWord(w)) {
        continue;
      }
      TypedSpan before = k > 0 ? out.get(k - 1) : null;
      boolean lone = before == null || before.end() <= s;
      boolean person = before != null && before.start() == s && before.end() == x.start()
          && before.type().equals(Entity.PERSON) && before.kbId() == null;
      if (!lone && !person) {
        continue;
      }
      TypedSpan merged = new TypedSpan(s, x.end(), Entity.PERSON, null, "rule");
      if (person) {
        out.set(k - 1, merged);
        out.remove(k);
        k--;
      } else {
        out.set(k, merged);
      }
    }
  }

  /**
   * "LONDON , March 18 ( AIWire ) —": the bracketed name right after the date of a dateline (a place
   * opening the sentence, a comma, a date) is the news agency that filed the story.
   */
  private static void agencyInDateline(String[] t, List<TypedSpan> out) {
    if (out.size() < 3 || !out.get(0).type().equals(Entity.LOC) || out.get(0).start() != 0) {
      return;
    }
    TypedSpan date = out.get(1);
    TypedSpan x = out.get(2);
    int b = date.end();
    if (date.type().equals(Entity.DATE) && date.start() == out.get(0).end() + 1 && t[out.get(0).end()].equals(",")
        && b + 2 < t.length && t[b].equals("(") && x.start() == b + 1 && x.end() < t.length && t[x.end()].equals(")")
        && isName(x) && !x.type().equals(Entity.ORG)) {
      out.set(2, new TypedSpan(x.start(), x.end(), Entity.ORG, null, x.method()));
    }
  }

  /**
   * A one-word unknown name followed by a regnal number is a monarch or pope ("Ramesses II",
   * "Thutmose III"): a person, the number included. Not after an event head ("World War II" is
   * blocked as an event before this runs) and not for knowledge-base names or acronyms.
   */
  private static void regnalNames(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan a = out.get(k);
      int e = a.end();
      if (a.length() == 2 && a.kbId() == null && isName(a) && !a.type().equals(Entity.PERSON) && REGNAL.contains(t[e - 1])
          && !MISC_HEADS.contains(t[a.start()]) && !KnowledgeBase.isUpperWord(t[a.start()])) {
        out.set(k, new TypedSpan(a.start(), e, Entity.PERSON, null, a.method())); // "Thutmose III" found whole
        continue;
      }
      if (a.length() != 1 || a.kbId() != null || !isName(a) || e >= t.length || !REGNAL.contains(t[e])
          || KnowledgeBase.isUpperWord(t[a.start()]) || (k + 1 < out.size() && out.get(k + 1).start() == e)) {
        continue;
      }
      out.set(k, new TypedSpan(a.start(), e + 1, Entity.PERSON, null, a.method()));
    }
  }

  /** "Martin Luther King, Jr.": the generation suffix belongs to the person's name. */
  private static void generationSuffixes(String[] t, List<TypedSpan> out) {
    for (int k = 0; k < out.size(); k++) {
      TypedSpan a = out.get(k);
      if (!a.type().equals(Entity.PERSON)) {
        continue;
      }
      int e = a.end();
      int end = e < t.length && GENERATION.contains(t[e]) ? e + 1
          : e + 1 < t.length && t[e].equals(",") && GENERATION.contains(t[e + 1]) ? e + 2 : -1;
      if (end < 0) {
        continue;
      }
      while (k + 1 < out.size() && out.get(k + 1).start() < end) {
        out.remove(k + 1);
      }
      out.set(k, new TypedSpan(a.start(), end, Entity.PERSON, a.kbId(), a.method()));
    }
  }

  /** A one-word organisation or place that is no knowledge-base name and has no company cue ({@link #companyName}). */
  private boolean loneUnknownName(String[] t, TypedSpan s) {
    return s.length() == 1 && s.kbId() == null && (s.type().equals(Entity.ORG) || s.type().equals(Entity.LOC))
        && !companyName(t, s.start(), s.end(), true);
  }

  private static boolean isName(TypedSpan s) {
    return s.type().equals(Entity.PERSON) || s.type().equals(Entity.ORG) || s.type().equals(Entity.LOC);
  }

  private static boolean isOpening(String t) {
    return t.equals("\"") || t.equals("\u201c") || t.equals("``") || t.equals("'") || t.equals("(") || t.equals(":")
        || t.equals("-") || t.equals("--");
  }

  private record Cand(TypedSpan span, int priority) {}
}
