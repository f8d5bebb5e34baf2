package io.claimtrace.cluster;

/**
 * LSH buckets to candidate pairs. Small buckets are compared all-pairs; large ones (frequent
 * features, boilerplate) as a star around the smallest member plus a sliding window, which keeps
 * the work linear and avoids the blow-up of all-pairs joins. Members are ordered by id, so the
 * pairs of a large bucket do not depend on the order its members arrived in.
 *
 * <p>{@link #candidates} works on primitive (bucket key, member id) arrays, as the Spark job ships
 * them.
 */
public final class Buckets {
  private Buckets() {}

  private static final int WINDOW = 5;

  /** Receives candidate pairs {@code a < b}. */
  @FunctionalInterface
  public interface PairSink {
    void accept(long a, long b);
  }

  /**
   * Emits the candidate pairs of every bucket with two or more distinct members.
   *
   * @param keys bucket key per entry (band and band key already mixed into one value)
   * @param members member id per entry
   * @param n number of entries used; both arrays are overwritten
   * @param maxAllPairs buckets with more members than this are linked as a star plus a window
   * @return the number of entries in buckets of two or more members
   */
  public static long candidates(long[] keys, long[] members, int n, int maxAllPairs, PairSink sink) {
    // Most buckets are singletons: find the keys seen twice with a hash table, sort only their entries.
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    long[] table = new long[capacity];
    byte[] seen = new byte[capacity]; // 0 empty, 1 once, 2 twice or more
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int slot = slot(keys[i], mask);
      while (seen[slot] != 0 && table[slot] != keys[i]) {
        slot = (slot + 1) & mask;
      }
      if (seen[slot] == 0) {
        table[slot] = keys[i];
        seen[slot] = 1;
      } else {
        seen[slot] = 2;
      }
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int slot = slot(keys[i], mask);
      while (table[slot] != keys[i]) {
        slot = (slot + 1) & mask;
      }
      if (seen[slot] == 2) {
        keys[kept] = keys[i];
        members[kept] = members[i];
        kept++;
      }
    }
    n = kept;
    sortPairs(keys, members, 0, n);
    long inBuckets = 0;
    long[] run = new long[16];
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && keys[j] == keys[i]) {
        j++;
      }
      if (j - i > 1) {
        int size = 0;
        for (int k = i; k < j; k++) {
          if (size == 0 || members[k] != run[size - 1]) {
            if (size == run.length) {
              run = java.util.Arrays.copyOf(run, size * 2);
            }
            run[size++] = members[k];
          }
        }
        if (size > 1) {
          inBuckets += size;
          pairs(run, size, maxAllPairs, sink);
        }
      }
      i = j;
    }
    return inBuckets;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }

  /** The pairs of one bucket whose distinct members are {@code m[0..size)}, ascending. */
  static void pairs(long[] m, int size, int maxAllPairs, PairSink sink) {
    if (size <= maxAllPairs) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          sink.accept(m[i], m[j]);
        }
      }
      return;
    }
    for (int i = 1; i < size; i++) {
      sink.accept(m[0], m[i]);
      for (int j = Math.max(1, i - WINDOW); j < i; j++) {
        sink.accept(m[j], m[i]);
      }
    }
  }

  /**
   * Sorts the pairs {@code (a[i], b[i])} and drops repeats: a pair found in several bands is
   * verified once.
   *
   * @return the number of distinct pairs, now at the front of both arrays
   */
  public static int distinctPairs(long[] a, long[] b, int n) {
    sortPairs(a, b, 0, n);
    int out = 0;
    for (int i = 0; i < n; i++) {
      if (out == 0 || a[i] != a[out - 1] || b[i] != b[out - 1]) {
        a[out] = a[i];
        b[out] = b[i];
        out++;
      }
    }
    return out;
  }

  /** Sorts two parallel arrays by (x, y) over [from, to): quicksort, insertion sort for short runs. */
  static void sortPairs(long[] x, long[] y, int from, int to) {
    while (to - from > 24) {
      int mid = (from + to) >>> 1;
      // median of three as pivot
      int p = median(x, y, from, mid, to - 1);
      long px = x[p];
      long py = y[p];
      int lt = from;
      int gt = to - 1;
      int i = from;
      while (i <= gt) {
        int c = compare(x[i], y[i], px, py);
        if (c < 0) {
          swap(x, y, lt++, i++);
        } else if (c > 0) {
          swap(x, y, i, gt--);
        } else {
          i++;
        }
      }
      if (lt - from < to - gt - 1) {
        sortPairs(x, y, from, lt);
        from = gt + 1;
      } else {
        sortPairs(x, y, gt + 1, to);
        to = lt;
      }
    }
    for (int i = from + 1; i < to; i++) {
      long kx = x[i];
      long ky = y[i];
      int j = i - 1;
      while (j >= from && compare(x[j], y[j], kx, ky) > 0) {
        x[j + 1] = x[j];
        y[j + 1] = y[j];
        j--;
      }
      x[j + 1] = kx;
      y[j + 1] = ky;
    }
  }

  private static int compare(long ax, long ay, long bx, long by) {
    int c = Long.compare(ax, bx);
    return c != 0 ? c : Long.compare(ay, by);
  }

  private static int median(long[] x, long[] y, int i, int j, int k) {
    if (compare(x[i], y[i], x[j], y[j]) < 0) {
      if (compare(x[j], y[j], x[k], y[k]) < 0) {
        return j;
      }
      return compare(x[i], y[i], x[k], y[k]) < 0 ? k : i;
    }
    if (compare(x[i], y[i], x[k], y[k]) < 0) {
      return i;
    }
    return compare(x[j], y[j], x[k], y[k]) < 0 ? k : j;
  }

  private static void swap(long[] x, long[] y, int i, int j) {
    long t = x[i];
    x[i] = x[j];
    x[j] = t;
    t = y[i];
    y[i] = y[j];
    y[j] = t;
  }
}
