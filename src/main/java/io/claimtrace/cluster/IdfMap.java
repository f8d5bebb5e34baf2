package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A read-only token -> IDF map for {@link ClaimSimilarity}, with open addressing over a mixed
 * string hash. {@link java.util.HashMap} spreads {@code String.hashCode} only by its high half;
 * the hash codes of short words crowd into few bins, which turned every IDF lookup into a tree
 * walk on a 4,000-word vocabulary. Immutable and thread-safe once built.
 */
public final class IdfMap extends AbstractMap<String, Double> implements Serializable {
  private final String[] keys;
  private final double[] values;
  private final int mask;
  private final int size;

  public IdfMap(Map<String, Double> from) {
    int capacity = Integer.highestOneBit(Math.max(4, from.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new double[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Double> e : from.entrySet()) {
      int i = slot(e.getKey());
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
    size = from.size();
  }

  private int slot(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  @Override
  public Double get(Object key) {
    if (!(key instanceof String s)) {
      return null;
    }
    for (int i = slot(s); keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].equals(s)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<String, Double>> entrySet() {
    Set<Entry<String, Double>> entries = new HashSet<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        entries.add(new SimpleImmutableEntry<>(keys[i], values[i]));
      }
    }
    return entries;
  }
}
