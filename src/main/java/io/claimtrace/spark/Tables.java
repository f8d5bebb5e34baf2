package io.claimtrace.spark;

import io.claimtrace.model.Article;
import io.claimtrace.model.Reject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the output tables (DESIGN.md "Output contract") and the conversion of the plain
 * Java values into rows. The contract columns come first, in contract order; extra columns
 * follow and are documented in the README.
 */
public final class Tables {
  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String ENTITIES = "entities";
  public static final String CLAIMS = "claims";

  private static final StructType LINK = new StructType(new StructField[] {
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("url", DataTypes.StringType, false)});

  public static final StructType ARTICLES_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("url", DataTypes.StringType, false),
      DataTypes.createStructField("outlet", DataTypes.StringType, false),
      DataTypes.createStructField("title", DataTypes.StringType, true),
      DataTypes.createStructField("byline", DataTypes.StringType, true),
      DataTypes.createStructField("published_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("language", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("llm_artifacts", DataTypes.createArrayType(DataTypes.StringType, false), false),
      // extras
      DataTypes.createStructField("llm_artifact_evidence", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("links", DataTypes.createArrayType(LINK, false), false),
      DataTypes.createStructField("input_format", DataTypes.StringType, false),
      DataTypes.createStructField("fetched_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("text_truncated", DataTypes.BooleanType, false),
      DataTypes.createStructField("language_confidence", DataTypes.DoubleType, true),
      DataTypes.createStructField("content_hash", DataTypes.StringType, false),
      DataTypes.createStructField("duplicate_sources", DataTypes.createArrayType(DataTypes.StringType, false), false),
      // filled by the cluster stage: syndicated or copied articles (near-duplicate text)
      DataTypes.createStructField("near_duplicate_group", DataTypes.StringType, true),
      DataTypes.createStructField("near_duplicate_of", DataTypes.StringType, true)});

  public static final StructType REJECTS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("stage", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      // extras
      DataTypes.createStructField("reason_code", DataTypes.StringType, false)});

  private static final StructType QUANTITY = new StructType(new StructField[] {
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("value", DataTypes.DoubleType, false),
      DataTypes.createStructField("unit", DataTypes.StringType, true),
      DataTypes.createStructField("approximate", DataTypes.BooleanType, false)});

