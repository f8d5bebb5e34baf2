package io.claimtrace.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components in Spark with the alternating large-star / small-star algorithm
 * (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and
 * Beyond", SoCC 2014): O(log^2 n) rounds, no node's neighbourhood ever collected to the driver.
 * At convergence every non-root node has exactly one edge, to the smallest node id of its
 * component. Only a count and a checksum per round reach the driver. Graphs of at most
 * {@link #LOCAL_MAX_EDGES} edges are resolved by a union-find in one Spark task instead.
 */
public final class ConnectedComponents {
  private static final int MAX_ROUNDS = 60;
  /**
   * Graphs with at most this many distinct edges are resolved by a union-find in one task (a few
   * hundred MB at most): the distributed rounds cost more in scheduling than they save, and the
   * result is the same.
   */
  static final long LOCAL_MAX_EDGES = 1_000_000;

  private ConnectedComponents() {}

  /**
   * @param edges undirected edges between node ids
   * @return (node, component) for every node that has an edge; the component is the smallest node id in it
   */
  public static <T extends Comparable<T>> JavaPairRDD<T, T> of(JavaPairRDD<T, T> edges) {
    return of(edges, new HashPartitioner(edges.getNumPartitions()));
  }

  /**
   * As {@link #of(JavaPairRDD)}, with the result partitioned by {@code partitioner}, so that a
   * join with a table of the nodes partitioned the same way needs no shuffle.
   */
  public static <T extends Comparable<T>> JavaPairRDD<T, T> of(JavaPairRDD<T, T> edges, Partitioner partitioner) {
    return of(edges, partitioner, LOCAL_MAX_EDGES);
  }

  /**
   * Components of a graph of 64-bit node ids, with the components larger than {@code maxSize}.
   *
   * @param labels (node, component) for every node with an edge, partitioned by {@code partitioner},
   *     cached
   * @param oversized the components with more than {@code maxSize} nodes, with their sizes
   */
  public record Sized(JavaPairRDD<Long, Long> labels, Map<Long, Long> oversized) {
    /** Drops the cached labels. */
    public void release() {
      labels.unpersist(false);
    }
  }

  /**
   * As {@link #of(JavaPairRDD, Partitioner)}, with the sizes of the components over {@code maxSize}
   * nodes: the chaining guard of graphs too large for {@link #guardedInOneTask}.
   */
  public static Sized sized(JavaPairRDD<Long, Long> edges, HashPartitioner partitioner, long maxSize) {
    JavaPairRDD<Long, Long> labels = of(edges, partitioner).persist(StorageLevel.MEMORY_AND_DISK());
    Map<Long, Long> oversized = new HashMap<>(labels.mapToPair(c -> new Tuple2<>(c._2(), 1L)).reduceByKey(Long::sum)
        .filter(c -> c._2() > maxSize).collectAsMap());
    return new Sized(labels, oversized);
  }

  /**
   * The cluster stage's component labels with its chaining guard, in one Spark task, for at most
   * {@link #LOCAL_MAX_EDGES} edges, and lazily: no job runs until the labels are used, so the
   * driver does not wait on a round trip between the union-find and the guard. Components of all
   * edges; a component of more than {@code maxSize} nodes is replaced by the components of its
   * edges of similarity at least {@code strict}, and its nodes without such an edge get no label
   * (each founds its own cluster). The same labels as {@link #sized} followed by a re-check.
   *
   * @return (node, label) for the labelled nodes, partitioned by {@code partitioner}
   */
  public static JavaPairRDD<Long, Long> guardedInOneTask(JavaRDD<LshEdgesSpark.Edge> edges, HashPartitioner partitioner,
      long maxSize, double strict) {
    int parts = partitioner.numPartitions();
    JavaPairRDD<Integer, long[]> blocks = edges.coalesce(1).mapPartitionsToPair(it -> {
      // The strong edges are all the re-check needs: only they are kept for the second pass. A
      // self edge links nothing, and its node may be unknown to the union-find.
      LshEdgesSpark.LongBuffer strong = new LshEdgesSpark.LongBuffer();
      LongUnionFind all = new LongUnionFind();
      while (it.hasNext()) {
        LshEdgesSpark.Edge e = it.next();
        all.union(e.a(), e.b());
        if (e.a() != e.b() && e.similarity() >= strict) {
          strong.add(e.a());
          strong.add(e.b());
        }
      }
      int[] componentSize = new int[all.size];
      for (int i = 0; i < all.size; i++) {
        componentSize[all.find(i)]++;
      }
      LongUnionFind kept = new LongUnionFind(); // strong edges inside oversized components
      for (int m = 0; m < strong.size; m += 2) {
        long a = strong.values[m];
        if (componentSize[all.find(all.index(a))] > maxSize) {
          kept.union(a, strong.values[m + 1]);
        }
      }
      LshEdgesSpark.LongBuffer[] out = new LshEdgesSpark.LongBuffer[parts];
      for (int i = 0; i < all.size; i++) {
        int root = all.find(i);
        if (componentSize[root] <= maxSize) {
          LshEdgesSpark.LongBuffer.addPair(out, partitioner.getPartition(all.nodes[i]), all.nodes[i], all.nodes[root]);
        }
      }
      for (int i = 0; i < kept.size; i++) {
        LshEdgesSpark.LongBuffer.addPair(out, partitioner.getPartition(kept.nodes[i]), kept.nodes[i], kept.nodes[kept.find(i)]);
      }
      return LshEdgesSpark.blocks(out);
    });
    return blocks.partitionBy(new HashPartitioner(parts)).values().flatMapToPair(ConnectedComponents::pairs);
  }

  /** (node, label) tuples from a block of node, label, node, label, ... */
  private static Iterator<Tuple2<Long, Long>> pairs(long[] block) {
    List<Tuple2<Long, Long>> o = new ArrayList<>(block.length / 2);
    for (int i = 0; i < block.length; i += 2) {
      o.add(new Tuple2<>(block[i], block[i + 1]));
    }
    return o.iterator();
  }

  /**
   * Union-find over 64-bit node ids in primitive arrays (node -> index by open addressing); the
   * root of a component is its smallest node id.
   */
  static final class LongUnionFind {
    private long[] keys = new long[1024];
    private int[] slots = new int[1024]; // index + 1, 0 = empty
    private long[] nodes = new long[512];
    private int[] parent = new int[512];
    private int size;

    /** Links a and b; a self edge links nothing (as in the distributed path, which drops it). */
    void union(long a, long b) {
      if (a == b) {
        return;
      }
      int ra = find(index(a));
      int rb = find(index(b));
      if (ra != rb) {
        if (nodes[ra] < nodes[rb]) {
          parent[rb] = ra;
        } else {
          parent[ra] = rb;
        }
      }
    }

    private int find(int x) {
      int root = x;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[x] != root) { // path compression
        int next = parent[x];
        parent[x] = root;
        x = next;
      }
      return root;
    }

    private int index(long node) {
      int mask = keys.length - 1;
      long h = node * 0x9E3779B97F4A7C15L;
      for (int i = (int) (h >>> 40) & mask; ; i = (i + 1) & mask) {
        if (slots[i] == 0) {
          if (size == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, size * 2);
            parent = java.util.Arrays.copyOf(parent, size * 2);
          }
          nodes[size] = node;
          parent[size] = size;
          keys[i] = node;
          slots[i] = ++size;
          if (size * 2 > keys.length) {
            rehash();
          }
          return size - 1;
        }
        if (keys[i] == node) {
          return slots[i] - 1;
        }
      }
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new long[oldKeys.length * 2];
      slots = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldSlots[j] != 0) {
          long h = oldKeys[j] * 0x9E3779B97F4A7C15L;
          int i = (int) (h >>> 40) & mask;
          while (slots[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          slots[i] = oldSlots[j];
        }
      }
    }
  }

  static <T extends Comparable<T>> JavaPairRDD<T, T> of(JavaPairRDD<T, T> edges, Partitioner partitioner, long localMaxEdges) {
    JavaPairRDD<T, T> current = edges.filter(e -> !e._1().equals(e._2()))
        .mapToPair(e -> e._1().compareTo(e._2()) < 0 ? new Tuple2<>(e._2(), e._1()) : e)
        .distinct().persist(StorageLevel.MEMORY_AND_DISK());
    long[] previous = fingerprint(current);
    if (previous[0] <= localMaxEdges) {
      JavaPairRDD<T, T> labels = current.coalesce(1).mapPartitionsToPair(ConnectedComponents::unionFind)
          .partitionBy(partitioner);
      return labels;
    }
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      JavaPairRDD<T, T> next = smallStar(largeStar(current)).persist(StorageLevel.MEMORY_AND_DISK());
      if (round % 5 == 0) {
        next.rdd().localCheckpoint();
      }
      long[] now = fingerprint(next);
      current.unpersist(false);
      current = next;
      if (now[0] == previous[0] && now[1] == previous[1]) {
        break;
      }
      previous = now;
    }
    JavaPairRDD<T, T> labels = current.mapToPair(e -> e._1().compareTo(e._2()) > 0 ? e : e.swap());
    JavaPairRDD<T, T> roots = labels.values().distinct().mapToPair(r -> new Tuple2<>(r, r));
    return labels.union(roots).reduceByKey(partitioner, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /** (node, smallest node of its component) for every node of the edges, by union-find. */
  static <T extends Comparable<T>> Iterator<Tuple2<T, T>> unionFind(Iterator<Tuple2<T, T>> edges) {
    Map<T, T> parent = new HashMap<>();
    while (edges.hasNext()) {
      Tuple2<T, T> e = edges.next();
      if (e._1().equals(e._2())) {
        continue; // a self edge links nothing (and the distributed path drops it)
      }
      T a = find(parent, e._1());
      T b = find(parent, e._2());
      if (!a.equals(b)) {
        // the smaller node becomes the root: roots are the component minima
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    List<Tuple2<T, T>> out = new ArrayList<>(parent.size());
    for (T node : new ArrayList<>(parent.keySet())) {
      out.add(new Tuple2<>(node, find(parent, node)));
    }
    return out.iterator();
  }

  private static <T> T find(Map<T, T> parent, T x) {
    T root = x;
    while (true) {
      T p = parent.putIfAbsent(root, root);
      if (p == null || p.equals(root)) {
        break;
      }
      root = p;
    }
    while (!x.equals(root)) { // path compression
      T next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  /** For each node u: m = min(N(u) + u); link every larger neighbour to m. */
  static <T extends Comparable<T>> JavaPairRDD<T, T> largeStar(JavaPairRDD<T, T> edges) {
    return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator()).groupByKey().flatMapToPair(g -> {
      T u = g._1();
      T m = u;
      for (T v : g._2()) {
        if (v.compareTo(m) < 0) {
          m = v;
        }
      }
      List<Tuple2<T, T>> out = new ArrayList<>();
      for (T v : g._2()) {
        if (v.compareTo(u) > 0) {
          out.add(new Tuple2<>(v, m));
        }
      }
      return out.iterator();
    }); // repeats are dropped by the small-star step that follows
  }

  /** For each node u with its smaller-or-equal neighbours N: m = min(N + u); link N + u to m. */
  static <T extends Comparable<T>> JavaPairRDD<T, T> smallStar(JavaPairRDD<T, T> edges) {
    return edges.mapToPair(e -> e._1().compareTo(e._2()) >= 0 ? e : e.swap()).groupByKey().flatMapToPair(g -> {
      T u = g._1();
      T m = u;
      for (T v : g._2()) {
        if (v.compareTo(m) < 0) {
          m = v;
        }
      }
      List<Tuple2<T, T>> out = new ArrayList<>();
      for (T v : g._2()) {
        if (!v.equals(m)) {
          out.add(new Tuple2<>(v, m));
        }
      }
      if (!u.equals(m)) {
        out.add(new Tuple2<>(u, m));
      }
      return out.iterator();
    }).distinct();
  }

  private static <T> long[] fingerprint(JavaPairRDD<T, T> edges) {
    Tuple2<Long, Long> f = edges.map(e -> new Tuple2<>(1L, 31L * e._1().hashCode() + e._2().hashCode()))
        .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
    return new long[] {f._1(), f._2()};
  }
}
