package io.claimtrace.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pattern finders over tokens for MONEY, PERCENT, DATE, QUANTITY, NUMBER and versioned model
 * names (PRODUCT).
 *
 * <p>Why token patterns rather than a trained model: these mentions have regular shapes, the rules
 * are exact about what they take (the claim stages compare the numbers), and they cost almost
 * nothing. They work on tokens as split by the UD tokenizer or by a gold tokenization, so currency
 * symbols and units may be separate tokens or attached ("$310" or "$ 310", "1.7bn" or "1.7 bn").
 *
 * <p>Decisions: a bare year (1900-2099) is a DATE only after a date word ("in 2023", "the 2023 ban",
 * "since 2019", "March 2024"); weekdays, "yesterday"/"tomorrow" and "last/next/this week|month|year|..."
 * are DATEs too (relative; later stages resolve them against the publication date). A number
 * followed by the thing counted is a QUANTITY ("2,000 developers"), otherwise a NUMBER. Within the
 * rules the order of precedence is DATE, MONEY, PERCENT, PRODUCT, QUANTITY/NUMBER: a token taken
 * by one rule is not reused. Stateless and thread-safe.
 */
public final class EntityRules {
  /** Method names of the rule spans, for the recognizer's precedence. */
  public static final String STRONG = "rule";
  /** Rule spans that are weaker than the statistical model (generic product names, numbers). */
  public static final String WEAK = "rule-weak";

