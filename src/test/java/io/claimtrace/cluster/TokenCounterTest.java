package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenCounterTest {
  @Test
  void countsLikeAHashMapOfStrings() {
    SplittableRandom r = new SplittableRandom(5);
    String[] vocabulary = new String[3000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = (i % 7 == 0 ? "über" : i % 11 == 0 ? "数据" : "w") + i;
    }
    Map<String, Long> expected = new HashMap<>();
    TokenCounter counter = new TokenCounter();
    // tokens live at varying offsets of several arrays, as in cached claim blocks
    for (int block = 0; block < 20; block++) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      buf.put((byte) 7);
      int n = 0;
      int[] at = new int[2000];
      int[] len = new int[2000];
      while (n < 2000) {
        String t = vocabulary[(int) Math.floor(Math.pow(r.nextDouble(), 3) * vocabulary.length)];
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        at[n] = buf.position();
        len[n] = b.length;
        buf.put(b);
        expected.merge(t, 1L, Long::sum);
        n++;
      }
      for (int i = 0; i < n; i++) {
        counter.add(buf.array(), at[i], len[i]);
      }
    }
    Map<String, Long> counted = new HashMap<>();
    counter.forEach(counted::put);
    assertEquals(expected, counted);
    assertEquals(expected.size(), counter.size());
  }

  @Test
  void countsTheTokensOfPackedClaims() {
    MinHasher hasher = new MinHasher(4, 2, 1);
    PackedClaim.Bytes out = new PackedClaim.Bytes(8);
    PackedClaim.of(ClaimFeatures.of("a", "leak memo deny 47% request", List.of()), 1L, hasher).write(out);
    PackedClaim.of(ClaimFeatures.of("b", "memo deny über", List.of()), 2L, hasher).write(out);
    PackedClaim.of(ClaimFeatures.of("c", "", List.of()), 3L, hasher).write(out);
    ByteBuffer in = ByteBuffer.wrap(out.toArray());
    TokenCounter counter = new TokenCounter();
    while (in.hasRemaining()) {
      PackedClaim.countTokens(in, counter);
    }
    Map<String, Long> counted = new HashMap<>();
    counter.forEach(counted::put);
    assertEquals(Map.of("leak", 1L, "memo", 2L, "deny", 2L, "request", 1L, "über", 1L), counted);
  }
}
