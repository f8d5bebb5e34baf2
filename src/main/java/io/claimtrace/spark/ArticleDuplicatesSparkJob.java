package io.claimtrace.spark;

import io.claimtrace.cluster.MinHasher;
import java.io.Serializable;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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
 * Article-level near-duplicates (syndicated wire copy, lightly edited copies): MinHash over word
 * 5-gram shingles, banded LSH, pairs kept when the estimated Jaccard similarity reaches the
 * threshold, connected components. Each group is named after its earliest article, and the
 * {@code articles} table is rewritten with {@code near_duplicate_group} and
 * {@code near_duplicate_of} filled (null for articles without a near-duplicate).
 */
public final class ArticleDuplicatesSparkJob {
  private static final int SHINGLE = 5;

  private ArticleDuplicatesSparkJob() {}

  record Doc(String id, long published, long[] signature) implements Serializable {}

  /** @return the number of articles in a near-duplicate group */
  public static long run(SparkSession spark, double jaccard, long seed, TableWriter writer) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobDescription("cluster: near-duplicate articles");
    Dataset<Row> articles = spark.read().schema(Tables.ARTICLES_SCHEMA).parquet(writer.locate(Tables.ARTICLES));
    MinHasher hasher = new MinHasher(16, 4, seed);
    JavaRDD<Doc> docs = articles.select("article_id", "text", "published_at").javaRDD().map(r -> {
      Timestamp t = r.isNullAt(2) ? null : r.getTimestamp(2);
      return new Doc(r.getString(0), t == null ? Long.MAX_VALUE : t.getTime(), hasher.signature(shingles(r.getString(1))));
    }).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> edges = docs.flatMapToPair(d -> {
      long[] keys = hasher.bandKeys(d.signature());
      List<Tuple2<Tuple2<Integer, Long>, Doc>> out = new ArrayList<>();
      for (int b = 0; b < keys.length; b++) {
        out.add(new Tuple2<>(new Tuple2<>(b, keys[b]), d));
      }
      return out.iterator();
    }).groupByKey().flatMapToPair(bucket -> {
      List<Doc> members = new ArrayList<>();
      bucket._2().forEach(members::add);
      members.sort((x, y) -> x.id().compareTo(y.id()));
      List<Tuple2<String, String>> out = new ArrayList<>();
      int band = bucket._1()._1();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size() && j < i + 50; j++) {
          Doc x = members.get(i);
          Doc y = members.get(j);
          if (hasher.firstSharedBand(x.signature(), y.signature()) == band
              && MinHasher.estimate(x.signature(), y.signature()) >= jaccard) {
            out.add(new Tuple2<>(x.id(), y.id()));
          }
        }
      }
      return out.iterator();
    });
    JavaPairRDD<String, String> components = ConnectedComponents.of(edges);
    JavaPairRDD<String, Tuple2<Long, String>> dated = docs.mapToPair(d -> new Tuple2<>(d.id(), new Tuple2<>(d.published(), d.id())));
    JavaPairRDD<String, String> earliest = components.join(dated)
        .mapToPair(j -> new Tuple2<>(j._2()._1(), j._2()._2()))
        .reduceByKey((a, b) -> a._1() < b._1() || (a._1().equals(b._1()) && a._2().compareTo(b._2()) <= 0) ? a : b)
        .mapToPair(g -> new Tuple2<>(g._1(), g._2()._2()));
    JavaRDD<Row> groups = components.mapToPair(c -> new Tuple2<>(c._2(), c._1())).join(earliest)
        .map(j -> RowFactory.create(j._2()._1(), j._2()._2()));
    StructType schema = new StructType().add("gid", DataTypes.StringType, false).add("group_id", DataTypes.StringType, false);
    Dataset<Row> g = spark.createDataFrame(groups, schema);
    Dataset<Row> out = articles.drop("near_duplicate_group", "near_duplicate_of")
        .join(g, articles.col("article_id").equalTo(g.col("gid")), "left")
        .withColumn("near_duplicate_group", functions.col("group_id"))
        .withColumn("near_duplicate_of", functions.when(functions.col("group_id").notEqual(functions.col("article_id")),
            functions.col("group_id")));
    out = Tables.select(out, Tables.ARTICLES_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    long grouped = out.filter(functions.col("near_duplicate_group").isNotNull()).count();
    writer.stage(Tables.ARTICLES, Tables.inFiles(out, "article_id", out.count()));
    docs.unpersist(false);
    return grouped;
  }

  /** Word 5-grams of the lower-cased text; shorter texts give their words. */
  static Set<String> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>(words.length);
    for (String x : words) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (w.size() < SHINGLE) {
      out.addAll(w);
      return out;
    }
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + SHINGLE)));
    }
    return out;
  }
}
