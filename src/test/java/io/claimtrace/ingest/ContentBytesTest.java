package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentBytesTest {
  @Test
  void utf8BytesWinOverAWrongLatin1Declaration() {
    String html = "<meta charset=\"iso-8859-1\"><p>“Quoted” costs 5 €</p>";
    assertEquals(html, ContentBytes.decodeHtml(html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void latin1BytesDeclaredAsUtf8FallBackToWindows1252() {
    String html = "<meta charset=\"utf-8\"><p>caf\u00e9 \u2019s</p>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
    assertEquals(html, ContentBytes.decodeHtml(bytes, "utf-8"));
  }

  @Test
  void declaredCharsetIsUsedWhenBytesAreNotUtf8() {
    String html = "<meta charset=\"koi8-r\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>";
    assertEquals(html, ContentBytes.decodeHtml(html.getBytes(Charset.forName("koi8-r")), null));
  }

  @Test
  void bomDecides() {
    byte[] body = "<p>ok</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    assertEquals("<p>ok</p>", ContentBytes.decodeHtml(withBom, null));
    assertFalse(ContentBytes.looksBinary(withBom), "UTF-16 text with a BOM is text");
  }

  @Test
  void binarySniffing() {
    assertTrue(ContentBytes.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    assertTrue(ContentBytes.looksBinary("abc\0def".getBytes(StandardCharsets.ISO_8859_1)));
    byte[] noise = new byte[100];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 3 == 0 ? 1 : 'a');
    }
    assertTrue(ContentBytes.looksBinary(noise), "a third control characters");
    assertFalse(ContentBytes.looksBinary("<html>\n\t<p>plain</p>\r\n</html>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void cappedReadStopsAtTheCapAndSaysSo() throws Exception {
    byte[] big = new byte[1000];
    ContentBytes.Capped c = ContentBytes.readCapped(new ByteArrayInputStream(big), 100);
    assertEquals(100, c.bytes().length);
    assertTrue(c.truncated());
    ContentBytes.Capped exact = ContentBytes.readCapped(new ByteArrayInputStream(big), 1000);
    assertEquals(1000, exact.bytes().length);
    assertFalse(exact.truncated());
  }
}
