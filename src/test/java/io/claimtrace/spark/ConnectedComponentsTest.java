package io.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Both paths (distributed star rounds, one-task union-find) against an in-memory union-find. */
class ConnectedComponentsTest {
  static SparkSession spark;
  static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start("ConnectedComponentsTest");
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Chains, stars, a long path, repeated and self edges, over random 64-bit node ids. */
  static List<Tuple2<Long, Long>> graph() {
    SplittableRandom r = new SplittableRandom(5);
    long[] ids = new long[3000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = r.nextLong();
    }
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (int i = 0; i < 400; i++) { // a path of 400 nodes
      edges.add(new Tuple2<>(ids[i], ids[i + 1]));
    }
    for (int i = 500; i < 600; i++) { // a star
      edges.add(new Tuple2<>(ids[500], ids[i]));
    }
    for (int k = 0; k < 1500; k++) { // random small components among the rest
      int a = 700 + r.nextInt(2300);
      int b = 700 + r.nextInt(2300);
      edges.add(new Tuple2<>(ids[a], ids[b]));
      if (k % 10 == 0) {
        edges.add(new Tuple2<>(ids[b], ids[a]));
        edges.add(new Tuple2<>(ids[a], ids[a]));
      }
    }
    return edges;
  }

  static Map<Long, Long> expected(List<Tuple2<Long, Long>> edges) {
    Map<Long, Long> parent = new HashMap<>();
    for (Tuple2<Long, Long> e : edges) {
      if (!e._1().equals(e._2())) {
        long a = find(parent, e._1());
        long b = find(parent, e._2());
        parent.put(Math.max(a, b), Math.min(a, b));
      }
    }
    Map<Long, Long> out = new HashMap<>();
    for (Long node : new ArrayList<>(parent.keySet())) {
      out.put(node, find(parent, node));
    }
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    parent.putIfAbsent(x, x);
    while (parent.get(x) != x) {
      x = parent.get(x);
    }
    return x;
  }

  @Test
  void distributedRoundsAndUnionFindGiveTheSmallestNodePerComponent() {
    List<Tuple2<Long, Long>> edges = graph();
    Map<Long, Long> expected = expected(edges);
    JavaPairRDD<Long, Long> rdd = jsc.parallelizePairs(edges, 3);
    HashPartitioner four = new HashPartitioner(4);
    JavaPairRDD<Long, Long> distributed = ConnectedComponents.of(rdd, four, 0);
    JavaPairRDD<Long, Long> local = ConnectedComponents.of(rdd, four, Long.MAX_VALUE);
    ConnectedComponents.Sized sized = ConnectedComponents.sized(rdd, four, 3);
    ConnectedComponents.Sized sizedRounds = ConnectedComponents.sized(jsc.parallelizePairs(edges, 5), four, 3);
    JavaPairRDD<Long, Long> counted = sized.labels();
    assertEquals(expected, distributed.collectAsMap());
    assertEquals(expected, local.collectAsMap());
    assertEquals(expected, counted.collectAsMap(), "straight to the union-find, repeats and self edges included");
    assertEquals(expected, sizedRounds.labels().collectAsMap());
    Map<Long, Long> oversized = new java.util.HashMap<>();
    expected.values().forEach(c -> oversized.merge(c, 1L, Long::sum));
    oversized.values().removeIf(size -> size <= 3);
    assertTrue(!oversized.isEmpty() && oversized.size() < new java.util.HashSet<>(expected.values()).size(),
        "the graph has components on both sides of the cap");
    assertEquals(oversized, sized.oversized());
    assertEquals(oversized, sizedRounds.oversized());
    sized.release();
    sizedRounds.release();
    // partitioned like the nodes: partition i holds the nodes the partitioner sends to i
    for (JavaPairRDD<Long, Long> result : List.of(distributed, local, counted)) {
      List<List<Tuple2<Long, Long>>> parts = result.glom().collect();
      for (int i = 0; i < parts.size(); i++) {
        for (Tuple2<Long, Long> t : parts.get(i)) {
          assertEquals(i, four.getPartition(t._1()));
        }
      }
    }
  }

  @Test
  void theGuardInOneTaskSplitsOversizedComponentsByTheirStrongEdges() {
    List<Tuple2<Long, Long>> edges = graph();
    // similarity from the edge's position: every third edge is strong
    List<LshEdgesSpark.Edge> weighted = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      weighted.add(new LshEdgesSpark.Edge(edges.get(i)._1(), edges.get(i)._2(), i % 3 == 0 ? 0.9 : 0.5));
    }
    long maxSize = 50; // the 401-node path and the 101-node star are oversized, the random components are not
    Map<Long, Long> all = expected(edges);
    Map<Long, Long> sizes = new HashMap<>();
    all.values().forEach(c -> sizes.merge(c, 1L, Long::sum));
    Map<Long, Long> want = new HashMap<>();
    all.forEach((node, c) -> {
      if (sizes.get(c) <= maxSize) {
        want.put(node, c);
      }
    });
    List<Tuple2<Long, Long>> strongInBig = new ArrayList<>();
    for (LshEdgesSpark.Edge e : weighted) {
      Long c = all.get(e.a());
      if (e.similarity() >= 0.8 && c != null && sizes.get(c) > maxSize) {
        strongInBig.add(new Tuple2<>(e.a(), e.b()));
      }
    }
    want.putAll(expected(strongInBig));
    assertTrue(sizes.values().stream().anyMatch(s -> s > maxSize) && !strongInBig.isEmpty());
    weighted.add(new LshEdgesSpark.Edge(-42L, -42L, 0.99)); // a strong self edge of a node with no other edge
    HashPartitioner four = new HashPartitioner(4);
    JavaPairRDD<Long, Long> got = ConnectedComponents.guardedInOneTask(jsc.parallelize(weighted, 3), four, maxSize, 0.8);
    assertEquals(want, got.collectAsMap());
    List<List<Tuple2<Long, Long>>> parts = got.glom().collect();
    for (int i = 0; i < parts.size(); i++) {
      for (Tuple2<Long, Long> t : parts.get(i)) {
        assertEquals(i, four.getPartition(t._1()), "partitioned like the nodes");
      }
    }
  }

  @Test
  void stringNodesWorkToo() {
    JavaPairRDD<String, String> edges = jsc.parallelizePairs(List.of(
        new Tuple2<>("b", "a"), new Tuple2<>("c", "b"), new Tuple2<>("x", "y"), new Tuple2<>("z", "z")), 2);
    Map<String, String> want = Map.of("a", "a", "b", "a", "c", "a", "x", "x", "y", "x");
    assertEquals(want, ConnectedComponents.of(edges).collectAsMap());
    assertEquals(want, ConnectedComponents.of(edges, new HashPartitioner(2), 0).collectAsMap());
  }
}
