package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What clustering compares about a claim, derived from its {@code claims} row: the content tokens
 * of the normalized form (numbers set apart, so a drifting number does not split a claim from its
 * variants), the numbers, and the subject entities (organizations, products, people, places).
 *
 * <p>The four components ({@link #claimId}, {@link #tokens}, {@link #numbers}, {@link #subjects})
 * are the claim; equality compares them only. What {@link ClaimSimilarity} needs per candidate pair
 * is derived from them once, here, so that the pair check allocates nothing: the distinctive words
 * of each subject name and which kinds of subject the claim names.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimFeatures implements Serializable {

  private static final Synonyms SYNONYMS = Synonyms.bundled();
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?%?");

  /** Kinds of subject, as bits of {@link #subjectKinds()}: organizations and products, people, places. */
  static final int ORG = 1;
  static final int PERSON = 2;
  static final int PLACE = 4;

  private final String claimId;
  private final List<String> tokens;
  private final List<Double> numbers;
  private final Set<String> subjects;
  /** Distinctive words of each subject name (names of generic words only are left out). */
  private final List<Set<String>> subjectNames;
  /** Bits of {@link #ORG}, {@link #PERSON}, {@link #PLACE} over the names in {@link #subjectNames}. */
  private final int subjectKinds;

  /**
   * @param claimId the claim
   * @param tokens distinct content tokens, numbers excluded: known entities as {@code kb:<id>},
   *     unknown multi-word entities as their words, other lemmas mapped through {@link Synonyms}
   * @param numbers numeric values in the claim, in order
   * @param subjects the named entities as {@code <kind>:<name>}: kind {@code org} (organizations and
   *     products), {@code per} or {@code loc}; name the knowledge-base id as {@code kb:<id>}, else
   *     the lower-cased name ({@code org:kb:org:nist}, {@code per:alex arena})
   */
  public ClaimFeatures(String claimId, List<String> tokens, List<Double> numbers, Set<String> subjects) {
    this.claimId = claimId;
    this.tokens = List.copyOf(tokens);
    this.numbers = List.copyOf(numbers);
    this.subjects = Set.copyOf(subjects);
    List<Set<String>> names = new ArrayList<>();
    int kinds = 0;
    for (String subject : this.subjects) {
      Set<String> words = ClaimSimilarity.subjectWords(subject);
      if (!words.isEmpty()) {
        names.add(Set.copyOf(words));
        kinds |= kind(subject);
      }
    }
    this.subjectNames = List.copyOf(names);
    this.subjectKinds = kinds;
  }

  public String claimId() {
    return claimId;
  }

  public List<String> tokens() {
    return tokens;
  }

  public List<Double> numbers() {
    return numbers;
  }

  public Set<String> subjects() {
    return subjects;
  }

  List<Set<String>> subjectNames() {
    return subjectNames;
  }

  int subjectKinds() {
    return subjectKinds;
  }

  /** The kind bit of a subject string ({@code org:...}, {@code per:...}, {@code loc:...}); 0 for none. */
  static int kind(String subject) {
    if (subject.startsWith("org:")) {
      return ORG;
    }
    if (subject.startsWith("per:")) {
      return PERSON;
    }
    return subject.startsWith("loc:") ? PLACE : 0;
  }

  /**
   * Builds features from a normalized form (space-separated tokens; numeric tokens like
   * {@code 47%}, {@code 310000000}, {@code num:47} or {@code 47_percent} count as numbers, and a
   * money token like {@code 310000000usd} as its amount plus its currency code as a word) and the
   * claim's entities as (text, type) pairs.
   */
  public static ClaimFeatures of(String claimId, String normalized, List<String[]> entities) {
    // Known entities are compared by knowledge-base id, so "NIST" and "National Institute of
    // Standards and Technology" are one subject and one token. Entity rows are (text, type[, kbId]).
    java.util.Map<String, String> canonical = new java.util.HashMap<>();
    for (String[] e : entities) {
      if (e.length > 2 && e[2] != null) {
        canonical.put(entityToken(e[0]), "kb:" + e[2]);
      }
    }
    Set<String> tokens = new LinkedHashSet<>();
    List<Double> numbers = new ArrayList<>();
    for (String raw : words(normalized)) {
      Double n = number(raw);
      if (n != null) {
        numbers.add(n);
        continue;
      }
      Double amount = moneyAmount(raw);
      if (amount != null) {
        // "310000000usd": the amount drifts like any number, the currency must agree like a word
        numbers.add(amount);
        tokens.add(raw.substring(raw.length() - 3));
        continue;
      }
      String t = raw.toLowerCase(Locale.ROOT);
      String kb = canonical.get(t);
      if (kb != null) {
        tokens.add(kb);
      } else if (t.indexOf('_') > 0) {
        // An entity the knowledge base does not know is one token per name in the normalized
        // form, but recognizers draw its span differently from outlet to outlet ("Mike Butcher"
        // vs "Chief Operating Officer Mike Butcher"): compare its words, not the whole span.
        for (String part : t.split("_+")) {
          if (!part.isEmpty()) {
            tokens.add(SYNONYMS.canonical(part));
          }
        }
      } else {
        tokens.add(SYNONYMS.canonical(t));
      }
    }
    Set<String> subjects = new LinkedHashSet<>();
    for (String[] e : entities) {
      String kind = switch (e[1]) {
        case "ORG", "PRODUCT" -> "org:";
        case "PERSON" -> "per:";
        case "LOC" -> "loc:";
        default -> null;
      };
      if (kind != null) {
        subjects.add(kind + (e.length > 2 && e[2] != null ? "kb:" + e[2]
            : e[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()));
      }
    }
    return new ClaimFeatures(claimId, List.copyOf(tokens), numbers, subjects);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClaimFeatures f && claimId.equals(f.claimId) && tokens.equals(f.tokens)
        && numbers.equals(f.numbers) && subjects.equals(f.subjects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claimId, tokens, numbers, subjects);
  }

  @Override
  public String toString() {
    return "ClaimFeatures[claimId=" + claimId + ", tokens=" + tokens + ", numbers=" + numbers + ", subjects=" + subjects + "]";
  }

  /** The non-empty runs between regex {@code \s} characters, without a regex (a hot path of the cluster stage). */
  static List<String> words(String normalized) {
    List<String> words = new ArrayList<>();
    if (normalized == null) {
      return words;
    }
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean space = i == normalized.length() || isSpace(normalized.charAt(i));
      if (space && start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The token the normalized form uses for an entity name: lower case, non-alphanumerics as underscores. */
  static String entityToken(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
  }

  /**
   * Shingles for MinHash: the content tokens. The normalized form is a sorted bag of lemmas, so
   * word order carries nothing and n-grams of it would only lower the collision rate of paraphrases.
   */
  public List<String> shingles() {
    return tokens;
  }

  /** Cheap pre-check before the regex: most tokens are words. */
  private static boolean startsLikeNumber(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return c >= '0' && c <= '9' || (c == '-' || c == '+') && t.length() > 1 && t.charAt(1) >= '0' && t.charAt(1) <= '9';
  }

  /**
   * The amount of a money value token as the analyze stage writes it ({@code 2500000000usd}: the
   * amount and a three-letter currency code, see {@code Quantities.valueToken}), or null.
   */
  static Double moneyAmount(String token) {
    int n = token.length();
    if (n < 4 || !(token.endsWith("usd") || token.endsWith("eur") || token.endsWith("gbp"))) {
      return null;
    }
    return number(token.substring(0, n - 3));
  }

  static Double number(String token) {
    String t = token;
    int colon = t.indexOf(':');
    if (colon >= 0 && colon < t.length() - 1 && t.substring(0, colon).chars().allMatch(Character::isLetter)) {
      t = t.substring(colon + 1);
    }
    int underscore = t.indexOf('_');
    if (underscore > 0) {
      t = t.substring(0, underscore);
    }
    if (!startsLikeNumber(t) || !NUMBER.matcher(t).matches()) {
      return null;
    }
    try {
      return Double.parseDouble(t.replace(",", "").replace("%", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
