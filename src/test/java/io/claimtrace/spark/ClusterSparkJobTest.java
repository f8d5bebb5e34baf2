package io.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.model.Ids;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ClusterSparkJob#assign} on generated claims: planted copies, big buckets, any partitioning. */
class ClusterSparkJobTest {
  static SparkSession spark;
  static List<Row> rows = new ArrayList<>();
  static final int BASES = 600;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start("ClusterSparkJobTest");
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < BASES; i++) {
      List<String> words = new ArrayList<>();
      for (int k = 0; k < 14; k++) {
        // "common" words make large buckets; the rest are rare
        words.add(k < 4 ? "common" + r.nextInt(3) : "w" + r.nextInt(20_000));
      }
      rows.add(row("base" + i, String.join(" ", words), i));
      if (i % 3 == 0) { // a copy with one word changed, published later
        words.set(13, "w" + r.nextInt(20_000));
        rows.add(row("copy" + i, String.join(" ", words), 10_000 + i));
      }
    }
    rows.add(row("empty", "", 5)); // nothing to compare on
  }

  static Row row(String id, String normalized, long seconds) {
    return RowFactory.create(id, normalized, null, new Timestamp(1_700_000_000_000L + seconds * 1000));
  }

  static Dataset<Row> claims(int partitions) {
    StructType schema = new StructType()
        .add("claim_id", DataTypes.StringType, false)
        .add("normalized", DataTypes.StringType, false)
        .add("entities", Tables.CLAIMS_SCHEMA.apply("entities").dataType(), true)
        .add("published_at", DataTypes.TimestampType, true);
    return spark.createDataFrame(rows, schema).repartition(partitions);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Map<String, String> ids(int partitions, ClusterConfig config) {
    ClusterSparkJob.Assignment a = ClusterSparkJob.assign(spark, claims(partitions), config);
    Map<String, String> ids = a.clusterOf().collectAsMap();
    a.release();
    return ids;
  }

  @Test
  void plantedCopiesJoinTheirBaseUnderTheBaseId() {
    Map<String, String> ids = ids(3, ClusterConfig.defaults());
    assertEquals(rows.size(), ids.size(), "every claim has a cluster id");
    int joined = 0;
    for (int i = 0; i < BASES; i += 3) {
      if (ids.get("copy" + i).equals(ids.get("base" + i))) {
        joined++;
        assertEquals("c" + Ids.sha256Hex("base" + i, 24), ids.get("copy" + i), "the earliest claim founds the cluster");
      }
    }
    assertTrue(joined >= 0.95 * BASES / 3, "copies joined: " + joined);
    assertNotEquals(ids.get("base1"), ids.get("base2"));
    assertEquals("c" + Ids.sha256Hex("empty", 24), ids.get("empty"));
  }

  @Test
  void clusterIdsDoNotDependOnPartitioningEvenWhenBigBucketsAreCapped() {
    ClusterConfig d = ClusterConfig.defaults();
    // rows=1 puts every claim sharing a "common" word as its minimum into one bucket; cap at 3 members
    ClusterConfig capped = new ClusterConfig(8, 1, d.threshold(), 3, d.maxComponent(), d.strictThreshold(),
        d.articleJaccard(), d.seed());
    Map<String, String> one = ids(1, capped);
    assertEquals(one, ids(7, capped));
    assertEquals(ids(2, d), ids(5, d));
  }

  @Test
  void tiesGoToTheSmallestClaimIdAndUnknownDatesComeLast() {
    String text = "zephyr quokka marmalade tribunal 2031 lighthouse accordion";
    List<Row> tie = new ArrayList<>(List.of(row("t-b", text, 5), row("t-a", text, 5),
        RowFactory.create("t-0", text, null, null), row("other", "entirely different words here", 1)));
    StructType schema = claims(1).schema();
    for (int partitions : new int[] {1, 3}) {
      Dataset<Row> claims = spark.createDataFrame(tie, schema).repartition(partitions);
      ClusterSparkJob.Assignment a = ClusterSparkJob.assign(spark, claims, ClusterConfig.defaults());
      Map<String, String> ids = a.clusterOf().collectAsMap();
      a.release();
      String founder = "c" + Ids.sha256Hex("t-a", 24);
      assertEquals(Map.of("t-a", founder, "t-b", founder, "t-0", founder, "other", "c" + Ids.sha256Hex("other", 24)), ids);
    }
  }

  @Test
  void noClaimsGiveNoClusters() {
    Dataset<Row> none = spark.createDataFrame(List.of(), claims(1).schema()).repartition(2);
    ClusterSparkJob.Assignment a = ClusterSparkJob.assign(spark, none, ClusterConfig.defaults());
    assertEquals(0, a.claims());
    assertEquals(0, a.clusterOf().count());
    a.release();
  }

  @Test
  void oversizedComponentsAreRecheckedWithTheStrictThreshold() {
    ClusterConfig d = ClusterConfig.defaults();
    ClusterConfig tight = new ClusterConfig(d.bands(), d.rows(), 0.05, d.maxBucketPairs(), 2, 0.99,
        d.articleJaccard(), d.seed());
    Map<String, String> ids = ids(2, tight);
    Map<String, Long> sizes = new java.util.HashMap<>();
    ids.values().forEach(c -> sizes.merge(c, 1L, Long::sum));
    assertTrue(sizes.values().stream().allMatch(s -> s <= 2), "weak edges were dropped from oversized components: " + sizes);
  }
}