  private static final StructType CLAIM_ENTITY = new StructType(new StructField[] {
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false),
      DataTypes.createStructField("known", DataTypes.BooleanType, false),
      DataTypes.createStructField("kb_id", DataTypes.StringType, true)});

  public static final StructType ENTITIES_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("type", DataTypes.StringType, false),
      // extras
      DataTypes.createStructField("char_start", DataTypes.IntegerType, false),
      DataTypes.createStructField("char_end", DataTypes.IntegerType, false),
      DataTypes.createStructField("known", DataTypes.BooleanType, false),
      DataTypes.createStructField("kb_id", DataTypes.StringType, true),
      DataTypes.createStructField("method", DataTypes.StringType, false),
      DataTypes.createStructField("outlet", DataTypes.StringType, false),
      DataTypes.createStructField("published_at", DataTypes.TimestampType, true)});

  public static final StructType CLAIMS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("claim_id", DataTypes.StringType, false),
      DataTypes.createStructField("article_id", DataTypes.StringType, false),
      DataTypes.createStructField("outlet", DataTypes.StringType, false),
      DataTypes.createStructField("published_at", DataTypes.TimestampType, true),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("cluster_id", DataTypes.StringType, true),
      // extras
      DataTypes.createStructField("paragraph", DataTypes.IntegerType, false),
      DataTypes.createStructField("char_start", DataTypes.IntegerType, false),
      DataTypes.createStructField("char_end", DataTypes.IntegerType, false),
      DataTypes.createStructField("check_score", DataTypes.DoubleType, false),
      DataTypes.createStructField("normalized", DataTypes.StringType, false),
      DataTypes.createStructField("quantities", DataTypes.createArrayType(QUANTITY, false), false),
      DataTypes.createStructField("entities", DataTypes.createArrayType(CLAIM_ENTITY, false), false),
      DataTypes.createStructField("dates", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("attribution_source", DataTypes.StringType, true),
      DataTypes.createStructField("attribution_kind", DataTypes.StringType, false),
      DataTypes.createStructField("hedges", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("prediction", DataTypes.BooleanType, false),
      DataTypes.createStructField("links", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("paragraph_links", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("reasons", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  private Tables() {}

  public static Row row(io.claimtrace.spark.AnalyzeSparkJob.ArticleRef a, int sentence, io.claimtrace.nlp.Entity e) {
    return RowFactory.create(a.articleId(), sentence, e.text(), e.type(), e.start(), e.end(), e.known(), e.kbId(),
        e.method(), a.outlet(), ts(a.publishedAt()));
  }

  public static Row row(io.claimtrace.spark.AnalyzeSparkJob.ArticleRef a, io.claimtrace.nlp.ClaimRecord c) {
    io.claimtrace.nlp.ClaimAnalysis x = c.analysis();
    Object[] quantities = x.quantities().stream()
        .map(q -> RowFactory.create(q.text(), q.value(), q.unit(), q.approximate())).toArray();
    Object[] entities = c.entities().stream()
        .map(e -> RowFactory.create(e.text(), e.type(), e.known(), e.kbId())).toArray();
    String[] dates = c.entities().stream().filter(e -> "DATE".equals(e.type())).map(io.claimtrace.nlp.Entity::text)
        .toArray(String[]::new);
    return RowFactory.create(c.claimId(), a.articleId(), a.outlet(), ts(a.publishedAt()), c.sentenceIndex(), c.text(),
        null, c.paragraph(), c.start(), c.end(), x.score(), x.normalized(), quantities, entities, dates,
        x.attribution() == null ? null : x.attribution().source(),
        x.attribution() == null ? "none" : x.attribution().kind(),
        x.hedges().toArray(new String[0]), x.prediction(), c.links().toArray(new String[0]),
        c.paragraphLinks().toArray(new String[0]), x.reasons().toArray(new String[0]));
  }

  /** Reads an {@code articles} row back into the plain value the core works on. */
  public static Article article(Row r) {
    List<Article.Link> links = new java.util.ArrayList<>();
    List<Row> linkRows = r.getList(r.fieldIndex("links"));
    for (Row l : linkRows) {
      links.add(new Article.Link(l.getString(0), l.getString(1)));
    }
    Timestamp published = r.getAs("published_at");
    Timestamp fetched = r.getAs("fetched_at");
    Double confidence = r.isNullAt(r.fieldIndex("language_confidence")) ? null : r.getAs("language_confidence");
    return new Article(r.getAs("article_id"), r.getAs("source"), r.getAs("url"), r.getAs("outlet"), r.getAs("title"),
        r.getAs("byline"), published == null ? null : published.toInstant(), r.getAs("language"), r.getAs("text"),
        r.getList(r.fieldIndex("llm_artifacts")), r.getList(r.fieldIndex("llm_artifact_evidence")), List.copyOf(links),
        r.getAs("input_format"), fetched == null ? null : fetched.toInstant(), r.getAs("text_truncated"), confidence,
        r.getAs("content_hash"), r.getList(r.fieldIndex("duplicate_sources")));
  }

  public static Row row(Article a) {
    Object[] links = a.links().stream().map(l -> RowFactory.create(l.text(), l.url())).toArray();
    return RowFactory.create(a.articleId(), a.source(), a.url(), a.outlet(), a.title(), a.byline(),
        ts(a.publishedAt()), a.language(), a.text(), a.llmArtifacts().toArray(new String[0]),
        a.llmArtifactEvidence().toArray(new String[0]), links, a.inputFormat(), ts(a.fetchedAt()),
        a.textTruncated(), a.languageConfidence(), a.contentHash(), a.duplicateSources().toArray(new String[0]),
        null, null);
  }

  public static Row row(Reject r) {
    return RowFactory.create(r.source(), r.stage(), r.reason(), r.reasonCode());
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  /** One file per this many rows. */
  static final long ROWS_PER_FILE = 200_000;

  /**
   * Rows ranged by {@code key} into one file per {@value #ROWS_PER_FILE} rows and sorted within
   * files, so the same input gives the same files whatever the partitioning.
   */
  public static org.apache.spark.sql.Dataset<Row> inFiles(org.apache.spark.sql.Dataset<Row> rows, String key, long count) {
    int files = (int) Math.max(1, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    return rows.repartitionByRange(files, rows.col(key)).sortWithinPartitions(key);
  }

  /** The columns of {@code schema}, in its order: a stage's output in contract order. */
  public static org.apache.spark.sql.Dataset<Row> select(org.apache.spark.sql.Dataset<Row> rows, StructType schema) {
    return rows.select(columns(schema).stream().map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new));
  }

  /** Column names of a schema, for tests and docs. */
  public static List<String> columns(StructType schema) {
    return List.of(schema.fieldNames());
  }
}
