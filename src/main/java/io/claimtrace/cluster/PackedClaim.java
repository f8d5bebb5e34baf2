package io.claimtrace.cluster;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A claim as the cluster stage ships and caches it: its {@link ClaimFeatures} in plain arrays, a
 * 64-bit node id, and its publication time. Written and read with {@link #write}/{@link #read} so
 * that a whole partition's claims travel and stay cached as a few byte arrays, whatever Spark
 * serializer the session uses (serializing, and size-estimating, millions of small objects cost
 * more than the clustering itself).
 *
 * <p>{@link #features()} gives back exactly the {@link ClaimFeatures} it was built from, so the
 * similarity is always {@link ClaimSimilarity}'s own. Immutable after construction.
 */
public final class PackedClaim implements Serializable {
  /** 64-bit hash of the claim id ({@link #nodeId}); the key clustering works on. */
  public final long node;
  public final String claimId;
  /** Publication time in microseconds, {@code Long.MAX_VALUE} when unknown (sorts last). */
  public final long publishedMicros;
  final String[] tokens;
  final double[] numbers;
  final String[] subjects;
  /** LSH band keys of the claim's MinHash signature; empty when it has no tokens. */
  final long[] bandKeys;

  private PackedClaim(long node, String claimId, long publishedMicros, String[] tokens, double[] numbers, String[] subjects,
      long[] bandKeys) {
    this.node = node;
    this.bandKeys = bandKeys;
    this.claimId = claimId;
    this.publishedMicros = publishedMicros;
    this.tokens = tokens;
    this.numbers = numbers;
    this.subjects = subjects;
  }

  /** Packs {@code f}; its band keys come from {@code hasher} over {@link ClaimFeatures#shingles}. */
  public static PackedClaim of(ClaimFeatures f, long publishedMicros, MinHasher hasher) {
    double[] numbers = new double[f.numbers().size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = f.numbers().get(i);
    }
    String[] subjects = f.subjects().toArray(new String[0]);
    Arrays.sort(subjects); // a Set has no order of its own: keep the bytes deterministic
    String[] tokens = f.tokens().toArray(new String[0]);
    long[] keys = new long[0];
    if (!f.shingles().isEmpty()) {
      keys = hasher.bandKeys(hasher.signature(f.shingles()));
    }
    return new PackedClaim(nodeId(f.claimId()), f.claimId(), publishedMicros, tokens, numbers, subjects, keys);
  }

  /**
   * The node id of a claim: a 64-bit hash of its id, so it does not depend on partitioning. Two of
   * n claims share one with probability about n^2 / 2^65 (3e-8 at a million claims); they would
   * then share a cluster.
   */
  public static long nodeId(String claimId) {
    long h = MinHasher.shingleHash(claimId);
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  public ClaimFeatures features() {
    List<Double> n = new ArrayList<>(numbers.length);
    for (double d : numbers) {
      n.add(d);
    }
    return new ClaimFeatures(claimId, List.of(tokens), List.copyOf(n), Set.of(subjects));
  }

  /** True when there is nothing to compare on: such a claim stays a singleton. */
  public boolean noTokens() {
    return tokens.length == 0;
  }

  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** The content tokens, read-only and without a copy. */
  public List<String> tokens() {
    return java.util.Collections.unmodifiableList(Arrays.asList(tokens));
  }

  /** Appends this claim to {@code out}; {@link #read} reads it back. */
  public void write(Bytes out) {
    int start = out.size();
    out.putInt(0); // record length, patched below
    out.putLong(node);
    out.putInt(bandKeys.length);
    for (long k : bandKeys) {
      out.putLong(k);
    }
    out.putLong(publishedMicros);
    out.putUtf8(claimId);
    out.putInt(tokens.length);
    for (String t : tokens) {
      out.putUtf8(t);
    }
    out.putInt(numbers.length);
    for (double d : numbers) {
      out.putLong(Double.doubleToRawLongBits(d));
    }
    out.putInt(subjects.length);
    for (String x : subjects) {
      out.putUtf8(x);
    }
    out.putIntAt(start, out.size() - start - 4);
  }

  /** Moves past the record at the buffer's position. */
  public static void skip(ByteBuffer in) {
    int length = in.getInt();
    in.position(in.position() + length);
  }

  /**
   * Reads only the node id and band keys of the record at the buffer's position, and moves to
   * the next record: what bucketing needs, without decoding strings.
   *
   * @param keys receives the band keys; must be long enough
   * @return the number of band keys (0 for a claim without tokens)
   */
  public static int readBandKeys(ByteBuffer in, long[] node, long[] keys) {
    int length = in.getInt();
    int end = in.position() + length;
    node[0] = in.getLong();
    int n = in.getInt();
    for (int i = 0; i < n; i++) {
      keys[i] = in.getLong();
    }
    in.position(end);
    return n;
  }

  /** The node id of the record at the buffer's position, without moving past it. */
  public static long peekNode(ByteBuffer in) {
    return in.getLong(in.position() + 4);
  }

  /** Who a claim is, without its features: what choosing a founding claim needs. */
  public record Identity(long node, long publishedMicros, String claimId) {}

  /**
   * Reads only the node id, publication time and claim id of the record at the buffer's
   * position, and moves to the next record.
   */
  public static Identity readIdentity(ByteBuffer in) {
    int length = in.getInt();
    int end = in.position() + length;
    long node = in.getLong();
    int keys = in.getInt();
    in.position(in.position() + 8 * keys);
    long published = in.getLong();
    String claimId = getUtf8(in);
    in.position(end);
    return new Identity(node, published, claimId);
  }

  /**
   * Counts the content tokens of the record at the buffer's position into {@code counter}, as
   * UTF-8 bytes (no String per token), and moves to the next record.
   */
  public static void countTokens(ByteBuffer in, TokenCounter counter) {
    int length = in.getInt();
    int end = in.position() + length;
    in.position(in.position() + 8); // node
    int keys = in.getInt();
    in.position(in.position() + 8 * keys + 8); // band keys, published
    int idLength = in.getInt();
    in.position(in.position() + idLength);
    int tokens = in.getInt();
    byte[] a = in.array();
    for (int i = 0; i < tokens; i++) {
      int n = in.getInt();
      counter.add(a, in.arrayOffset() + in.position(), n);
      in.position(in.position() + n);
    }
    in.position(end);
  }

  /** Reads the claim at the buffer's position and advances past it. */
  public static PackedClaim read(ByteBuffer in) {
    in.getInt(); // record length
    long node = in.getLong();
    long[] keys = new long[in.getInt()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = in.getLong();
    }
    long published = in.getLong();
    String claimId = getUtf8(in);
    String[] tokens = new String[in.getInt()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = getUtf8(in);
    }
    double[] numbers = new double[in.getInt()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = Double.longBitsToDouble(in.getLong());
    }
    String[] subjects = new String[in.getInt()];
    for (int i = 0; i < subjects.length; i++) {
      subjects[i] = getUtf8(in);
    }
    return new PackedClaim(node, claimId, published, tokens, numbers, subjects, keys);
  }

  /** Reads a string written by {@link Bytes#putUtf8} and moves past it. */
  public static String getUtf8(ByteBuffer in) {
    int n = in.getInt();
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** A growable byte array written big-endian, read back with a heap {@link ByteBuffer}. */
  public static final class Bytes {
    private byte[] buf;
    private int size;

    public Bytes(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    public int size() {
      return size;
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    public void putInt(int v) {
      ensure(4);
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    void putIntAt(int pos, int v) {
      buf[pos] = (byte) (v >>> 24);
      buf[pos + 1] = (byte) (v >>> 16);
      buf[pos + 2] = (byte) (v >>> 8);
      buf[pos + 3] = (byte) v;
    }

    public void putLong(long v) {
      putInt((int) (v >>> 32));
      putInt((int) v);
    }

    /** Appends the record at {@code in}'s position as is (no decoding) and moves past it. */
    public void putRecord(ByteBuffer in) {
      int length = in.getInt(in.position());
      ensure(4 + length);
      in.get(buf, size, 4 + length);
      size += 4 + length;
    }

    /** Appends a string, length-prefixed UTF-8; {@link PackedClaim#getUtf8} reads it back. */
    public void putUtf8(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      putInt(b.length);
      ensure(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    public byte[] toArray() {
      return Arrays.copyOf(buf, size);
    }
  }
}
