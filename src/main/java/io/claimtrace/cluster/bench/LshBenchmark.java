package io.claimtrace.cluster.bench;

import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.cluster.PackedClaim;
import io.claimtrace.spark.ClusterSparkJob;
import io.claimtrace.spark.LshEdgesSpark;
import io.claimtrace.spark.Tables;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Candidate generation + verification of the cluster stage against Spark MLlib's
 * {@code MinHashLSH.approxSimilarityJoin}, on the same generated claim-like texts with planted
 * near-duplicates, in one Spark session.
 *
 * <p>Corpus (built inside Spark, one pure function of id and seed): 12-30 words drawn from a
 * 4,000-word vocabulary with a Zipf-Mandelbrot skew (weight 1/(rank + 10)), half the texts
 * carrying a number; every fifth text (id % 5 == 4) is a planted near-duplicate of a base text:
 * 1-3 word edits (substitute, insert, delete) and its number drifted.
 *
 * <p>MLlib: lower-cased whitespace words, word bigrams, binary HashingTF with 2^22 features,
 * {@code MinHashLSH} with 5 hash tables, {@code approxSimilarityJoin(df, df, 0.5)} (timed from
 * fit to a count of the distinct a &lt; b pairs; featurization cached beforehand, untimed).
 *
 * <p>Ours: the cluster stage's own code, {@link ClusterSparkJob#assign}, on the corpus as a claims
 * table (claim_id, normalized = the text, no entities, published_at), timed from the
 * claim rows to a count of the cluster ids: features, MinHash LSH candidates and their
 * verification ({@link LshEdgesSpark}), connected components, founding claims. The session is
 * configured as the cluster stage's own (no Kryo).
 */
public final class LshBenchmark {
  private LshBenchmark() {}

  static final int VOCABULARY = 4000;
  static final int WARM_UP_TEXTS = 60_000;
  static final String[] WORDS = vocabulary();
  static final double[] CDF = zipfCdf(VOCABULARY, 10.0);

  /** Result of our pipeline at one scale. */
  record Ours(long texts, double seconds, double edgeSeconds, String stages, double cpuSeconds, long edges, long candidates,
      long entriesInBuckets, double edgeRecall, double componentRecall, long peakHeap) {}

