package io.claimtrace.spark;

import io.claimtrace.cluster.Buckets;
import io.claimtrace.cluster.ClaimFeatures;
import io.claimtrace.cluster.ClaimSimilarity;
import io.claimtrace.cluster.ClusterConfig;
import io.claimtrace.cluster.IdfMap;
import io.claimtrace.cluster.PackedClaim;
import io.claimtrace.cluster.TokenCounter;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Candidate pairs from banded MinHash LSH, verified with {@link ClaimSimilarity}, as edges between
 * claim node ids: the part of the cluster stage whose cost grows with the corpus. Used by
 * {@link ClusterSparkJob} and timed as is by {@code bench-lsh}.
 *
 * <ol>
 *   <li>{@link #nodes}: the packed claims, partitioned by node id. They travel once, as one byte
 *       array per (source partition, target partition), so the cost does not depend on the
 *       session's serializer.</li>
 *   <li>Token document frequencies (tokens seen twice or more), broadcast as IDF for the
 *       similarity.</li>
 *   <li>Buckets: each claim emits one (band key, node id) entry per band, shipped as primitive
 *       {@code long[]} blocks; a bucket partition sorts its entries and keeps buckets of two or
 *       more members only ({@link Buckets#candidates}, with the star-plus-window cap for large
 *       buckets). Features never enter this shuffle.</li>
 *   <li>Candidate pairs, routed to the partition of their first node and made distinct there
 *       (a pair found in several bands is verified once), picks up the first claim without a
 *       shuffle of the nodes, then goes to the partition of its second claim and is verified
 *       there.</li>
 * </ol>
 */
public final class LshEdgesSpark {
  private LshEdgesSpark() {}

  /** A verified edge between two claim nodes. */
  public record Edge(long a, long b, double similarity) implements Serializable {}

  /**
   * What {@link #edges} produced, with counts for the run manifest and the benchmark. The bucket
   * and candidate counts come from accumulators: reported, never used to decide anything (a
   * retried task may count twice).
   */
  public record Result(long claims, JavaRDD<Edge> edges, long edgeCount, long bucketEntries, long entriesInBuckets,
      long candidates, Map<String, Double> seconds) {}

  /** The key under which the token-frequency job counts claims: whitespace never occurs in a token. */
  private static final String CLAIM_COUNT = "\n claims";

  /**
   * The claims, partitioned by {@code partitioner} (a {@link HashPartitioner} over node ids) and
   * cached as byte blocks (read with {@link PackedClaim#read} and its partial readers): one shuffle of the features.
   */
  public static JavaRDD<byte[]> nodes(JavaRDD<PackedClaim> claims, HashPartitioner partitioner) {
    int parts = partitioner.numPartitions();
    JavaPairRDD<Integer, byte[]> blocks = claims.mapPartitionsToPair(it -> {
      PackedClaim.Bytes[] out = new PackedClaim.Bytes[parts];
      while (it.hasNext()) {
        PackedClaim c = it.next();
        c.write(block(out, partitioner.getPartition(c.node)));
      }
      return byteBlocks(out);
    });
    return blocks.partitionBy(partitioner).map(Tuple2::_2).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Verified edges among {@code nodes} (as built by {@link #nodes} with {@code partitioner}).
   */
  public static Result edges(JavaSparkContext jsc, JavaRDD<byte[]> nodes, HashPartitioner partitioner,
      ClusterConfig config) {
    int bands = config.bands();
    int maxAllPairs = config.maxBucketPairs();
    Map<String, Double> seconds = new java.util.LinkedHashMap<>();
    long t0 = System.nanoTime();

    jsc.setJobDescription("cluster: features and token frequencies");
    // The job that first materializes the cached nodes also counts them, under a key no token can
    // have (tokens come from splitting on whitespace).
    Map<String, Long> df = new HashMap<>(nodes.mapPartitionsToPair(blocks -> {
      TokenCounter local = new TokenCounter(); // counts UTF-8 bytes: one String per distinct token
      long count = 0;
      while (blocks.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(blocks.next());
        while (in.hasRemaining()) {
          PackedClaim.countTokens(in, local);
          count++;
        }
      }
      List<Tuple2<String, Long>> o = new ArrayList<>(local.size() + 1);
      local.forEach((t, c) -> o.add(new Tuple2<>(t, c)));
      o.add(new Tuple2<>(CLAIM_COUNT, count));
      return o.iterator();
    }).reduceByKey(Long::sum).filter(t -> t._2() > 1 || t._1().equals(CLAIM_COUNT)).collectAsMap());
    long claims = df.remove(CLAIM_COUNT);
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, c) -> idf.put(t, ClaimSimilarity.idf(claims, c)));
    Broadcast<ClaimSimilarity> similarity = jsc.broadcast(
        new ClaimSimilarity(new IdfMap(idf), ClaimSimilarity.idf(claims, 1), config.threshold()));

    seconds.put("features and token frequencies", (System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    jsc.setJobDescription("cluster: LSH buckets and candidate pairs");
    int parts = partitioner.numPartitions();
    LongAccumulator entries = jsc.sc().longAccumulator("cluster: bucket entries");
    LongAccumulator inBuckets = jsc.sc().longAccumulator("cluster: entries in buckets of 2+");
    LongAccumulator distinctPairs = jsc.sc().longAccumulator("cluster: distinct candidate pairs");
    // (band key, node) entries, in long[] blocks per bucket partition: key0, node0, key1, node1, ...
    JavaPairRDD<Integer, long[]> bucketBlocks = nodes.mapPartitionsToPair(blocks -> {
      LongBuffer[] out = new LongBuffer[parts];
      long[] node = new long[1];
      long[] keys = new long[bands];
      while (blocks.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(blocks.next());
        while (in.hasRemaining()) {
          int n = PackedClaim.readBandKeys(in, node, keys); // 0 without tokens: stays a singleton
          for (int band = 0; band < n; band++) {
            long k = keys[band];
            LongBuffer.addPair(out, (int) Long.remainderUnsigned(k, parts), k, node[0]);
          }
        }
      }
      return blocks(out);
    });
    JavaPairRDD<Integer, long[]> pairBlocks = bucketBlocks.partitionBy(new HashPartitioner(parts)).mapPartitionsToPair(it -> {
      LongBuffer all = new LongBuffer();
      while (it.hasNext()) {
        all.addAll(it.next()._2());
      }
      int n = all.size / 2;
      long[] keys = all.column(0);
      long[] members = all.column(1);
      all = null;
      entries.add(n);
      // pairs (a, b), a < b, in blocks per node partition of a
      LongBuffer[] out = new LongBuffer[parts];
      inBuckets.add(Buckets.candidates(keys, members, n, maxAllPairs,
          (a, b) -> LongBuffer.addPair(out, partitioner.getPartition(a), a, b)));
      return blocks(out);
    });
    // Distinct pairs on a's node partition, one (a[], b[]) record per partition, sorted by (a, b).
    JavaRDD<long[][]> candidates = pairBlocks.partitionBy(partitioner).map(Tuple2::_2).mapPartitions(it -> {
      LongBuffer all = new LongBuffer();
      while (it.hasNext()) {
        all.addAll(it.next());
      }
      int n = all.size / 2;
      long[] a = all.column(0);
      long[] b = all.column(1);
      int distinct = Buckets.distinctPairs(a, b, n);
      distinctPairs.add(distinct);
      return java.util.Collections.singletonList(new long[][] {Arrays.copyOf(a, distinct), Arrays.copyOf(b, distinct)})
          .iterator();
    }, true); // consumed once, by the verification below: neither cached nor counted on its own

    jsc.setJobDescription("cluster: candidate pairs and their verification");
    // On a's partition: each first claim A once per partition of its second claims, with their ids,
    // as bytes: [A][count][b...]. On b's partition: A against each B.
    JavaPairRDD<Integer, byte[]> withA = candidates.zipPartitions(nodes, (cit, blocks) -> {
      long[][] c = cit.next();
      long[] a = c[0];
      long[] b = c[1];
      PackedClaim.Bytes[] out = new PackedClaim.Bytes[parts];
      int[] perPartition = new int[parts];
      while (blocks.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(blocks.next());
        while (in.hasRemaining()) {
          long node = PackedClaim.peekNode(in);
          int from = Arrays.binarySearch(a, node);
          if (from < 0) {
            PackedClaim.skip(in); // not a first claim of any pair: never decoded
            continue;
          }
          while (from > 0 && a[from - 1] == node) {
            from--;
          }
          int to = from;
          while (to < a.length && a[to] == node) {
            to++;
          }
          // this claim's partners, grouped by their node partition
          Arrays.fill(perPartition, 0);
          for (int k = from; k < to; k++) {
            perPartition[partitioner.getPartition(b[k])]++;
          }
          int record = in.position();
          for (int q = 0; q < parts; q++) {
            if (perPartition[q] == 0) {
              continue;
            }
            in.position(record);
            block(out, q).putRecord(in); // the claim's bytes as cached, copied without decoding
            out[q].putInt(perPartition[q]);
            for (int k = from; k < to; k++) {
              if (partitioner.getPartition(b[k]) == q) {
                out[q].putLong(b[k]);
              }
            }
          }
        }
      }
      return byteBlocks(out);
    }).mapToPair(t -> t);
    JavaRDD<Edge> edges = withA.partitionBy(partitioner).map(Tuple2::_2).zipPartitions(nodes, (bit, blocks) -> {
      // The requests first (they are small), so that only the second claims they name get decoded.
      List<byte[]> requests = new ArrayList<>();
      LongBuffer wanted = new LongBuffer();
      while (bit.hasNext()) {
        byte[] r = bit.next();
        requests.add(r);
        ByteBuffer in = ByteBuffer.wrap(r);
        while (in.hasRemaining()) {
          PackedClaim.skip(in);
          int count = in.getInt();
          for (int m = 0; m < count; m++) {
            wanted.add(in.getLong());
          }
        }
      }
      long[] needed = wanted.toArray();
      Arrays.sort(needed);
      Map<Long, ClaimFeatures> features = new HashMap<>();
      while (blocks.hasNext()) {
        ByteBuffer in = ByteBuffer.wrap(blocks.next());
        while (in.hasRemaining()) {
          if (Arrays.binarySearch(needed, PackedClaim.peekNode(in)) >= 0) {
            PackedClaim y = PackedClaim.read(in);
            features.put(y.node, y.features());
          } else {
            PackedClaim.skip(in);
          }
        }
      }
      ClaimSimilarity s = similarity.value();
      List<Edge> o = new ArrayList<>();
      for (byte[] r : requests) {
        ByteBuffer in = ByteBuffer.wrap(r);
        while (in.hasRemaining()) {
          PackedClaim x = PackedClaim.read(in);
          ClaimFeatures fx = x.features();
          int count = in.getInt();
          for (int m = 0; m < count; m++) {
            long y = in.getLong();
            ClaimFeatures fy = features.get(y);
            if (fy == null) {
              continue;
            }
            double sim = s.similarity(fx, fy);
            if (sim >= s.threshold()) {
              o.add(new Edge(x.node, y, sim));
            }
          }
        }
      }
      return o.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    long edgeCount = edges.count();
    seconds.put("candidates and verified edges", (System.nanoTime() - t1) / 1e9);
    return new Result(claims, edges, edgeCount, entries.value(), inBuckets.value(), distinctPairs.value(), seconds);
  }

  /** The non-empty buffers of {@code out}, keyed by their index: the target partition. */
  static Iterator<Tuple2<Integer, long[]>> blocks(LongBuffer[] out) {
    return nonEmpty(out, LongBuffer::toArray);
  }

  /** The non-empty blocks of {@code out}, keyed by their index: the target partition. */
  static Iterator<Tuple2<Integer, byte[]>> byteBlocks(PackedClaim.Bytes[] out) {
    return nonEmpty(out, PackedClaim.Bytes::toArray);
  }

  private static <B, A> Iterator<Tuple2<Integer, A>> nonEmpty(B[] out, java.util.function.Function<B, A> toArray) {
    List<Tuple2<Integer, A>> o = new ArrayList<>();
    for (int p = 0; p < out.length; p++) {
      if (out[p] != null) {
        o.add(new Tuple2<>(p, toArray.apply(out[p])));
      }
    }
    return o.iterator();
  }

  /** The block of {@code out} for partition {@code p}, created on first use. */
  static PackedClaim.Bytes block(PackedClaim.Bytes[] out, int p) {
    if (out[p] == null) {
      out[p] = new PackedClaim.Bytes(1 << 12);
    }
    return out[p];
  }

  /** A growable long array; as a block of pairs it holds x0, y0, x1, y1, ... */
  static final class LongBuffer {
    long[] values = new long[64];
    int size;

    /** Appends the pair (x, y) to the buffer of partition {@code p}, created on first use. */
    static void addPair(LongBuffer[] out, int p, long x, long y) {
      if (out[p] == null) {
        out[p] = new LongBuffer();
      }
      out[p].add(x);
      out[p].add(y);
    }

    /** The first ({@code c = 0}) or second ({@code c = 1}) values of the pairs. */
    long[] column(int c) {
      long[] column = new long[size / 2];
      for (int i = 0; i < column.length; i++) {
        column[i] = values[2 * i + c];
      }
      return column;
    }

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(long[] v) {
      if (size + v.length > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + v.length));
      }
      System.arraycopy(v, 0, values, size, v.length);
      size += v.length;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
