package io.claimtrace.nlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a sentence reports and normalizes them, so that "47%", "47 percent" and
 * "47 per cent" all become {@code 47 percent} and "$2.5bn" and "2.5 billion dollars" both become
 * {@code 2.5E9 USD}. Works on the sentence text with regular expressions (no tagging needed); the
 * counted noun of a bare number ("12,000 developers") is taken from the POS tags when the sentence
 * is tagged, else from a word shape test.
 *
 * <p>Not quantities, on purpose: years (1900-2099 with no unit), model and version numbers glued
 * to a name ("GPT-4", "Llama 3"), ordinals, clock times and day numbers of dates ("March 5"): they
 * identify things rather than measure them, and a wrong value would make two different claims look
 * alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class Quantities {
  private Quantities() {}

  /** A found quantity with its place in the sentence text (sentence-relative offsets). */
  public record Found(Quantity quantity, int start, int end) {}

  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String SCALE =
      "(?:[\\s-]?(thousand|million|billion|trillion|crore|lakh|bn|mn|tn|[kmb])\\b)?";
  private static final String WORDNUM = "(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a few|several|a hundred|hundreds of|"
      + "tens of|a dozen|dozens of)";

  /** Money with a leading currency sign or code: "$2.5 billion", "€300m", "USD 40". */
  private static final Pattern MONEY_PRE = Pattern.compile(
      "(US\\$|A\\$|C\\$|\\$|€|£|¥|₹|₩|\\bUSD\\s?|\\bEUR\\s?|\\bGBP\\s?|\\bJPY\\s?|\\bINR\\s?|\\bRs\\.?\\s?)\\s?" + NUM + SCALE, Pattern.CASE_INSENSITIVE);
  /** A number with a unit word after it: percent, currency words, scale words, or a counted noun. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d\\-./:$€£])" + NUM + "(?![\\d])(\\s?%|\\s?(?:percent|per cent|percentage points?|pct)\\b)?"
          + SCALE + "(\\s(?:(?:US|U\\.S\\.)\\s)?(?:dollars|euros|pounds|usd|eur|gbp|yen|yuan|won|rupees)\\b)?",
      Pattern.CASE_INSENSITIVE);
  /** "two million users", "several hundred engineers", "a billion dollars". */
  private static final Pattern WORD_SCALE = Pattern.compile(
      "\\b" + WORDNUM + "\\s(thousand|million|billion|trillion)s?\\b(?:\\sof)?(\\s(?:dollars|euros|pounds)\\b)?",
      Pattern.CASE_INSENSITIVE);
  /** Fractions written as words, kept when no figure follows them in brackets. */
  /** "one in five", "1 in 8": a share, as percent. */
  private static final Pattern RATIO = Pattern.compile(
      "\\b(one|1|two|2|three|3)\\s(?:in|out of)\\s(\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|"
          + "100)\\b", Pattern.CASE_INSENSITIVE);
  /** Spelled-out numbers with an optional percent: "five models", "Twenty-four percent". */
  private static final Pattern WORD_NUMBER = Pattern.compile(
      "\\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|"
          + "nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          + "seventeen|eighteen|nineteen|a dozen|a hundred|a thousand|hundreds|thousands|dozens)\\b"
          + "(\\s(?:percent|per cent))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_NUMBER_LOWER = Pattern.compile(WORD_NUMBER.pattern());
  /** "tripled" is three times, "doubled" two. */
  private static final Pattern MULTIPLIER = Pattern.compile(
      "\\b(doubled|tripled|trebled|quadrupled|halved|two-fold|twofold|three-fold|threefold|tenfold|ten-fold)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FRACTION = Pattern.compile(
      "\\b(half|a third|one third|two-thirds|two thirds|a quarter|one quarter|three-quarters|three quarters|a fifth|"
          + "one fifth|a tenth|one tenth)\\b"
          + "(?!\\s*\\(\\s*[\\d.]+\\s*(?:%|percent|per cent))", Pattern.CASE_INSENSITIVE);
  private static final Pattern APPROX_BEFORE = Pattern.compile(
      "(?:\\b(?:about|around|approximately|approx\\.?|roughly|nearly|almost|some|over|more than|less than|fewer than|"
          + "under|up to|at least|at most|close to|an estimated|estimated|upwards of|as many as|as much as|"
          + "just under|just over|well over|north of|in excess of|the better part of)|~|>|<|≈)"
          + "\\s*(?:half|a third|one third|two-thirds|a quarter|one in \\w+)?\\s*\\(?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern APPROX_AFTER = Pattern.compile("^(?:\\+|\\s?or so\\b|\\s?-?plus\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_AFTER = Pattern.compile(
      "^\\s(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL_OR_TIME_AFTER = Pattern.compile(
      "^(?:st|nd|rd|th|\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)\\b|:\\d)", Pattern.CASE_INSENSITIVE);
  /** "No. 3", "version 4", "GPT 4", "Llama 3": the number names something. */
  private static final Pattern NAMING_BEFORE = Pattern.compile(
      "(?:\\b(?:no\\.|number|version|v|phase|tier|level|series|gen|generation|model|chapter|section|article|"
          + "page|step|season|episode|round|top|rank(?:ed)?)|#)\\s?$", Pattern.CASE_INSENSITIVE);
  /** A capitalized word right before the number, as in "Llama 3" or "Windows 11". */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?<=\\S\\s)(\\p{Lu}[\\p{L}\\d]*)\\s?$");

  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("m", 1e6),
      Map.entry("mn", 1e6), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("b", 1e9),
      Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("crore", 1e7), Map.entry("lakh", 1e5));
  private static final Map<String, Double> WORD_VALUES = Map.ofEntries(
      Map.entry("a", 1.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
      Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
      Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0),
      Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("a few", 3.0), Map.entry("several", 3.0),
      Map.entry("a hundred", 100.0), Map.entry("hundreds of", 100.0), Map.entry("tens of", 10.0),
      Map.entry("a dozen", 12.0), Map.entry("dozens of", 12.0));
  /** Words after a number that are not a counted noun. */
  private static final Set<String> NOT_UNIT = Set.of(
      "of", "in", "to", "and", "or", "the", "a", "an", "for", "from", "by", "on", "at", "with", "than", "as",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
      "that", "which", "who", "this", "these", "those", "it", "its", "their", "per", "more", "less", "new", "times",
      "year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "minutes", "seconds", "old",
      "percent", "points");

  /**
   * The quantities of a sentence in text order.
   *
   * @param text the sentence text
   * @param tokens its tokens (tagged or not); offsets are article offsets, {@code base} maps them
   * @param base the article offset of the sentence start
   */
  public static List<Found> find(String text, List<Token> tokens, int base) {
    List<Found> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    boolean[] taken = new boolean[text.length() + 1];
    // cheap substring gates skip the regular expressions that cannot match (most sentences have no
    // currency, fraction or multiplier), which halves the cost of this method
    String lower = text.toLowerCase(Locale.ROOT);
    boolean money = lower.indexOf('$') >= 0 || lower.indexOf('€') >= 0 || lower.indexOf('£') >= 0
        || lower.indexOf('¥') >= 0 || lower.indexOf('₹') >= 0 || lower.indexOf('₩') >= 0 || lower.contains("usd")
        || lower.contains("eur") || lower.contains("gbp") || lower.contains("jpy") || lower.contains("inr")
        || lower.contains("rs");
    boolean digit = HAS_DIGIT.matcher(text).find();
    Matcher m = MONEY_PRE.matcher(money && digit ? text : "");
    while (m.find()) {
      String cur = currency(m.group(1));
      double v = parse(m.group(2)) * scale(m.group(3));
      if (Double.isNaN(v)) {
        continue;
      }
      add(out, taken, text, m.start(), m.end(), v, cur);
    }
    m = NUMBER.matcher(digit ? text : "");
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      double v = parse(m.group(1));
      if (Double.isNaN(v)) {
        continue;
      }
      String pct = m.group(2);
      String sc = m.group(3);
      String curWord = m.group(4);
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      if (pct != null) {
        add(out, taken, text, m.start(), m.end(), v, "percent");
        continue;
      }
      v *= scale(sc);
      if (curWord != null) {
        add(out, taken, text, m.start(), m.end(), v, currency(curWord.strip()));
        continue;
      }
      boolean plain = sc == null;
      if (plain) {
        boolean year = m.group(1).matches("(19|20)\\d\\d") && !after.matches("(?s)^\\s?(?:\\+|or so).*");
        if (year || MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()
            || ORDINAL_OR_TIME_AFTER.matcher(after).find() || NAMING_BEFORE.matcher(before).find()
            || namedBefore(text, m.start())) {
          continue;
        }
      }
      String unit = countedNoun(text, m.end(), tokens, base);
      add(out, taken, text, m.start(), m.end(), v, unit);
    }
    m = WORD_SCALE.matcher(lower.contains("illion") || lower.contains("thousand") ? text : "");
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      double v = WORD_VALUES.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), 1.0) * scale(m.group(2));
      String unit = m.group(3) != null ? currency(m.group(3).strip()) : countedNoun(text, m.end(), tokens, base);
      add(out, taken, text, m.start(), m.end(), v, unit);
    }
    m = RATIO.matcher(lower.contains(" in ") || lower.contains(" out of ") ? text : "");
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      double a = wordValue(m.group(1));
      double b = wordValue(m.group(2));
      if (a > 0 && b > a) {
        add(out, taken, text, m.start(), m.end(), Math.round(1000 * a / b) / 10.0, "percent");
      }
    }
    // the spelled-out number pattern is case-insensitive and slow; run it on the lower-case text
    // when lower-casing kept every offset (it does for all but a few exotic letters)
    boolean sameLength = lower.length() == text.length();
    m = sameLength ? WORD_NUMBER_LOWER.matcher(lower) : WORD_NUMBER.matcher(text);
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      double v = wordValue(m.group(1));
      if (v <= 0) {
        continue;
      }
      if (m.group(2) != null) {
        add(out, taken, text, m.start(), m.end(), v, "percent");
      } else {
        add(out, taken, text, m.start(), m.end(), v, countedNoun(text, m.end(), tokens, base));
      }
    }
    m = MULTIPLIER.matcher(lower.contains("fold") || lower.contains("doubled") || lower.contains("tripled")
        || lower.contains("trebled") || lower.contains("quadrupled") || lower.contains("halved") ? text : "");
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      double v = w.startsWith("doub") || w.startsWith("two") ? 2 : w.startsWith("tr") || w.startsWith("three") ? 3
          : w.startsWith("quad") ? 4 : w.startsWith("halv") ? 0.5 : 10;
      add(out, taken, text, m.start(), m.end(), v, "times");
    }
    m = FRACTION.matcher(lower.contains("half") || lower.contains("third") || lower.contains("quarter")
        || lower.contains("fifth") || lower.contains("tenth") ? text : "");
    while (m.find()) {
      if (overlaps(taken, m.start(), m.end())) {
        continue;
      }
      String f = m.group(1).toLowerCase(Locale.ROOT);
      double v = f.equals("half") ? 50 : f.contains("two") ? 200.0 / 3 : f.contains("three") ? 75
          : f.contains("third") ? 100.0 / 3 : f.contains("fifth") ? 20 : f.contains("tenth") ? 10 : 25;
      add(out, taken, text, m.start(), m.end(), Math.round(v * 10) / 10.0, "percent");
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static final Map<String, Double> UNITS_WORDS = Map.ofEntries(
      Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
      Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
      Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0),
      Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0),
      Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
      Map.entry("ninety", 90.0), Map.entry("a dozen", 12.0), Map.entry("dozens", 12.0), Map.entry("a hundred", 100.0),
      Map.entry("hundreds", 100.0), Map.entry("a thousand", 1000.0), Map.entry("thousands", 1000.0));

  /** Value of a spelled-out or digit number ("twenty-four" is 24); 0 when unknown. */
  static double wordValue(String w) {
    String s = w.toLowerCase(Locale.ROOT).strip();
    if (s.matches("\\d+")) {
      return Double.parseDouble(s);
    }
    int dash = s.indexOf('-');
    if (dash > 0) {
      return UNITS_WORDS.getOrDefault(s.substring(0, dash), 0.0) + UNITS_WORDS.getOrDefault(s.substring(dash + 1), 0.0);
    }
    return UNITS_WORDS.getOrDefault(s, 0.0);
  }

  private static void add(List<Found> out, boolean[] taken, String text, int start, int end, double v, String unit) {
    if (!Double.isFinite(v)) {
      return;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 8));
    boolean approx = APPROX_BEFORE.matcher(before).find() || APPROX_AFTER.matcher(after).find();
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    out.add(new Found(new Quantity(text.substring(start, end), v, unit, approx), start, end));
  }

  private static boolean namedBefore(String text, int at) {
    Matcher n = NAME_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
    return n.find() && !APPROX_BEFORE.matcher(n.group(1) + " ").find()
        && !FUNCTION_CAPS
            .contains(n.group(1));
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun a bare number counts: the head of the adjective/noun run after it ("1.1 million
   * smallholder farmers" counts farmers), or the word glued by a hyphen ("18-month" counts months).
   */
  private static String countedNoun(String text, int end, List<Token> tokens, int base) {
    Matcher h = HYPHEN_UNIT.matcher(text.substring(end));
    if (h.find()) {
      String u = h.group(1).toLowerCase(Locale.ROOT);
      return u.endsWith("s") ? u : u + "s";
    }
    if (tokens != null && !tokens.isEmpty() && tokens.get(0).pos() != null) {
      String noun = null;
      int seen = 0;
      for (Token t : tokens) {
        if (t.start() - base < end) {
          continue;
        }
        String p = t.pos();
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean word = t.text().chars().allMatch(c -> Character.isLetter(c) || c == '-');
        if (("NOUN".equals(p) || "PROPN".equals(p) && noun == null) && word && !NOT_UNIT.contains(w)) {
          noun = w;
        } else if (noun != null || !"ADJ".equals(p) && !"VERB".equals(p) && !"PROPN".equals(p) || ++seen > 3) {
          break;
        }
      }
      return noun;
    }
    Matcher w = NEXT_WORD.matcher(text.substring(end));
    if (w.find() && !NOT_UNIT.contains(w.group(1))) {
      return w.group(1);
    }
    return null;
  }

  private static final Pattern NEXT_WORD = Pattern.compile("^\\s([a-z][a-z\\-]+)");
  private static final Pattern HYPHEN_UNIT = Pattern.compile("^-(?:billion-|million-)?([A-Za-z]+)\\b");

  private static String currency(String sign) {
    String s = sign.strip().toLowerCase(Locale.ROOT);
    if (s.contains("€") || s.startsWith("eur")) {
      return "EUR";
    }
    if (s.contains("£") || s.startsWith("gbp") || s.startsWith("pound")) {
      return "GBP";
    }
    if (s.contains("¥") || s.startsWith("jpy") || s.equals("yen")) {
      return "JPY";
    }
    if (s.contains("₹") || s.startsWith("inr") || s.startsWith("rs") || s.startsWith("rupee")) {
      return "INR";
    }
    if (s.contains("₩") || s.equals("won")) {
      return "KRW";
    }
    if (s.equals("yuan")) {
      return "CNY";
    }
    return "USD";
  }

  private static double scale(String s) {
    if (s == null) {
      return 1;
    }
    return SCALES.getOrDefault(s.toLowerCase(Locale.ROOT), 1.0);
  }

  private static double parse(String n) {
    try {
      return Double.parseDouble(n.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * The value token of the normalized form: the value in plain decimal notation without trailing
   * zeros, followed by {@code %} for percent or the lower-case currency code ({@code 2500000000usd});
   * counts and bare numbers are the number alone (their counted noun is a word of its own).
   */
  public static String valueToken(Quantity q) {
    String n = BigDecimal.valueOf(q.value()).stripTrailingZeros().toPlainString();
    if (n.contains(".") && n.length() - n.indexOf('.') > 4) {
      n = BigDecimal.valueOf(Math.round(q.value() * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
    if ("percent".equals(q.unit())) {
      return n + "%";
    }
    if ("USD".equals(q.unit()) || "EUR".equals(q.unit()) || "GBP".equals(q.unit())) {
      return n + q.unit().toLowerCase(Locale.ROOT);
    }
    return n;
  }

  // word lists used inside methods, hoisted so no set is built per call
  private static final Set<String> FUNCTION_CAPS = Set.of("In", "On", "By", "Of", "For", "To", "At", "And", "With", "From", "Only", "The", "All", "Some");
}
