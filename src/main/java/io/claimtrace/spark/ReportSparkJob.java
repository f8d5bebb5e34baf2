package io.claimtrace.spark;

import io.claimtrace.report.HtmlReport;
import io.claimtrace.report.ReportData;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The report stage: gathers a bounded view of the tables (the riskiest repeated clusters with
 * their members, the outlets, rejects by reason: never the corpus) and writes the self-contained
 * {@code report/index.html}.
 */
public final class ReportSparkJob {
  public static final String STAGE = "report";
  public static final String FILE = "report/index.html";
  /** Clusters shown, riskiest first. */
  public static final int TOP_CLUSTERS = 25;
  /** Members shown per cluster. */
  public static final int MAX_MEMBERS = 40;
  /** Outlets shown, by claims. */
  public static final int MAX_OUTLETS = 300;

  private ReportSparkJob() {}

  /** @return the number of clusters shown */
  public static int run(SparkSession spark, String runId, List<String> inputs, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobGroup(STAGE, "report: gather and render", false);
    try {
      Dataset<Row> clusters = read(spark, writer, ScoreSparkJob.CLAIM_CLUSTERS, ScoreSparkJob.CLAIM_CLUSTERS_SCHEMA, "score");
      Dataset<Row> claims = read(spark, writer, Tables.CLAIMS, Tables.CLAIMS_SCHEMA, "analyze");
      Dataset<Row> articles = read(spark, writer, Tables.ARTICLES, Tables.ARTICLES_SCHEMA, "ingest");
      Dataset<Row> outlets = read(spark, writer, ScoreSparkJob.OUTLETS, ScoreSparkJob.OUTLETS_SCHEMA, "score");
      Dataset<Row> rejects = spark.read().schema(Tables.REJECTS_SCHEMA).parquet(writer.requireParts(Tables.REJECTS, STAGE, "ingest"));

      jsc.setJobDescription("report: riskiest clusters");
      List<Row> top = clusters.filter(functions.col("n_outlets").gt(1))
          .orderBy(functions.col("fabrication_risk").desc(), functions.col("n_outlets").desc(), functions.col("cluster_id"))
          .limit(TOP_CLUSTERS).collectAsList();
      List<String> ids = top.stream().map(r -> r.<String>getAs("cluster_id")).toList();
      Map<String, List<ReportData.MemberView>> members = new LinkedHashMap<>();
      if (!ids.isEmpty()) {
        for (Row r : claims.filter(functions.col("cluster_id").isin(ids.toArray()))
            .join(articles.select("article_id", "url", "llm_artifacts"), "article_id")
            .orderBy(functions.col("cluster_id"), functions.col("published_at").asc_nulls_last(), functions.col("claim_id"))
            .select("cluster_id", "outlet", "published_at", "text", "url", "attribution_kind", "llm_artifacts")
            .collectAsList()) {
          List<ReportData.MemberView> list = members.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
          if (list.size() < MAX_MEMBERS) {
            list.add(new ReportData.MemberView(r.getString(1), instant(r.getTimestamp(2)), r.getString(3), r.getString(4),
                r.getString(5), List.copyOf(r.<String>getList(6))));
          }
        }
      }
      List<ReportData.ClusterView> views = new ArrayList<>();
      for (Row r : top) {
        String id = r.getAs("cluster_id");
        views.add(new ReportData.ClusterView(id, r.getAs("representative"), r.<Integer>getAs("size"),
            r.<Integer>getAs("n_outlets"), instant(r.getAs("first_seen_at")), r.getAs("first_outlet"),
            r.<Double>getAs("fabrication_risk"), List.copyOf(r.<String>getList(r.fieldIndex("risk_signals"))),
            List.copyOf(members.getOrDefault(id, List.of()))));
      }

      jsc.setJobDescription("report: outlets, rejects and totals");
      List<ReportData.OutletRow> outletRows = new ArrayList<>();
      for (Row r : outlets.orderBy(functions.col("claims").desc(), functions.col("outlet")).limit(MAX_OUTLETS).collectAsList()) {
        outletRows.add(new ReportData.OutletRow(r.getAs("outlet"), r.<Long>getAs("articles"), r.<Long>getAs("claims"),
            r.<Long>getAs("first_reports"), r.<Double>getAs("copy_rate"), r.<Double>getAs("artifact_rate"),
            r.<Double>getAs("risky_claim_share")));
      }
      Map<String, Map<String, Long>> byReason = new TreeMap<>();
      for (Row r : rejects.groupBy("stage", "reason_code").count().collectAsList()) {
        byReason.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
      }
      Row c = clusters.agg(functions.count("*"),
          functions.sum(functions.when(functions.col("n_outlets").gt(1), 1).otherwise(0)),
          functions.sum(functions.when(functions.col("n_outlets").gt(1)
              .and(functions.col("fabrication_risk").geq(ScoreSparkJob.RISKY)), 1).otherwise(0))).first();
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put(Tables.ARTICLES, articles.count());
      counts.put(Tables.CLAIMS, claims.count());
      counts.put(ScoreSparkJob.CLAIM_CLUSTERS, c.getLong(0));
      counts.put(ScoreSparkJob.OUTLETS, outlets.count());
      counts.put(Tables.REJECTS, rejects.count());
      Map<String, Long> totals = new LinkedHashMap<>();
      totals.put("clusters", c.getLong(0));
      totals.put("repeated_clusters", c.isNullAt(1) ? 0 : c.getLong(1));
      totals.put("risky_repeated_clusters", c.isNullAt(2) ? 0 : c.getLong(2));
      ReportData data = new ReportData(runId, Instant.now(), List.copyOf(inputs), counts, byReason, List.copyOf(views),
          List.copyOf(outletRows), totals);
      writer.stageFile(FILE, HtmlReport.render(data).getBytes(StandardCharsets.UTF_8));
      return views.size();
    } finally {
      jsc.clearJobGroup();
    }
  }

  private static Dataset<Row> read(SparkSession spark, TableWriter writer, String table,
      org.apache.spark.sql.types.StructType schema, String producedBy) {
    return spark.read().schema(schema).parquet(writer.require(table, STAGE, producedBy));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

}
