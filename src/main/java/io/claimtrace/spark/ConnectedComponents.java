package io.claimtrace.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
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
   * As {@link #of(JavaPairRDD, Partitioner)} when the caller knows how many edges there are at
   * most: a small graph goes straight to the union-find, without first making its edges distinct
   * and counting them.
   */
  public static <T extends Comparable<T>> JavaPairRDD<T, T> of(JavaPairRDD<T, T> edges, Partitioner partitioner,
      long atMostEdges, boolean counted) {
    if (counted && atMostEdges <= LOCAL_MAX_EDGES) {
      return edges.coalesce(1).mapPartitionsToPair(ConnectedComponents::unionFind).partitionBy(partitioner);
    }
    return of(edges, partitioner);
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
