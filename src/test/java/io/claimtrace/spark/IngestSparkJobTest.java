package io.claimtrace.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.ingest.IngestConfig;
import io.claimtrace.it.ParquetReader;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Ingest over the authored sample corpus, checked against its labels file, and the Parquet
 * output read back by a second reader (DuckDB).
 */
class IngestSparkJobTest {
  private static final Path SAMPLES = Path.of("data-samples").toAbsolutePath();

  @TempDir static Path out;
  static SparkSession spark;
  static IngestSparkJob.Summary summary;
  static JsonNode labels;
  static Map<String, Row> byUrl = new HashMap<>();
  static List<Row> rejects;

  @BeforeAll
  static void ingestSamples() throws Exception {
    labels = new ObjectMapper().readTree(SAMPLES.resolve("_labels.json").toFile());
    spark = SparkTestSession.start("IngestSparkJobTest");
    try (TableWriter writer = new TableWriter(spark.sparkContext().hadoopConfiguration(), out.toString(), "test")) {
      summary = IngestSparkJob.run(spark, List.of(SAMPLES.toString()), IngestConfig.defaults(), writer);
      writer.commit();
    }
    for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
      byUrl.put(r.getAs("url"), r);
    }
    rejects = spark.read().parquet(out.resolve("rejects").toString()).collectAsList();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void contractColumnsAndTypes() {
    StructType schema = spark.read().parquet(out.resolve("articles").toString()).schema();
    Map<String, org.apache.spark.sql.types.DataType> expected = Map.of(
        "article_id", DataTypes.StringType, "source", DataTypes.StringType, "url", DataTypes.StringType,
        "outlet", DataTypes.StringType, "title", DataTypes.StringType, "byline", DataTypes.StringType,
        "published_at", DataTypes.TimestampType, "language", DataTypes.StringType, "text", DataTypes.StringType,
        "llm_artifacts", DataTypes.createArrayType(DataTypes.StringType, true));
    expected.forEach((name, type) -> assertEquals(type.simpleString(), schema.apply(name).dataType().simpleString(), name));
    StructType rejectSchema = spark.read().parquet(out.resolve("rejects").toString()).schema();
    for (String c : List.of("source", "stage", "reason")) {
      assertEquals("string", rejectSchema.apply(c).dataType().simpleString(), c);
    }
  }

