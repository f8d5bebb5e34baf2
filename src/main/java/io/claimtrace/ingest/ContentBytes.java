package io.claimtrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level checks shared by the readers: capped reads, binary sniffing and charset
 * decoding that survives wrong declarations.
 *
 * <p>Decoding rule: a byte-order mark wins; otherwise bytes that are valid UTF-8 are decoded as
 * UTF-8 whatever the page declares (valid multi-byte UTF-8 is almost never intended as Latin-1,
 * and a wrong {@code iso-8859-1} declaration on UTF-8 bytes is the common case in the wild);
 * otherwise the declared charset (HTTP header, then {@code <meta>}) is used when Java knows it;
 * otherwise windows-1252, which maps every byte.
 */
public final class ContentBytes {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

  private ContentBytes() {}

  /** Bytes read up to a cap, and whether the input had more. */
  public record Capped(byte[] bytes, boolean truncated) {}

  /**
   * Reads at most {@code cap} bytes. When the stream has more, reading stops there and
   * {@code truncated} is true: the rest is not read, so a 50 MB page costs 5 MB at most.
   */
  public static Capped readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[65536];
    long total = 0;
    while (true) {
      int want = (int) Math.min(buf.length, cap - total);
      if (want <= 0) {
        return new Capped(out.toByteArray(), in.read() != -1);
      }
      int n = in.read(buf, 0, want);
      if (n < 0) {
        return new Capped(out.toByteArray(), false);
      }
      out.write(buf, 0, n);
      total += n;
    }
  }

  /**
   * True when the bytes are not text: a known binary signature, a NUL byte, or more than 10% of
   * control characters in the first 8 KB.
   */
  public static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    if (n == 0) {
      return false;
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, '%', 'P', 'D', 'F') || startsWith(b, 'P', 'K', 3, 4)
        || startsWith(b, 'G', 'I', 'F', '8') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return true;
    }
    int offset = hasUtf16Bom(b) ? n : 0; // UTF-16 text has many NULs; it is text
    int control = 0;
    for (int i = offset; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return control * 10 > n;
  }

  /** True when the stream starts with the gzip magic number. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** Decodes HTML bytes; {@code headerCharset} is the HTTP charset parameter or null. */
  public static String decodeHtml(byte[] b, String headerCharset) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    String utf8 = strictUtf8(b);
    if (utf8 != null) {
      return utf8;
    }
    Charset declared = charset(headerCharset);
    if (declared == null) {
      String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = charset(m.group(1));
      }
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(b, declared);
    }
    return new String(b, WINDOWS_1252);
  }

  /** Decodes text that should be UTF-8 (JSONL, plain text); invalid bytes become U+FFFD. */
  public static String decodeUtf8(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.UTF_8);
  }

  private static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers treat latin-1 labels as windows-1252 (WHATWG Encoding); so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
