package io.claimtrace.cluster;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * MinHash signatures and banded LSH keys. {@code bands * rows} hash functions of the form
 * {@code (a * h(x) + b) mod p} over a 64-bit FNV-1a hash of each shingle. Two sets with Jaccard
 * similarity {@code J} share at least one band key with probability {@code 1 - (1 - J^rows)^bands}:
 * AND within a band, OR across bands (Spark MLlib's MinHashLSH has no banding, only OR over
 * single hashes, which is why its joins blow up on frequent features).
 *
 * <p>Deterministic for a seed, immutable and thread-safe.
 */
public final class MinHasher implements Serializable {
  private static final long PRIME = (1L << 61) - 1; // Mersenne prime 2^61 - 1

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
      a[i] = 1 + r.nextLong(PRIME - 1);
      b[i] = r.nextLong(PRIME);
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
    long[] sig = new long[a.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (String s : shingles) {
      long x = Long.remainderUnsigned(fnv1a(s), PRIME);
      for (int i = 0; i < sig.length; i++) {
        long h = mulMod(a[i], x) + b[i];
        if (h >= PRIME) {
          h -= PRIME;
        }
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
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

  static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** (x * y) mod 2^61-1 without overflow. */
  private static long mulMod(long x, long y) {
    long hi = Math.multiplyHigh(x, y);
    long lo = x * y;
    // 128-bit product = hi * 2^64 + lo (unsigned lo); reduce mod 2^61 - 1.
    long lo61 = lo & PRIME;
    long rest = (lo >>> 61) | (hi << 3);
    long r = lo61 + rest;
    while (Long.compareUnsigned(r, PRIME) >= 0) {
      r -= PRIME;
    }
    return r;
  }
}
