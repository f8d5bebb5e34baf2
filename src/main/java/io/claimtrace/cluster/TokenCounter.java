package io.claimtrace.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ObjLongConsumer;

/**
 * Counts tokens given as UTF-8 byte ranges of larger arrays, without making a {@link String} per
 * occurrence: open addressing over an FNV-1a hash of the bytes, equality by comparing the bytes of
 * the first occurrence (which the counter keeps a reference to). A String is made once per
 * distinct token, when the counts are read. Not thread-safe.
 */
public final class TokenCounter {
  private byte[][] arrays = new byte[64][];
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private long[] hashes = new long[64];
  private long[] counts = new long[64];
  private int size;

  /** Counts one occurrence of the token in {@code a[offset, offset + length)}. */
  public void add(byte[] a, int offset, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = offset; i < offset + length; i++) {
      h ^= a[i] & 0xff;
      h *= 0x100000001b3L;
    }
    int mask = counts.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (arrays[i] == null) {
        arrays[i] = a;
        offsets[i] = offset;
        lengths[i] = length;
        hashes[i] = h;
        counts[i] = 1;
        if (++size * 2 > counts.length) {
          grow();
        }
        return;
      }
      if (hashes[i] == h && Arrays.equals(arrays[i], offsets[i], offsets[i] + lengths[i], a, offset, offset + length)) {
        counts[i]++;
        return;
      }
    }
  }

  /** Distinct tokens counted. */
  public int size() {
    return size;
  }

  /** Each distinct token with its count, in no particular order. */
  public void forEach(ObjLongConsumer<String> consumer) {
    for (int i = 0; i < counts.length; i++) {
      if (arrays[i] != null) {
        consumer.accept(new String(arrays[i], offsets[i], lengths[i], StandardCharsets.UTF_8), counts[i]);
      }
    }
  }

  private void grow() {
    byte[][] oldArrays = arrays;
    int[] oldOffsets = offsets;
    int[] oldLengths = lengths;
    long[] oldHashes = hashes;
    long[] oldCounts = counts;
    int capacity = oldCounts.length * 2;
    arrays = new byte[capacity][];
    offsets = new int[capacity];
    lengths = new int[capacity];
    hashes = new long[capacity];
    counts = new long[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldCounts.length; j++) {
      if (oldArrays[j] == null) {
        continue;
      }
      long h = oldHashes[j];
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (arrays[i] != null) {
        i = (i + 1) & mask;
      }
      arrays[i] = oldArrays[j];
      offsets[i] = oldOffsets[j];
      lengths[i] = oldLengths[j];
      hashes[i] = h;
      counts[i] = oldCounts[j];
    }
  }
}
