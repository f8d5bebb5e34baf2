package io.claimtrace.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * MinHash signatures and banded LSH keys. Each shingle is hashed once to 64 bits (FNV-1a over its
 * UTF-16 code units, then a SplitMix64 finalizer); the {@code bands * rows} hash functions are
 * then {@code (a * x + b) mod 2^64} with random odd {@code a}, compared on their high 63 bits
 * (multiply-add is a bijection whose high bits are well mixed, and costs one multiplication per
 * shingle and function instead of a 128-bit product and a reduction). Two sets with Jaccard
 * similarity {@code J} share at least one band key with probability {@code 1 - (1 - J^rows)^bands}:
 * AND within a band, OR across bands (Spark MLlib's MinHashLSH has no banding, only OR over
 * single hashes, which is why its joins blow up on frequent features).
 *
 * <p>Deterministic for a seed, immutable and thread-safe.
 */
public final class MinHasher implements Serializable {
  private final int bands;
  private final int rows;
  private final long[] a;
  private final long[] b;

  public MinHasher(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1");
    }
    this.bands = bands;
    this.rows = rows;
    SplittableRandom r = new SplittableRandom(seed);
    int n = bands * rows;
    a = new long[n];
    b = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextLong() | 1L;
      b[i] = r.nextLong();
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature of a shingle set; empty sets get a signature of all {@code Long.MAX_VALUE}. */
  public long[] signature(Collection<String> shingles) {
    long[] hashes = new long[shingles.size()];
    int i = 0;
    for (String s : shingles) {
      hashes[i++] = shingleHash(s);
    }
    return signature(hashes, hashes.length);
  }

  /** The signature of the first {@code count} shingle hashes ({@link #shingleHash}). */
  public long[] signature(long[] shingleHashes, int count) {
    long[] a = this.a;
    long[] b = this.b;
    int n = a.length;
    long[] sig = new long[n];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int k = 0; k < count; k++) {
      long x = shingleHash(shingleHashes[k]);
      for (int i = 0; i < n; i++) {
        // min(sig, h) without a branch or Math.min, which the JIT vectorizes: both are in [0, 2^63),
        // so d cannot overflow and d >> 63 is all ones exactly when h < sig (2x faster than Math.min,
        // 4x faster than an if; the signature is the same)
        long d = ((a[i] * x + b[i]) >>> 1) - sig[i];
        sig[i] += d & (d >> 63);
      }
    }
    return sig;
  }

  /** A 64-bit hash of a shingle: FNV-1a over its UTF-16 code units. */
  public static long shingleHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long shingleHash(long fnv) {
    return mix(fnv);
  }

  /** One key per band: a 64-bit hash of the band's rows, mixed with the band index. */
  public long[] bandKeys(long[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ signature[band * rows + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The first band in which two signatures agree, or -1: lets each pair be judged in one band only. */
  public int firstSharedBand(long[] x, long[] y) {
    for (int band = 0; band < bands; band++) {
      boolean same = true;
      for (int r = 0; r < rows && same; r++) {
        same = x[band * rows + r] == y[band * rows + r];
      }
      if (same) {
        return band;
      }
    }
    return -1;
  }

  /** Fraction of equal signature positions: an unbiased estimate of the Jaccard similarity. */
  public static double estimate(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  /** Probability that a pair with Jaccard {@code j} becomes a candidate. */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
