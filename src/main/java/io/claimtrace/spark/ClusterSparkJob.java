package io.claimtrace.spark;

import io.claimtrace.cluster.ClaimFeatures;
import io.claimtrace.cluster.ClaimSimilarity;
import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.cluster.MinHasher;
import io.claimtrace.cluster.PackedClaim;
import io.claimtrace.model.Ids;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The cluster stage on Spark: every claim gets a {@code cluster_id}.
 *
 * <ol>
 *   <li>features per claim from its normalized form and entities, packed with a 64-bit node id
 *       ({@link PackedClaim}) and partitioned by it;</li>
 *   <li>candidate pairs from banded MinHash LSH, verified with {@link ClaimSimilarity} into
 *       edges ({@link LshEdgesSpark});</li>
 *   <li>connected components of the verified edges ({@link ConnectedComponents}); components
 *       larger than the cap are re-checked with a stricter threshold (a guard against chaining:
 *       transitive closure of weak edges once produced one false cluster of 859,091 documents in a
 *       public dedup run);</li>
 *   <li>{@code cluster_id} = hash of the founding claim (earliest {@code published_at}, then
 *       smallest {@code claim_id}): the same for the same input on any cluster size, and stable
 *       when later runs attach new claims to an old cluster. A claim with no verified edge is its
 *       own founding claim, without a shuffle.</li>
 * </ol>
 *
 * <p>{@link #assign} is the whole computation from claim rows to cluster ids; {@code bench-lsh}
 * times it as is.
 */
public final class ClusterSparkJob {
  public static final String STAGE = "cluster";

  private ClusterSparkJob() {}

  /** What the stage did. */
  public record Summary(long claims, long clusters, long repeated, long largest, long edges) {}

  /**
   * Cluster ids of a claims table, with what it took to get them.
   *
   * @param clusterOf (claim_id, cluster_id) for every claim, not yet computed: consume it once
   * @param edges the verified edges, cached
   * @param seconds wall seconds per step, in order
   */
  public record Assignment(JavaPairRDD<String, String> clusterOf, JavaRDD<LshEdgesSpark.Edge> edges, long claims,
      long edgeCount, long bucketEntries, long entriesInBuckets, long candidates,
      Map<String, Double> seconds, List<Object> cached) {
    /** Unpersists everything the assignment cached. */
    public void release() {
      for (Object o : cached) {
        if (o instanceof JavaPairRDD<?, ?> p) {
          p.unpersist(false);
        } else if (o instanceof JavaRDD<?> r) {
          r.unpersist(false);
        }
      }
    }
  }

  public static Summary run(SparkSession spark, ClusterConfig config, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "cluster: repeated claims", false);
    try {
      String claimsPath = writer.require(Tables.CLAIMS, "cluster", "analyze");
      writer.require(Tables.ARTICLES, "cluster", "ingest");
      Dataset<Row> claims = spark.read().schema(Tables.CLAIMS_SCHEMA).parquet(claimsPath);
      Assignment assignment = assign(spark, claims, config);
      Dataset<Row> ids = spark.createDataFrame(
          assignment.clusterOf().map(t -> RowFactory.create(t._1(), t._2())),
          new StructType()
              .add("claim_id", DataTypes.StringType, false)
              .add("new_cluster_id", DataTypes.StringType, false));

      jsc.setJobDescription("cluster: write claims");
      Dataset<Row> clustered = Tables.select(claims.join(ids, "claim_id")
          .withColumn("cluster_id", functions.col("new_cluster_id")).drop("new_cluster_id"), Tables.CLAIMS_SCHEMA)
          .persist(StorageLevel.MEMORY_AND_DISK());
      writer.stage(Tables.CLAIMS, clustered.repartition(functions.col("cluster_id")).sortWithinPartitions("cluster_id", "claim_id"));
      Row stats = clustered.groupBy("cluster_id").count()
          .agg(functions.count("*"), functions.sum(functions.when(functions.col("count").gt(1), 1).otherwise(0)),
              functions.max("count"))
          .first();
      assignment.release();
      clustered.unpersist(false);
      return new Summary(assignment.claims(), stats.getLong(0), stats.isNullAt(1) ? 0 : stats.getLong(1),
          stats.isNullAt(2) ? 0 : stats.getLong(2), assignment.edgeCount());
    } finally {
      jsc.clearJobGroup();
    }
  }

  /**
   * Cluster ids for the claims in {@code claims} (columns claim_id, normalized, entities,
   * published_at as in {@link Tables#CLAIMS_SCHEMA}).
   */
  public static Assignment assign(SparkSession spark, Dataset<Row> claims, ClusterConfig config) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, Double> seconds = new LinkedHashMap<>();
    List<Object> cached = new ArrayList<>();
    long t0 = System.nanoTime();

    jsc.setJobDescription("cluster: features");
    // One query plan: the selected rows' partitions are the claims' partitions.
    JavaRDD<Row> rows = claims.select("claim_id", "normalized", "entities", "published_at").javaRDD();
    int parts = Math.max(jsc.defaultParallelism(), rows.getNumPartitions());
    HashPartitioner byNode = new HashPartitioner(parts);
    MinHasher hasher = new MinHasher(config.bands(), config.rows(), config.seed());
    JavaRDD<PackedClaim> packed = rows
        .map(r -> {
          List<String[]> entities = new ArrayList<>();
          if (!r.isNullAt(2)) {
            for (Row e : r.<Row>getList(2)) {
              entities.add(new String[] {e.getString(0), e.getString(1), e.isNullAt(3) ? null : e.getString(3)});
            }
          }
          ClaimFeatures f = ClaimFeatures.of(r.getString(0), r.getString(1), entities);
          Timestamp t = r.isNullAt(3) ? null : r.getTimestamp(3);
          return PackedClaim.of(f, t == null ? Long.MAX_VALUE : t.getTime() * 1000, hasher);
        });
    JavaRDD<byte[]> nodes = LshEdgesSpark.nodes(packed, byNode);
    cached.add(nodes);
    seconds.put("planning", lap(t0, seconds)); // the claim rows' query plan, on the driver; no job yet
    LshEdgesSpark.Result lsh = LshEdgesSpark.edges(jsc, nodes, byNode, config); // materializes nodes
    long n = lsh.claims();
    cached.add(lsh.edges());
    seconds.putAll(lsh.seconds());

    jsc.setJobDescription("cluster: connected components");
    JavaRDD<LshEdgesSpark.Edge> edges = lsh.edges();
    JavaPairRDD<Long, Long> components;
    if (lsh.edgeCount() <= ConnectedComponents.LOCAL_MAX_EDGES) {
      // union-find and chaining guard in one task, run as part of the cluster-ids job below (no
      // step of its own to time: its cost is in the cluster ids)
      components = ConnectedComponents.guardedInOneTask(edges, byNode, config.maxComponent(), config.strictThreshold());
    } else {
      components = guardedDistributed(jsc, edges, byNode, config, cached);
      seconds.put("connected components", lap(t0, seconds));
    }

    jsc.setJobDescription("cluster: stable cluster ids");
    JavaPairRDD<String, String> clusterOf = clusterIds(nodes, components, byNode);
    return new Assignment(clusterOf, edges, n, lsh.edgeCount(), lsh.bucketEntries(), lsh.entriesInBuckets(),
        lsh.candidates(), seconds, cached);
  }

  /**
   * Components of a large graph in rounds, then the chaining guard: components over
   * {@code max-component} nodes re-checked with only their strong edges.
   */
  private static JavaPairRDD<Long, Long> guardedDistributed(JavaSparkContext jsc, JavaRDD<LshEdgesSpark.Edge> edges,
      HashPartitioner byNode, ClusterConfig config, List<Object> cached) {
    JavaPairRDD<Long, Long> edgePairs = edges.mapToPair(e -> new Tuple2<>(e.a(), e.b()));
    ConnectedComponents.Sized cc = ConnectedComponents.sized(edgePairs, byNode, config.maxComponent());
    cached.add(cc.labels());
    JavaPairRDD<Long, Long> components = cc.labels();
    if (cc.oversized().isEmpty()) {
      return components;
    }
    Broadcast<Set<Long>> oversized = jsc.broadcast(new HashSet<>(cc.oversized().keySet()));
    JavaPairRDD<Long, Long> inBig = components.filter(c -> oversized.value().contains(c._2()));
    JavaPairRDD<Long, Long> strong = edges.filter(e -> e.similarity() >= config.strictThreshold())
        .mapToPair(e -> new Tuple2<>(e.a(), e.b())).join(inBig).mapToPair(j -> new Tuple2<>(j._1(), j._2()._1()));
    JavaPairRDD<Long, Long> rechecked = ConnectedComponents.of(strong, byNode);
    JavaPairRDD<Long, Long> kept = components.filter(c -> !oversized.value().contains(c._2())).union(rechecked)
        .partitionBy(byNode).persist(StorageLevel.MEMORY_AND_DISK());
    kept.count();
    cached.add(kept);
    return kept;
  }

  /**
   * (claim_id, cluster_id) for every claim of {@code nodes}, given the component labels of the
   * claims that have verified edges (both partitioned by {@code byNode}): the founding claim of a
   * component is its earliest claim, then the smallest claim id.
   */
  private static JavaPairRDD<String, String> clusterIds(JavaRDD<byte[]> nodes, JavaPairRDD<Long, Long> components,
      HashPartitioner byNode) {
    int parts = byNode.numPartitions();
    // Founding claim per component = min (published, claim id). One shuffle: each claim's identity
    // goes, as bytes, to the partition of its component's label; a claim without a verified edge is
    // its own component, labelled with its own node, so it stays on its partition.
    JavaPairRDD<Integer, byte[]> identities = nodes.zipPartitions(components, (blocks, cit) -> {
      Map<Long, Long> label = new HashMap<>();
      cit.forEachRemaining(c -> label.put(c._1(), c._2()));
      PackedClaim.Bytes[] out = new PackedClaim.Bytes[parts];
      while (blocks.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(blocks.next());
        while (in.hasRemaining()) {
          PackedClaim.Identity x = PackedClaim.readIdentity(in);
          long l = label.getOrDefault(x.node(), x.node());
          PackedClaim.Bytes block = LshEdgesSpark.block(out, byNode.getPartition(l));
          block.putLong(l);
          block.putLong(x.publishedMicros());
          block.putUtf8(x.claimId());
        }
      }
      return LshEdgesSpark.byteBlocks(out);
    }).mapToPair(t -> t);
    return identities.partitionBy(byNode).values().mapPartitionsToPair(it -> {
      LshEdgesSpark.LongBuffer labels = new LshEdgesSpark.LongBuffer();
      LshEdgesSpark.LongBuffer times = new LshEdgesSpark.LongBuffer();
      List<String> ids = new ArrayList<>();
      Map<Long, Integer> founder = new HashMap<>();
      while (it.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(it.next());
        while (in.hasRemaining()) {
          long l = in.getLong();
          labels.add(l);
          times.add(in.getLong());
          ids.add(PackedClaim.getUtf8(in));
          founder.merge(l, ids.size() - 1, (f, g) -> {
            long tf = times.values[f];
            long tg = times.values[g];
            return tf < tg || (tf == tg && ids.get(f).compareTo(ids.get(g)) <= 0) ? f : g;
          });
        }
      }
      Map<Long, String> clusterIds = new HashMap<>();
      List<Tuple2<String, String>> o = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        o.add(new Tuple2<>(ids.get(i), clusterIds.computeIfAbsent(labels.values[i], k -> clusterId(ids.get(founder.get(k))))));
      }
      return o.iterator();
    });
  }

  /** The cluster id of a founding claim. */
  static String clusterId(String foundingClaimId) {
    return "c" + Ids.sha256Hex(foundingClaimId, 24);
  }

  /** Seconds since t0 minus the steps already recorded. */
  private static double lap(long t0, Map<String, Double> seconds) {
    double done = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    return (System.nanoTime() - t0) / 1e9 - done;
  }
}
