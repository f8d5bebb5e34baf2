package io.claimtrace.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components in Spark with the alternating large-star / small-star algorithm
 * (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and
 * Beyond", SoCC 2014): O(log^2 n) rounds, no node's neighbourhood ever collected to the driver.
 * At convergence every non-root node has exactly one edge, to the smallest node id of its
 * component. Only a count and a checksum per round reach the driver.
 */
public final class ConnectedComponents {
  private static final int MAX_ROUNDS = 60;

  private ConnectedComponents() {}

  /**
   * @param edges undirected edges between node ids
   * @return (node, component) for every node that has an edge; the component is the smallest node id in it
   */
  public static JavaPairRDD<String, String> of(JavaPairRDD<String, String> edges) {
    JavaPairRDD<String, String> current = edges.filter(e -> !e._1().equals(e._2()))
        .mapToPair(e -> e._1().compareTo(e._2()) < 0 ? new Tuple2<>(e._2(), e._1()) : e)
        .distinct().persist(StorageLevel.MEMORY_AND_DISK());
    long[] previous = fingerprint(current);
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      JavaPairRDD<String, String> next = smallStar(largeStar(current)).persist(StorageLevel.MEMORY_AND_DISK());
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
    JavaPairRDD<String, String> labels = current.mapToPair(e -> e._1().compareTo(e._2()) > 0 ? e : e.swap());
    JavaPairRDD<String, String> roots = labels.values().distinct().mapToPair(r -> new Tuple2<>(r, r));
    return labels.union(roots).reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /** For each node u: m = min(N(u) + u); link every larger neighbour to m. */
  static JavaPairRDD<String, String> largeStar(JavaPairRDD<String, String> edges) {
    return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator()).groupByKey().flatMapToPair(g -> {
      String u = g._1();
      String m = u;
      for (String v : g._2()) {
        if (v.compareTo(m) < 0) {
          m = v;
        }
      }
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (String v : g._2()) {
        if (v.compareTo(u) > 0) {
          out.add(new Tuple2<>(v, m));
        }
      }
      return out.iterator();
    }).distinct();
  }

  /** For each node u with its smaller-or-equal neighbours N: m = min(N + u); link N + u to m. */
  static JavaPairRDD<String, String> smallStar(JavaPairRDD<String, String> edges) {
    return edges.mapToPair(e -> e._1().compareTo(e._2()) >= 0 ? e : e.swap()).groupByKey().flatMapToPair(g -> {
      String u = g._1();
      String m = u;
      for (String v : g._2()) {
        if (v.compareTo(m) < 0) {
          m = v;
        }
      }
      List<Tuple2<String, String>> out = new ArrayList<>();
      for (String v : g._2()) {
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

  private static long[] fingerprint(JavaPairRDD<String, String> edges) {
    Tuple2<Long, Long> f = edges.map(e -> new Tuple2<>(1L, (long) (e._1() + "\u0000" + e._2()).hashCode()))
        .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
    return new long[] {f._1(), f._2()};
  }
}
