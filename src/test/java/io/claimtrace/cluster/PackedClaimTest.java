package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedClaimTest {
  private final MinHasher hasher = new MinHasher(16, 5, 7);

  private static ClaimFeatures features(String id) {
    return ClaimFeatures.of(id, "veridian_labs content filter deny 47% request halo assistant num:1.5 über",
        List.of(new String[] {"Veridian Labs", "ORG", "Q1"}, new String[] {"Halo", "PRODUCT", null},
            new String[] {"Paris", "LOC", null}));
  }

  /** If ClaimFeatures gains a field, this fails until PackedClaim carries it too. */
  @Test
  void givesBackExactlyTheFeaturesItWasBuiltFrom() {
    ClaimFeatures f = features("c1");
    assertFalse(f.subjects().isEmpty());
    assertFalse(f.numbers().isEmpty());
    PackedClaim p = PackedClaim.of(f, 123L, hasher);
    assertEquals(f, p.features());
    PackedClaim.Bytes out = new PackedClaim.Bytes(8);
    p.write(out);
    PackedClaim back = PackedClaim.read(ByteBuffer.wrap(out.toArray()));
    assertEquals(f, back.features());
    assertEquals(123L, back.publishedMicros);
    assertEquals(p.node, back.node);
    assertArrayEquals(p.bandKeys(), back.bandKeys());
    assertArrayEquals(hasher.bandKeys(hasher.signature(f.shingles())), back.bandKeys());
  }

  @Test
  void recordsCanBeSkippedOrReadForTheirBandKeysOnly() {
    PackedClaim.Bytes out = new PackedClaim.Bytes(8);
    PackedClaim a = PackedClaim.of(features("a"), 1L, hasher);
    PackedClaim empty = PackedClaim.of(ClaimFeatures.of("e", "", List.of()), Long.MAX_VALUE, hasher);
    PackedClaim b = PackedClaim.of(features("b"), 2L, hasher);
    a.write(out);
    empty.write(out);
    b.write(out);
    ByteBuffer in = ByteBuffer.wrap(out.toArray());
    long[] node = new long[1];
    long[] keys = new long[16];
    assertEquals(16, PackedClaim.readBandKeys(in, node, keys));
    assertEquals(a.node, node[0]);
    assertArrayEquals(a.bandKeys(), keys);
    assertEquals(0, PackedClaim.readBandKeys(in, node, keys), "a claim without tokens has no band keys");
    assertTrue(empty.noTokens());
    PackedClaim again = PackedClaim.read(in);
    assertEquals("b", again.claimId);
    assertFalse(in.hasRemaining());
    in.rewind();
    PackedClaim.skip(in);
    PackedClaim.skip(in);
    assertEquals("b", PackedClaim.read(in).claimId);
  }

  @Test
  void recordsCanBePeekedReadForTheirIdentityOrCopiedAsIs() {
    PackedClaim.Bytes out = new PackedClaim.Bytes(8);
    PackedClaim a = PackedClaim.of(features("a"), 11L, hasher);
    PackedClaim b = PackedClaim.of(features("b"), Long.MAX_VALUE, hasher);
    a.write(out);
    b.write(out);
    ByteBuffer in = ByteBuffer.wrap(out.toArray());
    assertEquals(a.node, PackedClaim.peekNode(in));
    assertEquals(0, in.position(), "peeking does not move");
    assertEquals(new PackedClaim.Identity(a.node, 11L, "a"), PackedClaim.readIdentity(in));
    PackedClaim.Bytes copy = new PackedClaim.Bytes(8);
    copy.putRecord(in);
    copy.putUtf8("après");
    assertFalse(in.hasRemaining());
    ByteBuffer back = ByteBuffer.wrap(copy.toArray());
    PackedClaim b2 = PackedClaim.read(back);
    assertEquals(b.features(), b2.features());
    assertEquals(Long.MAX_VALUE, b2.publishedMicros);
    assertEquals("après", PackedClaim.getUtf8(back));
    assertFalse(back.hasRemaining());
  }

  @Test
  void nodeIdsAreStableHashesOfTheClaimId() {
    assertEquals(PackedClaim.nodeId("claim-1"), PackedClaim.nodeId("claim-1"));
    assertNotEquals(PackedClaim.nodeId("claim-1"), PackedClaim.nodeId("claim-2"));
  }
}