  public static int run(String master, int texts, List<Integer> scales, long seed, int bands, int rows, boolean withMllib,
      int repeat, int warmup, PrintStream out) {
    Map<String, String> conf = new HashMap<>();
    conf.put("spark.ui.enabled", "false");
    SparkSession spark = io.claimtrace.spark.SparkSessions.create("claimtrace-bench-lsh", master, conf);
    HeapSampler heap = new HeapSampler();
    heap.start();
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int cores = jsc.defaultParallelism();
      ClusterConfig d = ClusterConfig.defaults();
      ClusterConfig config = new ClusterConfig(bands, rows, d.threshold(), d.maxBucketPairs(), d.maxComponent(),
          d.strictThreshold(), d.articleJaccard(), d.seed());
      out.printf(Locale.ROOT, "== bench-lsh: master %s (%d cores), ours = MinHash %d bands x %d rows, threshold %.2f, "
          + "maxBucketPairs %d; MLlib = MinHashLSH 5 tables on word bigrams, HashingTF 2^22 binary, join at distance 0.5%n",
          spark.sparkContext().master(), cores, config.bands(), config.rows(), config.threshold(), config.maxBucketPairs());

      // --- Warm-up, untimed: both pipelines once on a small corpus, so that neither pays for class
      // loading and JIT compilation of the code paths they share.
      Dataset<Row> warm = corpus(spark, Math.min(WARM_UP_TEXTS, texts), seed + 1, 2 * cores).persist(StorageLevel.MEMORY_ONLY());
      Map<Long, Long> warmPlanted = planted(warm);
      ours(spark, warm, warmPlanted, config, heap);
      if (withMllib) {
        mllib(spark, warm, warmPlanted, seed, heap);
      }
      warm.unpersist(true);

      // --- Comparison at --texts.
      Dataset<Row> corpus = corpus(spark, texts, seed, partitions(texts, cores)).persist(StorageLevel.MEMORY_ONLY());
      long t0 = System.nanoTime();
      long n = corpus.count();
      Map<Long, Long> planted = planted(corpus);
      out.printf(Locale.ROOT, "corpus: %d texts generated in Spark in %.1f s, %d planted near-duplicate pairs; examples:%n",
          n, secs(t0), planted.size());
      for (Row r : corpus.filter(functions.col("src").geq(0)).limit(2).collectAsList()) {
        String src = corpus.filter(functions.col("id").equalTo(r.getLong(2))).first().getString(1);
        out.printf(Locale.ROOT, "  base %d: %s%n  dup  %d: %s%n", r.getLong(2), src, r.getLong(0), r.getString(1));
      }

      Ours ours = median(repeat, "ours", out, () -> ours(spark, corpus, planted, config, heap), Ours::seconds);
      double[] mllib = withMllib ? median(repeat, "MLlib", out, () -> mllib(spark, corpus, planted, seed, heap), m -> m[0])
          : new double[] {Double.NaN, 0, Double.NaN, 0, 0, Double.NaN};
      out.printf(Locale.ROOT, "MLlib approxSimilarityJoin: %.2f s, process CPU %.1f s (fit+join+count; bigram featurization"
          + " %.1f s before, untimed), %d pairs, recall of planted pairs %.4f, peak heap used %s%n",
          mllib[0], mllib[5], mllib[3], (long) mllib[1], mllib[2], mb((long) mllib[4]));
      out.printf(Locale.ROOT, "ours (ClusterSparkJob.assign: claim rows -> features -> LSH candidates -> verified edges ->"
          + " connected components -> cluster ids): %.2f s (%s); %d candidate pairs from %d bucket entries in buckets of 2+,"
          + " %d verified edges; recall of planted pairs as edges %.4f, same cluster %.4f; peak heap used %s%n",
          ours.seconds(), ours.stages(), ours.candidates(), ours.entriesInBuckets(), ours.edges(), ours.edgeRecall(),
          ours.componentRecall(), mb(ours.peakHeap()));
      double speedup = mllib[0] / ours.seconds();
      out.printf(Locale.ROOT, "speedup MLlib join / ours to cluster ids: %.1fx; MLlib join / ours to verified edges (%.2f s): %.1fx"
          + " (target >= 5x at equal or better recall: %s)%n", speedup, ours.edgeSeconds(), mllib[0] / ours.edgeSeconds(),
          speedup >= 5 && ours.edgeRecall() >= mllib[2] ? "met" : "NOT met");
      out.printf(Locale.ROOT, "ours: %.1f core-s per 100k texts (wall x %d cores), process CPU %.1f s; MLlib/ours in process CPU:"
          + " %.1fx%n", ours.seconds() * cores * 100_000.0 / n, cores, ours.cpuSeconds(), mllib[5] / ours.cpuSeconds());
      out.printf(Locale.ROOT, "peak JVM heap used over the whole run: %s (max %s)%n", mb(heap.peakAll()),
          mb(Runtime.getRuntime().maxMemory()));
      corpus.unpersist(true);

      // --- Scaling of ours.
      if (!scales.isEmpty()) {
        out.printf(Locale.ROOT, "== scaling of ours (core-s = wall x %d cores; target: flat within 20%%); at each size %d"
            + " untimed runs, then the median of %d%n", cores, warmup, repeat);
        List<Double> perHundredK = new ArrayList<>();
        List<Double> cpuPerHundredK = new ArrayList<>();
        for (int scale : scales) {
          Dataset<Row> c = corpus(spark, scale, seed, partitions(scale, cores)).persist(StorageLevel.MEMORY_ONLY());
          c.count();
          Map<Long, Long> p = planted(c);
          Ours first = null; // the JIT keeps compiling over the first runs at a new size
          for (int w = 0; w < warmup; w++) {
            Ours run = ours(spark, c, p, config, heap);
            first = first == null ? run : first;
          }
          Ours o = median(repeat, "ours at " + scale, out, () -> ours(spark, c, p, config, heap), Ours::seconds);
          double coreSeconds = o.seconds() * cores * 100_000.0 / scale;
          perHundredK.add(coreSeconds);
          cpuPerHundredK.add(o.cpuSeconds() * 100_000.0 / scale);
          out.printf(Locale.ROOT, "%9d texts: %.2f s wall, %.2f core-s per 100k texts (process CPU %.2f s per 100k),"
              + " %d edges, recall edge %.4f / same cluster %.4f, peak heap %s%n",
              scale, o.seconds(), coreSeconds, o.cpuSeconds() * 100_000.0 / scale, o.edges(), o.edgeRecall(),
              o.componentRecall(), mb(o.peakHeap()));
          out.printf(Locale.ROOT, "%9s  steps: %s%s%n", "", o.stages(), first == null ? ""
              : String.format(Locale.ROOT, "; untimed first run at this size: %.2f s wall, %.2f core-s per 100k",
                  first.seconds(), first.seconds() * cores * 100_000.0 / scale));
          c.unpersist(true);
        }
        double min = perHundredK.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = perHundredK.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double cmin = cpuPerHundredK.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double cmax = cpuPerHundredK.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        out.printf(Locale.ROOT, "core-s per 100k: max/min = %.2f (target <= 1.20: %s); process CPU per 100k: max/min = %.2f%n",
            max / min, max / min <= 1.2 ? "met" : "NOT met", cmax / cmin);
      }
      return 0;
    } finally {
      heap.stop();
      spark.stop();
    }
  }

  /** Runs {@code run} {@code repeat} times and returns the run of median {@code seconds}, printing all of them. */
  static <T> T median(int repeat, String what, PrintStream out, java.util.function.Supplier<T> run,
      java.util.function.ToDoubleFunction<T> seconds) {
    List<T> runs = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      runs.add(run.get());
    }
    if (repeat > 1) {
      StringBuilder all = new StringBuilder();
      for (T r : runs) {
        all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", seconds.applyAsDouble(r)));
      }
      out.printf(Locale.ROOT, "  %s: %d runs, %s s; the median is reported%n", what, repeat, all);
    }
    runs.sort(java.util.Comparator.comparingDouble(seconds));
    return runs.get((runs.size() - 1) / 2);
  }

  /**
   * Input partitions of a generated corpus: {@value #CLAIMS_PER_PARTITION} claims each, and at least
   * one per core. The same partition size at every scale, so that the scaling run compares the
   * cost per claim and not the number of tasks per claim (a fixed cost of every task and stage).
   */
  static int partitions(long texts, int cores) {
    return (int) Math.max(cores, (texts + CLAIMS_PER_PARTITION - 1) / CLAIMS_PER_PARTITION);
  }

  static final int CLAIMS_PER_PARTITION = 50_000;

  // ---------------------------------------------------------------------------------------------
  // Corpus

  /** (id, text, src): src is the base text a planted near-duplicate copies, or -1. */
  static Dataset<Row> corpus(SparkSession spark, long n, long seed, int partitions) {
    return spark.range(0, n, 1, partitions).map(
        (org.apache.spark.api.java.function.MapFunction<Long, Tuple3<Long, String, Long>>) id -> {
          long src = source(id, n, seed);
          String text = src < 0 ? baseText(id, seed) : mutate(baseText(src, seed), id, seed);
          return new Tuple3<>(id, text, src);
        }, Encoders.tuple(Encoders.LONG(), Encoders.STRING(), Encoders.LONG())).toDF("id", "text", "src");
  }

  /** The base text a text copies, or -1: every fifth text copies a base text chosen by hash. */
  static long source(long id, long n, long seed) {
    if (id % 5 != 4 || n < 5) {
      return -1;
    }
    long j = Math.floorMod(new SplittableRandom(seed * 31 + id).nextLong(), n);
    if (j % 5 == 4) {
      j--;
    }
    return j == id ? -1 : j;
  }

  static String baseText(long id, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
    int len = 12 + r.nextInt(19);
    List<String> words = new ArrayList<>(len);
    for (int i = 0; i < len; i++) {
      words.add(word(r));
    }
    if (r.nextBoolean()) {
      words.set(r.nextInt(len), number(r));
    }
    return String.join(" ", words);
  }

  static String mutate(String base, long id, long seed) {
    SplittableRandom r = new SplittableRandom(~seed ^ (id * 0xC2B2AE3D27D4EB4FL));
    List<String> words = new ArrayList<>(Arrays.asList(base.split(" ")));
    double u = r.nextDouble();
    int ops = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
    for (int k = 0; k < ops; k++) {
      double op = r.nextDouble();
      if (op < 0.5) {
        words.set(r.nextInt(words.size()), word(r));
      } else if (op < 0.75) {
        words.add(r.nextInt(words.size() + 1), word(r));
      } else if (words.size() > 12) {
        words.remove(r.nextInt(words.size()));
      } else {
        words.set(r.nextInt(words.size()), word(r));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (Character.isDigit(w.charAt(0))) {
        words.set(i, drift(w, r));
      }
    }
    return String.join(" ", words);
  }

  private static String word(SplittableRandom r) {
    int i = Arrays.binarySearch(CDF, r.nextDouble());
    return WORDS[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
  }

  private static String number(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> (1 + r.nextInt(99)) + "%";
      case 1 -> String.format(Locale.ROOT, "%.1f", 1 + r.nextInt(999) / 10.0);
      default -> Integer.toString(10 + r.nextInt(5000));
    };
  }

  /** The same kind of number, drifted by 3-20%. */
  private static String drift(String w, SplittableRandom r) {
    double f = (r.nextBoolean() ? 1 : -1) * (0.03 + 0.17 * r.nextDouble());
    if (w.endsWith("%")) {
      int v = Integer.parseInt(w.substring(0, w.length() - 1));
      return Math.max(1, (int) Math.round(v * (1 + f)) + (r.nextBoolean() ? 1 : 0)) + "%";
    }
    if (w.contains(".")) {
      return String.format(Locale.ROOT, "%.1f", Double.parseDouble(w) * (1 + f) + 0.1);
    }
    return Long.toString(Math.round(Long.parseLong(w) * (1 + f)) + 1);
  }

  /** 4,000 distinct pronounceable 4-letter words: two consonant-vowel syllables from 100. */
  private static String[] vocabulary() {
    String consonants = "bcdfghjklmnpqrstvwxz";
    String vowels = "aeiou";
    String[] w = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      int a = i % 100;
      int b = i / 100;
      w[i] = "" + consonants.charAt(a / 5) + vowels.charAt(a % 5) + consonants.charAt(b % 20) + vowels.charAt(b / 20 % 5)
          + (b >= 20 ? "n" : "");
    }
    return w;
  }

  private static double[] zipfCdf(int n, double offset) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1 + offset);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  static Map<Long, Long> planted(Dataset<Row> corpus) {
    Map<Long, Long> p = new HashMap<>();
    for (Row r : corpus.filter(functions.col("src").geq(0)).select("id", "src").collectAsList()) {
      p.put(r.getLong(0), r.getLong(1));
    }
    return p;
  }

  static String claimId(long id) {
    return String.format(Locale.ROOT, "t%09d", id);
  }

  // ---------------------------------------------------------------------------------------------
  // Ours

  /**
   * The corpus as a claims table: what the cluster stage reads (claim_id, normalized, entities,
   * published_at). The normalized form is the lower-cased text; no entities; one second apart.
   */
  static Dataset<Row> claims(Dataset<Row> corpus) {
    return corpus.select(
        functions.concat(functions.lit("t"), functions.lpad(functions.col("id").cast("string"), 9, "0")).as("claim_id"),
        functions.col("text").as("normalized"), // the generator writes lower case already
        functions.lit(null).cast(Tables.CLAIMS_SCHEMA.apply("entities").dataType()).as("entities"),
        functions.timestamp_seconds(functions.col("id").plus(1_700_000_000L)).as("published_at"));
  }

  /** The cluster stage's own computation, {@link ClusterSparkJob#assign}, from claim rows to cluster ids. */
  static Ours ours(SparkSession spark, Dataset<Row> corpus, Map<Long, Long> planted, ClusterConfig config, HeapSampler heap) {
    Dataset<Row> claims = claims(corpus);
    System.gc();
    heap.phase("ours");
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    ClusterSparkJob.Assignment a = ClusterSparkJob.assign(spark, claims, config);
    double steps = secs(t0);
    a.clusterOf().count(); // founding claims and cluster ids: what the stage then joins to the claims and writes
    double seconds = secs(t0);
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    long peak = heap.peak("ours");
    heap.phase("idle");
    StringBuilder stages = new StringBuilder();
    a.seconds().forEach((k, v) -> stages.append(stages.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f s", k, v)));
    stages.append(String.format(Locale.ROOT, a.seconds().containsKey("connected components") ? ", cluster ids %.2f s"
        : ", components and cluster ids %.2f s", seconds - steps));
    double edgeSeconds = a.seconds().entrySet().stream()
        .filter(e -> !e.getKey().equals("connected components"))
        .mapToDouble(Map.Entry::getValue).sum(); // features to verified edges

    // Scoring, untimed: planted pairs found as verified edges, and sharing a cluster id.
    Set<Long> edgeSet = new HashSet<>();
    for (LshEdgesSpark.Edge e : a.edges().collect()) {
      edgeSet.add(pairKey(e.a(), e.b()));
    }
    long asEdge = 0;
    List<Tuple2<String, String>> pairs = new ArrayList<>(planted.size());
    for (Map.Entry<Long, Long> p : planted.entrySet()) {
      String x = claimId(p.getKey());
      String y = claimId(p.getValue());
      if (edgeSet.contains(pairKey(PackedClaim.nodeId(x), PackedClaim.nodeId(y)))) {
        asEdge++;
      }
      pairs.add(new Tuple2<>(x, y));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long sameCluster = jsc.parallelizePairs(pairs, a.clusterOf().getNumPartitions()).join(a.clusterOf())
        .mapToPair(j -> new Tuple2<>(j._2()._1(), j._2()._2())).join(a.clusterOf())
        .filter(j -> j._2()._1().equals(j._2()._2())).count();
    a.release();
    return new Ours(a.claims(), seconds, edgeSeconds, stages.toString(), cpu, a.edgeCount(), a.candidates(), a.entriesInBuckets(),
        (double) asEdge / planted.size(), (double) sameCluster / planted.size(), peak);
  }

  /** An order-free key for a pair of node ids: a 64-bit mix of (min, max). */
  static long pairKey(long a, long b) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    long h = lo * 0x9E3779B97F4A7C15L + hi;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  // ---------------------------------------------------------------------------------------------
  // MLlib

  /** seconds, pairs, recall, featurization seconds, peak heap, process CPU seconds. */
  static double[] mllib(SparkSession spark, Dataset<Row> corpus, Map<Long, Long> planted, long seed, HeapSampler heap) {
    System.gc();
    heap.phase("mllib");
    long t0 = System.nanoTime();
    Dataset<Row> words = corpus.select(functions.col("id"),
        functions.split(functions.lower(functions.col("text")), " ").as("words"));
    Dataset<Row> bigrams = new NGram().setN(2).setInputCol("words").setOutputCol("bigrams").transform(words);
    Dataset<Row> features = new HashingTF().setBinary(true).setNumFeatures(1 << 22).setInputCol("bigrams")
        .setOutputCol("features").transform(bigrams).select("id", "features").persist(StorageLevel.MEMORY_ONLY());
    features.count();
    double featurize = secs(t0);

    long t1 = System.nanoTime();
    long cpu0 = processCpuNanos();
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(5).setSeed(seed).setInputCol("features")
        .setOutputCol("hashes").fit(features);
    Dataset<Row> pairs = model.approxSimilarityJoin(features, features, 0.5, "distance")
        .select(functions.col("datasetA.id").as("a"), functions.col("datasetB.id").as("b"))
        .filter(functions.col("a").lt(functions.col("b")))
        .persist(StorageLevel.MEMORY_ONLY());
    long count = pairs.count();
    double seconds = secs(t1);
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    long peak = heap.peak("mllib");
    heap.phase("idle");

    long found = 0;
    for (Row r : pairs.collectAsList()) {
      long a = r.getLong(0);
      long b = r.getLong(1);
      Long src = planted.get(b);
      Long src2 = planted.get(a);
      if ((src != null && src == a) || (src2 != null && src2 == b)) {
        found++;
      }
    }
    pairs.unpersist(true);
    features.unpersist(true);
    return new double[] {seconds, count, (double) found / planted.size(), featurize, peak, cpu};
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }

  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** Samples heap used every 20 ms and keeps the peak per phase. */
  static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Map<String, Long> peaks = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String phase = "idle";
    private volatile boolean running = true;
    private Thread thread;

    void start() {
      thread = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      long used = memory.getHeapMemoryUsage().getUsed();
      peaks.merge(phase, used, Math::max);
      peaks.merge("*", used, Math::max);
    }

    void phase(String p) {
      sample();
      peaks.remove(p);
      phase = p;
      sample();
    }

    long peak(String p) {
      sample();
      return peaks.getOrDefault(p, 0L);
    }

    long peakAll() {
      return peaks.getOrDefault("*", 0L);
    }

    void stop() {
      running = false;
      if (thread != null) {
        thread.interrupt();
      }
    }
  }
}
