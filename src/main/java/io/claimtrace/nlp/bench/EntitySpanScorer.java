package io.claimtrace.nlp.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span entity scoring on character offsets: a predicted entity is correct only when a gold
 * entity of the same unit has the same type and the same {@code [start, end)}. Precision, recall
 * and F1 per type and micro-averaged over all scored types or over a subset (e.g. PERSON/ORG/LOC).
 * The token-level sibling for CoNLL-style tag files is {@link NerScorer}.
 *
 * <p>The scored types are the ones the gold annotation uses: those given to the constructor plus any
 * other type found in gold. A predicted entity of a type outside them cannot be right or wrong by
 * the annotation, so it is not scored but counted per type ({@link #unscored()}) for the report to
 * show; a gold type with no prediction at all shows as {@link #neverPredicted()}. Duplicate mentions
 * (same span and type) within one unit count once. Not thread-safe.
 */
public final class EntitySpanScorer {

  /** A gold or predicted entity: character span {@code [start, end)} and type. */
  public record Span(int start, int end, String type) {}

  /** {correct, predicted, gold} per scored type, in first-seen order. */
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, Integer> unscored = new TreeMap<>();
  private final Map<String, Integer> confusions = new TreeMap<>();

  /** @param annotatedTypes the types the gold annotation uses (scored even when absent from the data) */
  public EntitySpanScorer(Collection<String> annotatedTypes) {
    for (String t : annotatedTypes) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one unit (a sentence or a document): its gold and predicted entities, same offsets. */
  public void add(Collection<Span> gold, Collection<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    Map<List<Integer>, String> goldTypeAt = new HashMap<>();
    for (Span s : g) {
      counts.computeIfAbsent(s.type(), k -> new int[3])[2]++;
      goldTypeAt.put(List.of(s.start(), s.end()), s.type());
    }
    for (Span s : new HashSet<>(predicted)) {
      String goldType = goldTypeAt.get(List.of(s.start(), s.end()));
      if (goldType != null && !g.contains(s)) {
        confusions.merge(goldType + "->" + s.type(), 1, Integer::sum);
      }
      int[] c = counts.get(s.type());
      if (c == null) {
        unscored.merge(s.type(), 1, Integer::sum);
        continue;
      }
      c[1]++;
      if (g.contains(s)) {
        c[0]++;
      }
    }
  }

  /** The scored types, in order. */
  public List<String> types() {
    return List.copyOf(counts.keySet());
  }

  /** {correct, predicted, gold} of one scored type. */
  public int[] counts(String type) {
    int[] c = counts.get(type);
    return c == null ? new int[3] : c.clone();
  }

  /** {correct, predicted, gold} summed over the given scored types. */
  public int[] counts(Collection<String> types) {
    int[] s = new int[3];
    for (String t : types) {
      int[] c = counts(t);
      for (int i = 0; i < 3; i++) {
        s[i] += c[i];
      }
    }
    return s;
  }

  /** Predicted mentions per type that the gold annotation does not use (not scored). */
  public Map<String, Integer> unscored() {
    return Map.copyOf(unscored);
  }

  /**
   * Predicted mentions with a gold span's exact offsets but another type, as {@code GOLD->PREDICTED}
   * counts (unscored predicted types included): the type errors among the misses.
   */
  public Map<String, Integer> typeConfusions() {
    return Map.copyOf(confusions);
  }

  /** Scored types that occur in gold but were never predicted. */
  public List<String> neverPredicted() {
    List<String> out = new ArrayList<>();
    counts.forEach((t, c) -> {
      if (c[2] > 0 && c[1] == 0) {
        out.add(t);
      }
    });
    return out;
  }

  public double precision(String type) {
    return precision(counts(type));
  }

  public double recall(String type) {
    return recall(counts(type));
  }

  public double f1(String type) {
    return f1(counts(type));
  }

  /** Micro F1 over all scored types. */
  public double microF1() {
    return f1(counts(counts.keySet()));
  }

  /** Micro F1 over the given types (e.g. PERSON, ORG, LOC). */
  public double microF1(Collection<String> types) {
    return f1(counts(types));
  }

  static double precision(int[] c) {
    return c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  static double recall(int[] c) {
    return c[2] == 0 ? 0 : (double) c[0] / c[2];
  }

  static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One table line: name, P, R, F1, correct, predicted, gold. */
  static String line(String name, int[] c) {
    return String.format(Locale.ROOT, "  %-18s %6.3f %6.3f %6.3f %7d %6d %6d", name, precision(c), recall(c), f1(c),
        c[0], c[1], c[2]);
  }

  /**
   * A table per type, then micro over all scored types and over each named subset, then the types
   * only one side uses.
   */
  public String table(Map<String, List<String>> subsets) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "  %-18s %6s %6s %6s %7s %6s %6s%n", "type", "P", "R", "F1", "correct", "pred",
        "gold"));
    for (String t : counts.keySet()) {
      b.append(line(t, counts(t))).append('\n');
    }
    b.append(line("micro, all " + counts.size(), counts(counts.keySet()))).append('\n');
    subsets.forEach((name, types) -> b.append(line("micro, " + name, counts(types))).append('\n'));
    return b.toString();
  }
}
