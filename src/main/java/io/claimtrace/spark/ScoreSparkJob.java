package io.claimtrace.spark;

import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.Quantity;
import io.claimtrace.score.ClusterEvidence;
import io.claimtrace.score.MemberClaim;
import io.claimtrace.score.OutletProfile;
import io.claimtrace.score.RiskAssessment;
import io.claimtrace.score.RiskScorer;
import io.claimtrace.score.ScoringContext;
import io.claimtrace.score.SignalHit;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The score stage on Spark: outlet profiles over the corpus (small, broadcast), then every
 * cluster's members gathered with their articles' artefacts and near-duplicate groups, scored by
 * {@link RiskScorer} with its evidence, and written as {@code claim_clusters}; {@code outlets}
 * adds what the scores say about each outlet.
 */
public final class ScoreSparkJob {
  public static final String STAGE = "score";
  public static final String CLAIM_CLUSTERS = "claim_clusters";
  public static final String OUTLETS = "outlets";
  /** Risk at or above which a cluster counts as risky in the outlets table and the report. */
  public static final double RISKY = 0.5;
  /** Characters kept from each end of an article's text for wire-credit checks. */
  private static final int CONTEXT_CHARS = 400;

  private static final StructType SIGNAL = new StructType(new StructField[] {
      DataTypes.createStructField("name", DataTypes.StringType, false),
      DataTypes.createStructField("strength", DataTypes.DoubleType, false),
      DataTypes.createStructField("sentence", DataTypes.StringType, false),
      DataTypes.createStructField("evidence", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  public static final StructType CLAIM_CLUSTERS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("cluster_id", DataTypes.StringType, false),
      DataTypes.createStructField("representative", DataTypes.StringType, false),
      DataTypes.createStructField("size", DataTypes.IntegerType, false),
      DataTypes.createStructField("n_outlets", DataTypes.IntegerType, false),
      DataTypes.createStructField("outlets", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("first_seen_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("first_outlet", DataTypes.StringType, false),
      DataTypes.createStructField("fabrication_risk", DataTypes.DoubleType, false),
      DataTypes.createStructField("risk_signals", DataTypes.createArrayType(DataTypes.StringType, false), false),
      // extras
      DataTypes.createStructField("last_seen_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("spread_hours", DataTypes.DoubleType, true),
      DataTypes.createStructField("claim_ids", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("signals", DataTypes.createArrayType(SIGNAL, false), false)});

  public static final StructType OUTLETS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("outlet", DataTypes.StringType, false),
      DataTypes.createStructField("articles", DataTypes.LongType, false),
      DataTypes.createStructField("claims", DataTypes.LongType, false),
      // extras
      DataTypes.createStructField("first_reports", DataTypes.LongType, false),
      DataTypes.createStructField("copy_rate", DataTypes.DoubleType, false),
      DataTypes.createStructField("artifact_rate", DataTypes.DoubleType, false),
      DataTypes.createStructField("risky_claim_share", DataTypes.DoubleType, false)});

  private ScoreSparkJob() {}

  /** What the stage did. */
  public record Summary(long clusters, long repeated, long risky, long outlets) {}

  public static Summary run(SparkSession spark, RiskScorer scorer, List<String> kbFiles, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "score: fabrication risk", false);
    try {
      Dataset<Row> articles = spark.read().schema(Tables.ARTICLES_SCHEMA)
          .parquet(writer.require(Tables.ARTICLES, STAGE, "ingest"));
      Dataset<Row> claims = spark.read().schema(Tables.CLAIMS_SCHEMA).parquet(writer.require(Tables.CLAIMS, STAGE, "analyze"));

      jsc.setJobDescription("score: outlet profiles");
      Dataset<Row> claimCounts = claims.groupBy("outlet").count().withColumnRenamed("count", "claims");
      Dataset<Row> profiles = articles.groupBy("outlet").agg(
              functions.count("*").as("articles"),
              functions.avg(functions.when(functions.size(functions.col("llm_artifacts")).gt(0), 1.0).otherwise(0.0))
                  .as("artifact_rate"),
              functions.avg(functions.when(functions.col("near_duplicate_of").isNotNull(), 1.0).otherwise(0.0))
                  .as("copy_rate"))
          .join(claimCounts, new String[] {"outlet"}, "left")
          .na().fill(0L, new String[] {"claims"});
      Map<String, OutletProfile> byOutlet = new HashMap<>();
      for (Row r : profiles.collectAsList()) { // one row per outlet: thousands at most
        byOutlet.put(r.getAs("outlet"), new OutletProfile(r.getAs("outlet"), r.<Long>getAs("articles"),
            r.<Long>getAs("claims"), r.<Double>getAs("artifact_rate"), r.<Double>getAs("copy_rate")));
      }
      KnowledgeBase kb = KnowledgeBase.load(kbFiles.stream().map(Path::of).toList());
      Broadcast<ScoringContext> context = jsc.broadcast(new ScoringContext(kb, byOutlet));
      Broadcast<RiskScorer> risk = jsc.broadcast(scorer);

      jsc.setJobDescription("score: clusters");
      Dataset<Row> members = claims.join(articles.select(functions.col("article_id"), functions.col("url"),
              functions.col("llm_artifacts").as("article_llm_artifacts"), functions.col("near_duplicate_group"),
              functions.concat(functions.substring(functions.col("text"), 1, CONTEXT_CHARS), functions.lit("\n\n"),
                  functions.expr("substring(text, greatest(1, length(text) - " + CONTEXT_CHARS + " + 1))")).as("context")),
          "article_id");
      JavaRDD<Row> clusterRows = members.javaRDD()
          .mapToPair(r -> new Tuple2<>(r.<String>getAs("cluster_id"), member(r)))
          .groupByKey()
          .map(g -> {
            List<MemberClaim> m = new ArrayList<>();
            g._2().forEach(m::add);
            m.sort(Comparator.comparing(MemberClaim::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MemberClaim::claimId));
            ClusterEvidence evidence = new ClusterEvidence(g._1(), List.copyOf(m));
            return clusterRow(evidence, risk.value().score(evidence, context.value()));
          });
      Dataset<Row> clusters = spark.createDataFrame(clusterRows, CLAIM_CLUSTERS_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
      writer.stage(CLAIM_CLUSTERS, clusters.orderBy(functions.col("fabrication_risk").desc(), functions.col("cluster_id")));

      jsc.setJobDescription("score: outlets");
      Dataset<Row> repeated = clusters.filter(functions.col("n_outlets").gt(1));
      Dataset<Row> firsts = repeated.groupBy(functions.col("first_outlet").as("outlet")).count().withColumnRenamed("count", "first_reports");
      Dataset<Row> risky = claims.join(clusters.filter(functions.col("fabrication_risk").geq(RISKY)).select("cluster_id"), "cluster_id")
          .groupBy("outlet").count().withColumnRenamed("count", "risky_claims");
      String[] on = {"outlet"};
      Dataset<Row> outlets = profiles.join(firsts, on, "left").join(risky, on, "left")
          .na().fill(0L, new String[] {"first_reports", "risky_claims"})
          .withColumn("risky_claim_share", functions.when(functions.col("claims").gt(0),
              functions.col("risky_claims").divide(functions.col("claims"))).otherwise(0.0));
      outlets = Tables.select(outlets, OUTLETS_SCHEMA);
      writer.stage(OUTLETS, spark.createDataFrame(outlets.javaRDD(), OUTLETS_SCHEMA).orderBy(functions.col("claims").desc(),
          functions.col("outlet")));
      Row stats = clusters.agg(functions.count("*"),
          functions.sum(functions.when(functions.col("n_outlets").gt(1), 1).otherwise(0)),
          functions.sum(functions.when(functions.col("fabrication_risk").geq(RISKY).and(functions.col("n_outlets").gt(1)), 1)
              .otherwise(0))).first();
      clusters.unpersist(false);
      return new Summary(stats.getLong(0), stats.isNullAt(1) ? 0 : stats.getLong(1), stats.isNullAt(2) ? 0 : stats.getLong(2),
          byOutlet.size());
    } finally {
      jsc.clearJobGroup();
    }
  }

  static MemberClaim member(Row r) {
    List<Quantity> quantities = new ArrayList<>();
    for (Row q : r.<Row>getList(r.fieldIndex("quantities"))) {
      quantities.add(new Quantity(q.getString(0), q.getDouble(1), q.isNullAt(2) ? null : q.getString(2), q.getBoolean(3)));
    }
    List<MemberClaim.EntityRef> entities = new ArrayList<>();
    for (Row e : r.<Row>getList(r.fieldIndex("entities"))) {
      entities.add(new MemberClaim.EntityRef(e.getString(0), e.getString(1), e.getBoolean(2), e.isNullAt(3) ? null : e.getString(3)));
    }
    Timestamp published = r.getAs("published_at");
    return new MemberClaim(r.getAs("claim_id"), r.getAs("article_id"), r.getAs("outlet"), r.getAs("url"),
        published == null ? null : published.toInstant(), r.getAs("text"), r.getAs("attribution_kind"),
        r.getAs("attribution_source"), List.copyOf(r.<String>getList(r.fieldIndex("hedges"))), r.getAs("prediction"),
        List.copyOf(r.<String>getList(r.fieldIndex("links"))), List.copyOf(r.<String>getList(r.fieldIndex("paragraph_links"))),
        List.copyOf(quantities), List.copyOf(entities), List.copyOf(r.<String>getList(r.fieldIndex("dates"))),
        List.copyOf(r.<String>getList(r.fieldIndex("article_llm_artifacts"))), r.getAs("near_duplicate_group"),
        r.getAs("context"));
  }

  static Row clusterRow(ClusterEvidence c, RiskAssessment a) {
    List<MemberClaim> m = c.members();
    MemberClaim first = m.get(0);
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    Instant last = null;
    for (MemberClaim x : m) {
      outlets.add(x.outlet());
      if (x.publishedAt() != null && (last == null || x.publishedAt().isAfter(last))) {
        last = x.publishedAt();
      }
    }
    Double spread = first.publishedAt() == null || last == null ? null
        : (last.toEpochMilli() - first.publishedAt().toEpochMilli()) / 3_600_000.0;
    List<Row> hitRows = new ArrayList<>();
    for (SignalHit h : a.hits()) {
      hitRows.add(RowFactory.create(h.signal(), h.strength(), h.sentence(), h.evidence().toArray(new String[0])));
    }
    return RowFactory.create(c.clusterId(), first.text(), m.size(), outlets.size(), outlets.toArray(new String[0]),
        first.publishedAt() == null ? null : Timestamp.from(first.publishedAt()), first.outlet(), a.fabricationRisk(),
        a.riskSignals().toArray(new String[0]), last == null ? null : Timestamp.from(last), spread,
        m.stream().map(MemberClaim::claimId).toArray(String[]::new), hitRows.toArray());
  }
}
