package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What clustering compares about a claim, derived from its {@code claims} row: the content tokens
 * of the normalized form (numbers set apart, so a drifting number does not split a claim from its
 * variants), the numbers, and the subject entities (organizations, products, people, places).
 *
 * @param claimId the claim
 * @param tokens distinct content tokens, numbers excluded
 * @param numbers numeric values in the claim, in order
 * @param subjects lower-cased names of the named entities
 */
public record ClaimFeatures(String claimId, List<String> tokens, List<Double> numbers, Set<String> subjects)
    implements Serializable {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?%?");

  /**
   * Builds features from a normalized form (space-separated tokens; numeric tokens like
   * {@code 47%}, {@code 310000000}, {@code num:47} or {@code 47_percent} count as numbers) and the
   * claim's entities as (text, type) pairs.
   */
  public static ClaimFeatures of(String claimId, String normalized, List<String[]> entities) {
    Set<String> tokens = new LinkedHashSet<>();
    List<Double> numbers = new ArrayList<>();
    for (String raw : normalized == null ? new String[0] : normalized.split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      Double n = number(raw);
      if (n != null) {
        numbers.add(n);
      } else {
        tokens.add(raw.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> subjects = new LinkedHashSet<>();
    for (String[] e : entities) {
      String type = e[1];
      if ("ORG".equals(type) || "PRODUCT".equals(type) || "PERSON".equals(type) || "LOC".equals(type)) {
        subjects.add(e[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
      }
    }
    return new ClaimFeatures(claimId, List.copyOf(tokens), List.copyOf(numbers), Set.copyOf(subjects));
  }

  /** Shingles for MinHash: content tokens and adjacent token pairs (order-insensitive pairs). */
  public List<String> shingles() {
    List<String> s = new ArrayList<>(tokens.size() * 2);
    s.addAll(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String x = tokens.get(i);
      String y = tokens.get(i + 1);
      s.add(x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x);
    }
    return s;
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
    if (!NUMBER.matcher(t).matches()) {
      return null;
    }
    try {
      return Double.parseDouble(t.replace(",", "").replace("%", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
