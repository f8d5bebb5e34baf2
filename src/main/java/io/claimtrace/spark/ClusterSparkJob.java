package io.claimtrace.spark;

import io.claimtrace.cluster.Buckets;
import io.claimtrace.cluster.ClaimFeatures;
import io.claimtrace.cluster.ClaimSimilarity;
import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.cluster.MinHasher;
import io.claimtrace.model.Ids;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The cluster stage on Spark: every claim gets a {@code cluster_id}.
 *
 * <ol>
 *   <li>features per claim from its normalized form and entities; token document frequencies
 *       (tokens seen twice or more) broadcast for IDF weighting;</li>
 *   <li>MinHash signatures and banded LSH keys; one bucket per (band, key);</li>
 *   <li>inside each bucket, candidate pairs verified with {@link ClaimSimilarity}, each pair in
 *       the first band it shares only ({@link Buckets});</li>
 *   <li>connected components of the verified edges ({@link ConnectedComponents}); components
 *       larger than the cap are re-checked with a stricter threshold (a guard against chaining:
 *       transitive closure of weak edges once produced one false cluster of 859,091 documents in a
 *       public dedup run);</li>
 *   <li>{@code cluster_id} = hash of the founding claim (earliest {@code published_at}, then
 *       smallest {@code claim_id}): the same for the same input on any cluster size, and stable
 *       when later runs attach new claims to an old cluster.</li>
 * </ol>
 */
public final class ClusterSparkJob {
  public static final String STAGE = "cluster";

  private ClusterSparkJob() {}

  /** What the stage did. */
  public record Summary(long claims, long clusters, long repeated, long largest, long edges) {}

  /** A claim as clustering sees it. */
  record Node(ClaimFeatures features, long publishedMicros, long[] signature) implements Serializable {}

