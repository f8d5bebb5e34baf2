package io.claimtrace.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived ids: the same input gives the same id on any machine and cluster size. */
public final class Ids {
  private Ids() {}

  /** The first {@code hexChars} hex digits of the SHA-256 of {@code text} (UTF-8). */
  public static String sha256Hex(String text, int hexChars) {
    byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, (hexChars + 1) / 2).substring(0, hexChars);
  }

  /** One digest per thread: {@code MessageDigest.getInstance} costs more than hashing a short id. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  });
  private static final HexFormat HEX = HexFormat.of();

  /** Article ids are 32 hex digits (128 bits): collision-free at any corpus size we can meet. */
  public static String articleId(String key) {
    return sha256Hex(key, 32);
  }
}