  private static final Pattern NUM = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern NUM_SCALED = Pattern.compile("(\\d+(?:[.,]\\d+)?)(bn|mn|m|k|tn|b|trn)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONEY_TOKEN = Pattern.compile(
      "(US|U\\.S\\.|A|C|HK|NZ|S)?[$€£¥₹](\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(bn|mn|m|k|tn|b|trn)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENCY_SYMBOL = Pattern.compile("(US|U\\.S\\.|A|C|HK|NZ|S)?[$€£¥₹]");
  private static final Pattern PERCENT_TOKEN = Pattern.compile("\\d+(\\.\\d+)?%");
  private static final Pattern ISO_DATE = Pattern.compile("(19|20)\\d{2}-[01]\\d-[0-3]\\d");
  private static final Pattern SLASH_DATE = Pattern.compile("[0-3]?\\d/[0-3]?\\d/(19|20)?\\d{2}");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern DECADE = Pattern.compile("(19|20)?\\d0s|'\\d0s");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern QUARTER = Pattern.compile("Q[1-4]|H[12]");
  /** One token that is a whole model name with version: GPT-4.5, GPT-4o, DeepSeek-R1, DALL-E-3. */
  private static final Pattern MODEL_TOKEN = Pattern.compile("[A-Z][A-Za-z]*(-[A-Za-z]+)?-[vVrR]?\\d+(\\.\\d+)*[a-z]?(-[a-z]+)?");
  private static final Pattern VERSION = Pattern.compile("[vV]?\\d+(\\.\\d+)*[a-z]?|\\d+x\\d+[BbMm]|\\d+[BbMm]");
  private static final Pattern PARAMS = Pattern.compile("\\d+(\\.\\d+)?[BbMmTt]|\\d+x\\d+[BbMm]");

  private static final Set<String> SCALE = set("thousand", "million", "billion", "trillion", "bn", "mn", "m",
      "k", "tn", "trn", "b");
  private static final Set<String> CURRENCY_WORDS = set("dollar", "dollars", "euro", "euros", "pound", "pounds",
      "sterling", "yen", "yuan", "renminbi", "franc", "francs", "rupee", "rupees", "won", "rubles", "roubles",
      "usd", "eur", "gbp", "chf", "jpy", "cny", "crowns", "kronor", "krone", "pesos", "real", "reais");
  private static final Set<String> CURRENCY_CODES = set("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "INR");
  private static final Set<String> MONTHS_FULL = set("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  private static final Set<String> MONTHS_ABBR = set("Jan", "Jan.", "Feb", "Feb.", "Mar", "Mar.", "Apr", "Apr.",
      "Jun", "Jun.", "Jul", "Jul.", "Aug", "Aug.", "Sep", "Sep.", "Sept", "Sept.", "Oct", "Oct.", "Nov", "Nov.",
      "Dec", "Dec.");
  private static final Set<String> WEEKDAYS = NerFeatures.WEEKDAYS;
  private static final Set<String> YEAR_CONTEXT = set("in", "since", "by", "from", "until", "till", "to", "of",
      "the", "early", "late", "mid", "mid-", "during", "before", "after", "through", "between", "and", "fiscal",
      "year", "'s", "around", "circa", "summer", "spring", "autumn", "fall", "winter", "end", "start", "beginning",
      "for", "a", "its", "their", "his", "her", "our", "on", "-");
  private static final Set<String> MONTH_CONTEXT = set("in", "since", "by", "until", "till", "last", "next",
      "early", "late", "mid", "from", "of", "this", "through", "during", "before", "after", "until", "on");
  private static final Set<String> RELATIVE = set("last", "next", "this", "previous", "coming", "past");
  private static final Set<String> PERIODS = set("week", "month", "year", "quarter", "decade", "weekend",
      "spring", "summer", "autumn", "fall", "winter", "century", "night", "morning", "evening", "afternoon");
  private static final Set<String> MODEL_FAMILIES = set("GPT", "Claude", "Gemini", "Llama", "LLaMA", "Mistral",
      "Mixtral", "Grok", "Qwen", "DeepSeek", "Phi", "Gemma", "Falcon", "Ernie", "ERNIE", "Sora", "DALL-E", "PaLM",
      "Copilot", "Midjourney", "Codex", "Kimi", "GLM", "Yi", "Command", "Nova", "Veo", "Imagen", "Whisper", "Jamba",
      "Pixtral", "Codestral", "Olmo", "OLMo", "Granite", "Nemotron", "Hunyuan", "Doubao", "MiniMax", "o", "Opus",
      "Sonnet", "Haiku");
  private static final Set<String> VARIANTS = set("Sonnet", "Opus", "Haiku", "Flash", "Pro", "Ultra", "Nano",
      "Mini", "mini", "Turbo", "turbo", "Large", "Medium", "Small", "Instruct", "Max", "Plus", "Lite", "Vision",
      "Preview", "Thinking", "Scout", "Maverick", "Behemoth", "Coder", "Chat", "Base", "High", "Reasoning", "Omni",
      "Next", "Air", "Heavy", "Fast");
  /** Capitalized words followed by a number that are not product names. */
  private static final Set<String> NOT_PRODUCT_HEADS = set("Chapter", "Article", "Section", "Figure", "Fig",
      "Table", "Page", "Room", "Route", "Highway", "Category", "Tier", "Level", "Phase", "Stage", "Step", "Part",
      "Act", "Title", "Year", "Week", "Day", "Game", "Round", "Group", "Grade", "Class", "Type", "Version",
      "Number", "No", "Vol", "Volume", "Issue", "Paragraph", "Rule", "Item", "Appendix", "Annex", "Exhibit",
      "Box", "Term", "Session", "Season", "Episode", "Series", "Division", "League", "Team", "Match", "Race",
      "Heat", "Lap", "Hole", "Set", "Question", "Q", "Platform", "Gate", "Terminal", "Floor", "Building", "Unit",
      "Block", "Lot", "Apartment", "Suite", "Street", "Avenue", "Road", "Lane", "District", "Zone", "Area",
      "Region", "Sector", "Block", "Bill", "Law", "Resolution", "Amendment", "Regulation", "Directive", "Order",
      "Case", "Docket", "Exhibit", "Sample", "Test", "Trial", "Wave", "Quarter", "The", "A", "An", "In", "On",
      "At", "By", "For", "From", "To", "Of", "And", "But", "Or", "With", "About", "Over", "Under", "After",
      "Before", "Since", "Until", "Top", "Up", "Down", "AI", "Under-", "Only", "All", "Some", "Most", "About");
  private static final Set<String> QTY_STOP = set("of", "to", "and", "or", "in", "on", "at", "the", "a", "an",
      "percent", "per", "for", "from", "by", "with", "as", "than", "that", "which", "who", "is", "are", "was",
      "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
      "said", "says", "says", "more", "less", "times", "into", "over", "under", "after", "before", "since",
      "until", "about", "while", "when", "where", "but", "not", "also", "it", "its", "this", "these", "those",
      "up", "down", "out", "off", "against", "versus", "vs", "between", "among");

  private final KnowledgeBase kb;

  private static Set<String> set(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  public EntityRules(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Non-overlapping rule spans, in token order. */
  public List<TypedSpan> find(String[] t) {
    int n = t.length;
    boolean[] used = new boolean[n];
    List<TypedSpan> out = new ArrayList<>();
    // DATE
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int end = date(t, i);
      if (end > i) {
        take(out, used, i, end, Entity.DATE, STRONG);
        i = end - 1;
      }
    }
    // MONEY, PERCENT
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int end = money(t, i, used);
      if (end > i) {
        take(out, used, i, end, Entity.MONEY, STRONG);
        i = end - 1;
        continue;
      }
      end = percent(t, i, used);
      if (end > i) {
        take(out, used, i, end, Entity.PERCENT, STRONG);
        i = end - 1;
      }
    }
    // PRODUCT (versioned model names)
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int[] r = product(t, i, used);
      if (r != null) {
        take(out, used, i, r[0], Entity.PRODUCT, r[1] == 1 ? STRONG : WEAK);
        i = r[0] - 1;
      }
    }
    // QUANTITY, NUMBER
    for (int i = 0; i < n; i++) {
      if (used[i] || !isNumber(t[i])) {
        continue;
      }
      if (i > 0 && (t[i - 1].equals("-") || t[i - 1].endsWith("-"))) {
        continue;
      }
      int end = i + 1;
      if (end < n && !used[end] && SCALE.contains(t[end].toLowerCase(Locale.ROOT)) && !t[end].equals("m")) {
        end++;
      }
      if (end < n && !used[end] && isCountedNoun(t[end])) {
        take(out, used, i, end + 1, Entity.QUANTITY, WEAK);
        i = end;
      } else {
        take(out, used, i, end, Entity.NUMBER, WEAK);
        i = end - 1;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void take(List<TypedSpan> out, boolean[] used, int s, int e, String type, String method) {
    for (int j = s; j < e; j++) {
      used[j] = true;
    }
    out.add(new TypedSpan(s, e, type, null, method));
  }

  static boolean isNumber(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0)) && NUM.matcher(s).matches();
  }

  /** Cheap pre-check before the regular expressions: most tokens have no digit. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountedNoun(String s) {
    if (s.length() < 3 || QTY_STOP.contains(s)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLowerCase(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMonth(String s) {
    return MONTHS_FULL.contains(s) || MONTHS_ABBR.contains(s);
  }

  private static String lower(String[] t, int i) {
    return i >= 0 && i < t.length ? t[i].toLowerCase(Locale.ROOT) : "";
  }

  /** End (exclusive) of a date starting at i, or i when none. */
  private static int date(String[] t, int i) {
    int n = t.length;
    String w = t[i];
    boolean digit = hasDigit(w);
    if (digit && (ISO_DATE.matcher(w).matches() || SLASH_DATE.matcher(w).matches() || DECADE.matcher(w).matches())) {
      return i + 1;
    }
    if (isMonth(w)) {
      int e = i + 1;
      if (e < n && DAY_OF_MONTH.matcher(t[e]).matches()) {
        e++;
        if (e + 1 < n && t[e].equals(",") && YEAR.matcher(t[e + 1]).matches()) {
          e += 2;
        } else if (e < n && YEAR.matcher(t[e]).matches()) {
          e++;
        }
        return e;
      }
      if (e < n && YEAR.matcher(t[e]).matches()) {
        return e + 1;
      }
      boolean mayVerb = w.equals("May") || w.equals("March") || w.startsWith("Mar");
      if (MONTH_CONTEXT.contains(lower(t, i - 1)) && !(mayVerb && i == 0)
          && (!w.equals("May") || MONTH_CONTEXT.contains(lower(t, i - 1)))) {
        return i + 1;
      }
      return i;
    }
    if (digit && DAY_OF_MONTH.matcher(w).matches() && i + 1 < n && isMonth(t[i + 1])) {
      int e = i + 2;
      if (e < n && YEAR.matcher(t[e]).matches()) {
        e++;
      }
      return e;
    }
    if (digit && QUARTER.matcher(w).matches() && i + 1 < n && YEAR.matcher(t[i + 1]).matches()) {
      return i + 2;
    }
    if (digit && YEAR.matcher(w).matches()) {
      String prev = lower(t, i - 1);
      boolean unitAfter = i + 1 < n && (t[i + 1].equals("%") || SCALE.contains(lower(t, i + 1))
          || CURRENCY_WORDS.contains(lower(t, i + 1)));
      if (!unitAfter && (YEAR_CONTEXT.contains(prev) || isMonth(i > 0 ? t[i - 1] : ""))) {
        return i + 1;
      }
      return i;
    }
    if (WEEKDAYS.contains(w)) {
      return i + 1;
    }
    String lw = w.toLowerCase(Locale.ROOT);
    if (lw.equals("yesterday") || lw.equals("tomorrow")) {
      return i + 1;
    }
    if (RELATIVE.contains(lw) && i + 1 < n
        && (PERIODS.contains(t[i + 1].toLowerCase(Locale.ROOT)) || WEEKDAYS.contains(t[i + 1])
            || (isMonth(t[i + 1]) && !t[i + 1].equals("May")))) {
      return i + 2;
    }
    return i;
  }

  private static int money(String[] t, int i, boolean[] used) {
    int n = t.length;
    String w = t[i];
    int e = -1;
    boolean digit = hasDigit(w);
    if (digit && MONEY_TOKEN.matcher(w).matches()) {
      e = i + 1;
    } else if (w.length() <= 4 && (CURRENCY_SYMBOL.matcher(w).matches() || CURRENCY_CODES.contains(w)) && i + 1 < n
        && (isNumber(t[i + 1]) || NUM_SCALED.matcher(t[i + 1]).matches())) {
      e = i + 2;
    } else if (digit && (isNumber(w) || NUM_SCALED.matcher(w).matches())) {
      int j = i + 1;
      if (j < n && SCALE.contains(t[j].toLowerCase(Locale.ROOT))) {
        j++;
      }
      if (j < n && CURRENCY_WORDS.contains(t[j].toLowerCase(Locale.ROOT))
          && !(t[j].equals("real") || t[j].equals("won"))) {
        return j + 1;
      }
      if (j < n && CURRENCY_CODES.contains(t[j])) {
        return j + 1;
      }
      return i;
    } else {
      return i;
    }
    if (e < n && SCALE.contains(t[e].toLowerCase(Locale.ROOT)) && !used[e]) {
      e++;
    }
    return e;
  }

  private static int percent(String[] t, int i, boolean[] used) {
    int n = t.length;
    if (!hasDigit(t[i])) {
      return i;
    }
    if (PERCENT_TOKEN.matcher(t[i]).matches()) {
      return i + 1;
    }
    if (!isNumber(t[i]) || i + 1 >= n) {
      return i;
    }
    String nx = t[i + 1].toLowerCase(Locale.ROOT);
    if (nx.equals("%") || nx.equals("percent") || nx.equals("pct")) {
      return i + 2;
    }
    if (nx.equals("per") && i + 2 < n && lower(t, i + 2).equals("cent")) {
      return i + 3;
    }
    if (nx.equals("percentage") && i + 2 < n && lower(t, i + 2).startsWith("point")) {
      return i + 3;
    }
    return i;
  }

  /** {end, strong ? 1 : 0} of a versioned model name starting at i, or null. */
  private int[] product(String[] t, int i, boolean[] used) {
    int n = t.length;
    String w = t[i];
    int e;
    boolean family;
    if (w.indexOf('-') > 0 && hasDigit(w) && MODEL_TOKEN.matcher(w).matches() && !YEAR.matcher(w.replaceAll("^.*-", "")).matches()) {
      String head = w.substring(0, w.indexOf('-'));
      family = MODEL_FAMILIES.contains(head) || MODEL_FAMILIES.contains(w.replaceAll("-[^-]*$", ""));
      if (!family && (NOT_PRODUCT_HEADS.contains(head) || head.length() < 2)) {
        return null;
      }
      e = i + 1;
    } else {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return null;
      }
      family = MODEL_FAMILIES.contains(w);
      int j = i + 1;
      while (family && j < n && VARIANTS.contains(t[j]) && j < i + 3) {
        j++;
      }
      if (j + 1 < n && t[j].equals("-") && VERSION.matcher(t[j + 1]).matches()) {
        j++;
      }
      if (j >= n || used[j] || !VERSION.matcher(t[j]).matches()) {
        return null;
      }
      String v = t[j];
      if (!family) {
        if (w.length() < 3 || NOT_PRODUCT_HEADS.contains(w) || isMonth(w) || WEEKDAYS.contains(w)
            || KnowledgeBase.isUpperWord(w) && w.length() < 3) {
          return null;
        }
        for (KbEntry k : kb.lookup(w)) {
          if (!k.type().equals(Entity.PRODUCT)) {
            return null;
          }
        }
        if (i > 0 && isNumber(t[i - 1])) {
          return null;
        }
        if (j + 2 < n && !t[j + 1].isEmpty() && Character.isUpperCase(t[j + 1].charAt(0)) && isNumber(t[j + 2])) {
          return null;
        }
        if (YEAR.matcher(v).matches() || (isNumber(v) && !v.contains(".") && Integer.parseInt(v.replace(",", "")) > 20)) {
          return null;
        }
        if (j + 1 < n && (SCALE.contains(lower(t, j + 1)) || lower(t, j + 1).equals("%") || isCountedNoun(t[j + 1])
            && !VARIANTS.contains(t[j + 1]))) {
          return null;
        }
      }
      e = j + 1;
    }
    while (e < n && !used[e] && e < i + 6 && (VARIANTS.contains(t[e]) || PARAMS.matcher(t[e]).matches())) {
      e++;
    }
    return new int[] {e, family ? 1 : 0};
  }
}