  public static Summary run(SparkSession spark, ClusterConfig config, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "cluster: repeated claims", false);
    try {
      String claimsPath = writer.require(Tables.CLAIMS, "cluster", "analyze");
      writer.require(Tables.ARTICLES, "cluster", "ingest");
      Dataset<Row> claims = spark.read().schema(Tables.CLAIMS_SCHEMA).parquet(claimsPath);
      MinHasher hasher = new MinHasher(config.bands(), config.rows(), config.seed());

      jsc.setJobDescription("cluster: features and token frequencies");
      JavaRDD<Node> nodes = claims.select("claim_id", "normalized", "entities", "published_at").javaRDD()
          .map(r -> {
            List<String[]> entities = new ArrayList<>();
            for (Row e : r.<Row>getList(2)) {
              entities.add(new String[] {e.getString(0), e.getString(1), e.isNullAt(3) ? null : e.getString(3)});
            }
            ClaimFeatures f = ClaimFeatures.of(r.getString(0), r.getString(1), entities);
            Timestamp t = r.isNullAt(3) ? null : r.getTimestamp(3);
            return new Node(f, t == null ? Long.MAX_VALUE : t.getTime() * 1000, hasher.signature(f.shingles()));
          }).persist(StorageLevel.MEMORY_AND_DISK());
      long n = nodes.count();
      Map<String, Long> df = nodes.flatMap(x -> x.features().tokens().iterator())
          .mapToPair(t -> new Tuple2<>(t, 1L)).reduceByKey(Long::sum).filter(t -> t._2() > 1).collectAsMap();
      Map<String, Double> idf = new HashMap<>();
      df.forEach((t, c) -> idf.put(t, ClaimSimilarity.idf(n, c)));
      Broadcast<ClaimSimilarity> similarity = jsc.broadcast(
          new ClaimSimilarity(idf, ClaimSimilarity.idf(n, 1), config.threshold()));

      jsc.setJobDescription("cluster: LSH buckets and verified edges");
      JavaRDD<Buckets.Edge> edges = nodes.flatMapToPair(x -> {
        long[] keys = hasher.bandKeys(x.signature());
        List<Tuple2<Tuple2<Integer, Long>, Buckets.Member>> out = new ArrayList<>(keys.length);
        if (x.features().tokens().isEmpty()) {
          return out.iterator(); // nothing to compare on: stays a singleton
        }
        for (int band = 0; band < keys.length; band++) {
          out.add(new Tuple2<>(new Tuple2<>(band, keys[band]), new Buckets.Member(x.features(), x.signature())));
        }
        return out.iterator();
      }).groupByKey().flatMap(b -> {
        List<Buckets.Member> members = new ArrayList<>();
        b._2().forEach(members::add);
        return Buckets.edges(b._1()._1(), members, hasher, similarity.value(), config.maxBucketPairs()).iterator();
      }).persist(StorageLevel.MEMORY_AND_DISK());
      long edgeCount = edges.count();

      jsc.setJobDescription("cluster: connected components");
      JavaPairRDD<String, String> components = ConnectedComponents.of(
          edges.mapToPair(e -> new Tuple2<>(e.a(), e.b())));
      // Chaining guard: re-check oversized components with only their strong edges.
      Map<String, Long> sizes = components.mapToPair(c -> new Tuple2<>(c._2(), 1L)).reduceByKey(Long::sum)
          .filter(c -> c._2() > config.maxComponent()).collectAsMap();
      if (!sizes.isEmpty()) {
        Broadcast<java.util.Set<String>> oversized = jsc.broadcast(new java.util.HashSet<>(sizes.keySet()));
        JavaPairRDD<String, String> inBig = components.filter(c -> oversized.value().contains(c._2()));
        JavaPairRDD<String, String> strong = edges.filter(e -> e.similarity() >= config.strictThreshold())
            .mapToPair(e -> new Tuple2<>(e.a(), e.b())).join(inBig).mapToPair(j -> new Tuple2<>(j._1(), j._2()._1()));
        JavaPairRDD<String, String> rechecked = ConnectedComponents.of(strong);
        components = components.filter(c -> !oversized.value().contains(c._2())).union(rechecked);
      }

      jsc.setJobDescription("cluster: stable cluster ids");
      // node -> component; founding claim per component = min (published, claim id).
      // (component, (published, claim id)) per claim; singletons are their own component.
      JavaPairRDD<String, Tuple2<Long, String>> byComponent = nodes.mapToPair(
              x -> new Tuple2<>(x.features().claimId(), new Tuple2<>(x.publishedMicros(), x.features().claimId())))
          .leftOuterJoin(components)
          .mapToPair(j -> new Tuple2<>(j._2()._2().orElse(j._1()), j._2()._1()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      JavaPairRDD<String, String> componentOf = byComponent
          .reduceByKey((a, b) -> a._1() < b._1() || (a._1().equals(b._1()) && a._2().compareTo(b._2()) <= 0) ? a : b)
          .mapToPair(c -> new Tuple2<>(c._1(), "c" + Ids.sha256Hex(c._2()._2(), 24)));
      JavaPairRDD<String, String> clusterOf = byComponent.mapValues(Tuple2::_2)
          .join(componentOf).mapToPair(j -> new Tuple2<>(j._2()._1(), j._2()._2()));
      Dataset<Row> ids = spark.createDataFrame(clusterOf.map(t -> org.apache.spark.sql.RowFactory.create(t._1(), t._2())),
          new org.apache.spark.sql.types.StructType()
              .add("claim_id", org.apache.spark.sql.types.DataTypes.StringType, false)
              .add("new_cluster_id", org.apache.spark.sql.types.DataTypes.StringType, false));

      jsc.setJobDescription("cluster: write claims");
      Dataset<Row> clustered = Tables.select(claims.join(ids, "claim_id")
          .withColumn("cluster_id", functions.col("new_cluster_id")).drop("new_cluster_id"), Tables.CLAIMS_SCHEMA)
          .persist(StorageLevel.MEMORY_AND_DISK());
      writer.stage(Tables.CLAIMS, clustered.repartition(functions.col("cluster_id")).sortWithinPartitions("cluster_id", "claim_id"));
      Row stats = clustered.groupBy("cluster_id").count()
          .agg(functions.count("*"), functions.sum(functions.when(functions.col("count").gt(1), 1).otherwise(0)),
              functions.max("count"))
          .first();
      nodes.unpersist(false);
      edges.unpersist(false);
      byComponent.unpersist(false);
      clustered.unpersist(false);
      return new Summary(n, stats.getLong(0), stats.isNullAt(1) ? 0 : stats.getLong(1), stats.isNullAt(2) ? 0 : stats.getLong(2),
          edgeCount);
    } finally {
      jsc.clearJobGroup();
    }
  }
}
