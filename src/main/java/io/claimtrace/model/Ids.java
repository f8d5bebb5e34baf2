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
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Article ids are 32 hex digits (128 bits): collision-free at any corpus size we can meet. */
  public static String articleId(String key) {
    return sha256Hex(key, 32);
  }
}