  @Test
  void everyLabelledArticleIsThereWithItsMetadata() {
    Set<String> dropped = new HashSet<>();
    labels.get("duplicates").forEach(d -> dropped.add(d.get("dropped_source").asText()));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (JsonNode a : labels.get("articles")) {
      if (dropped.contains(a.get("source_file").asText())) {
        continue;
      }
      String url = a.get("url").asText();
      Row r = byUrl.get(url);
      if (r == null) {
        problems.add("missing article " + url + " (" + a.get("source_file").asText() + ")");
        continue;
      }
      checked++;
      expect(problems, url, "outlet", text(a, "outlet"), r.getAs("outlet"));
      expect(problems, url, "title", text(a, "title"), r.getAs("title"));
      expect(problems, url, "language", text(a, "language"), r.getAs("language"));
      expect(problems, url, "byline", text(a, "byline"), r.getAs("byline"));
      Timestamp published = r.getAs("published_at");
      String want = a.get("published_at").isNull() ? null : a.get("published_at").asText();
      expect(problems, url, "published_at", want == null ? null : Instant.parse(want).toString(),
          published == null ? null : published.toInstant().toString());
      String text = r.getAs("text");
      if (text == null || text.split("\\s+").length < 80) {
        problems.add(url + ": main text too short");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(checked, byUrl.size(), "no article beyond the labelled ones");
    assertEquals(checked, summary.articles());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void expect(List<String> problems, String url, String field, Object want, Object got) {
    if (want == null ? got != null : !want.equals(got)) {
      problems.add(url + ": " + field + " expected <" + want + "> got <" + got + ">");
    }
  }

  @Test
  void oneRejectPerBadRecordWithTheLabelledReason() {
    List<String> problems = new ArrayList<>();
    for (JsonNode want : labels.get("rejects")) {
      String file = want.get("source_file").asText();
      String code = want.get("reason_code").asText();
      String path = file.contains("#") ? file.substring(0, file.indexOf('#')) : file;
      String uri = file.contains("#") ? file.substring(file.indexOf('#') + 1) : null;
      long n = rejects.stream().filter(r -> {
        String source = r.getAs("source");
        boolean sameFile = source.startsWith(SAMPLES.resolve(path.contains(":") ? path.substring(0, path.indexOf(':')) : path).toString())
            && (!path.contains(":") || source.endsWith(path.substring(path.indexOf(':'))));
        return sameFile && code.equals(r.getAs("reason_code")) && (uri == null || ((String) r.getAs("reason")).contains(uri));
      }).count();
      if (n != 1) {
        problems.add(file + ": expected one " + code + " reject, found " + n);
      }
    }
    assertTrue(problems.isEmpty(), problems + "\nall rejects: " + rejects);
    assertEquals(labels.get("rejects").size(), rejects.size(), "no rejects beyond the labelled ones: " + rejects);
    rejects.forEach(r -> assertEquals("ingest", r.getAs("stage")));
  }

  @Test
  void duplicatesCollapseToTheEarliestCopy() {
    for (JsonNode d : labels.get("duplicates")) {
      Row kept = byUrl.get(d.get("kept_url").asText());
      assertNotNull(kept, d.toString());
      String keptSource = kept.getAs("source");
      String want = d.get("kept_source").asText();
      String wantFile = want.contains("#") ? want.substring(0, want.indexOf('#')) : want; // WARC: file#record-id
      assertTrue(keptSource.startsWith(SAMPLES.resolve(wantFile).toString()), keptSource + " should be " + want);
      List<String> dups = CollectionConverters.asJava(kept.<scala.collection.Seq<String>>getAs("duplicate_sources"));
      String dropped = d.get("dropped_source").asText();
      String droppedFile = dropped.contains("#") ? dropped.substring(0, dropped.indexOf('#')) : dropped;
      assertTrue(dups.stream().anyMatch(s -> s.contains(droppedFile)), dups + " should name " + dropped);
    }
    assertEquals(labels.get("duplicates").size(), summary.duplicatesCollapsed());
  }

  @Test
  void llmArtefactsAsLabelledAndNoneOnArticlesThatQuoteThem() {
    List<String> problems = new ArrayList<>();
    for (JsonNode a : labels.get("articles")) {
      Row r = byUrl.get(a.get("url").asText());
      if (r == null) {
        continue;
      }
      Set<String> want = new TreeSet<>();
      a.get("llm_artifacts").forEach(x -> want.add(x.asText()));
      Set<String> got = new TreeSet<>(CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("llm_artifacts")));
      if (!want.equals(got)) {
        problems.add(a.get("url").asText() + ": expected " + want + " got " + got);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void foldersSkipDocumentationAndUnderscoreFiles() {
    assertTrue(summary.ignoredFiles().stream().anyMatch(f -> f.endsWith("data-samples/README.md")),
        () -> summary.ignoredFiles().toString());
    assertTrue(summary.ignoredFiles().stream().anyMatch(f -> f.endsWith("_labels.json")));
    assertTrue(summary.ignoredFiles().stream().anyMatch(f -> f.contains("/_warc-src/")));
    assertFalse(byUrl.values().stream().anyMatch(r -> ((String) r.getAs("source")).contains("_warc-src")));
  }

  @Test
  void duckdbReadsTheSameRows() throws Exception {
    try (ParquetReader duck = new ParquetReader()) {
      String articles = ParquetReader.table(out, "articles");
      assertEquals(byUrl.size(), duck.count("SELECT count(*) FROM " + articles));
      Set<String> ids = new TreeSet<>();
      duck.query("SELECT article_id FROM " + articles).forEach(r -> ids.add((String) r.get("article_id")));
      Set<String> sparkIds = new TreeSet<>();
      byUrl.values().forEach(r -> sparkIds.add(r.getAs("article_id")));
      assertEquals(sparkIds, ids);
      Map<String, String> types = duck.describe(articles);
      assertTrue(types.get("published_at").startsWith("TIMESTAMP"), types.toString());
      assertEquals("VARCHAR[]", types.get("llm_artifacts"));
      // A data-team query: the German and French articles are there with their language.
      assertEquals(2, duck.count("SELECT count(*) FROM " + articles + " WHERE language IN ('deu','fra')"));
      assertEquals(rejects.size(), duck.count("SELECT count(*) FROM " + ParquetReader.table(out, "rejects")));
    }
  }

}
