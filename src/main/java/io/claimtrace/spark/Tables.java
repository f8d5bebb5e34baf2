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
      DataTypes.createStructField("duplicate_sources", DataTypes.createArrayType(DataTypes.StringType, false), false)});

  public static final StructType REJECTS_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("stage", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false),
      // extras
      DataTypes.createStructField("reason_code", DataTypes.StringType, false)});

  private Tables() {}

  public static Row row(Article a) {
    Object[] links = a.links().stream().map(l -> RowFactory.create(l.text(), l.url())).toArray();
    return RowFactory.create(a.articleId(), a.source(), a.url(), a.outlet(), a.title(), a.byline(),
        ts(a.publishedAt()), a.language(), a.text(), a.llmArtifacts().toArray(new String[0]),
        a.llmArtifactEvidence().toArray(new String[0]), links, a.inputFormat(), ts(a.fetchedAt()),
        a.textTruncated(), a.languageConfidence(), a.contentHash(), a.duplicateSources().toArray(new String[0]));
  }

  public static Row row(Reject r) {
    return RowFactory.create(r.source(), r.stage(), r.reason(), r.reasonCode());
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  /** Column names of a schema, for tests and docs. */
  public static List<String> columns(StructType schema) {
    return List.of(schema.fieldNames());
  }
}
