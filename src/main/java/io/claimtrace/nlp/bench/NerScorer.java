package io.claimtrace.nlp.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-match entity scoring as computed by {@code conlleval}/seqeval: a predicted entity counts
 * only when its token span and its type both equal a gold entity. Precision, recall and F1 per type
 * and micro-averaged over the scored types, with the arithmetic of {@link EntitySpanScorer} (same
 * {correct, predicted, gold} counts).
 *
 * <p>Tag decoding accepts both IOB1 (CoNLL-2003 {@code eng.testb}: {@code I-X} everywhere,
 * {@code B-X} only between adjacent same-type entities) and BIO2/IOB2 (CoNLL++, UNER): an entity
 * starts at {@code B-X}, or at {@code I-X} when the previous tag is not of type X. Not thread-safe.
 */
public final class NerScorer {

  /** A gold or predicted entity: token span {@code [start, end)} and type. */
  public record Mention(int start, int end, String type) {}

  private final List<String> types;
  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** @param types the scored types (e.g. PER, ORG, LOC); other gold and predicted types are ignored */
  public NerScorer(List<String> types) {
    this.types = List.copyOf(types);
    for (String t : types) {
      counts.put(t, new int[3]);
    }
  }

  /** Decodes IOB1 or BIO2 tags ({@code O}, {@code B-X}, {@code I-X}) into mentions. */
  public static List<Mention> decode(String[] tags) {
    List<Mention> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1).toUpperCase(Locale.ROOT) : "O";
      String t = prefix.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (prefix.equals("B") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Mention(start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  /** Adds one sentence: gold and predicted mentions. */
  public void add(List<Mention> gold, List<Mention> predicted) {
    Set<Mention> g = new HashSet<>();
    for (Mention m : gold) {
      if (counts.containsKey(m.type())) {
        g.add(m);
        counts.get(m.type())[2]++;
      }
    }
    Set<Mention> seen = new HashSet<>();
    for (Mention m : predicted) {
      if (!counts.containsKey(m.type()) || !seen.add(m)) {
        continue;
      }
      counts.get(m.type())[1]++;
      if (g.contains(m)) {
        counts.get(m.type())[0]++;
      }
    }
  }

  /** {correct, predicted, gold} of one type. */
  public int[] counts(String type) {
    return counts.get(type).clone();
  }

  public double precision(String type) {
    return EntitySpanScorer.precision(counts.get(type));
  }

  public double recall(String type) {
    return EntitySpanScorer.recall(counts.get(type));
  }

  public double f1(String type) {
    return EntitySpanScorer.f1(counts.get(type));
  }

  private int[] micro() {
    int[] s = new int[3];
    for (int[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        s[i] += c[i];
      }
    }
    return s;
  }

  public double microPrecision() {
    return EntitySpanScorer.precision(micro());
  }

  public double microRecall() {
    return EntitySpanScorer.recall(micro());
  }

  public double microF1() {
    return EntitySpanScorer.f1(micro());
  }

  /** A table of P/R/F1 per type and micro-averaged. */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "  %-6s %7s %7s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "correct", "pred", "gold"));
    for (String t : types) {
      int[] c = counts.get(t);
      b.append(String.format(Locale.ROOT, "  %-6s %7.3f %7.3f %7.3f %7d %7d %7d%n", t, precision(t), recall(t), f1(t),
          c[0], c[1], c[2]));
    }
    int[] s = micro();
    b.append(String.format(Locale.ROOT, "  %-6s %7.3f %7.3f %7.3f %7d %7d %7d%n", "micro", microPrecision(),
        microRecall(), microF1(), s[0], s[1], s[2]));
    return b.toString();
  }
}
