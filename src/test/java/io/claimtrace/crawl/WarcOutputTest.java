package io.claimtrace.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

class WarcOutputTest {

  @TempDir
  Path dir;

  @Test
  void writesRequestAndResponseRecordsReadableByJwarc() throws Exception {
    byte[] html = "<html><body>archived page</body></html>".getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("crawl-00000.warc.gz");
    List<Long> offsets = new ArrayList<>();
    try (TestServer server = new TestServer()) {
      server.redirect("/old", "/page");
      server.on("/page", ex -> {
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, 0); // chunked on the wire
        try (OutputStream out = ex.getResponseBody()) {
          out.write(FetcherTest.gzip(html));
        }
      });
      FetchResult r = FetcherTest.loopbackFetcher(FetcherTest.config()).fetch(server.uri("/old"));
      assertEquals(FetchOutcome.FETCHED, r.outcome(), r.reason());
      try (WarcOutput warc = new WarcOutput(file, "claimtrace-test")) {
        assertEquals(2, warc.write(r));
      }

      List<WarcRecord> records = new ArrayList<>();
      List<String> types = new ArrayList<>();
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord rec : reader) {
          offsets.add(reader.position());
          types.add(rec.type());
          assertEquals(MessageVersion.WARC_1_1, rec.version());
          if (rec instanceof WarcResponse resp) {
            assertEquals("127.0.0.1", resp.ipAddress().orElseThrow().getHostAddress());
            assertFalse(resp.headers().first("WARC-Date").isEmpty());
            if (resp.target().endsWith("/page")) {
              assertEquals(200, resp.http().status());
              try (InputStream body = resp.http().bodyDecoded().stream()) {
                assertArrayEquals(html, body.readAllBytes());
              }
            } else {
              assertEquals(server.uri("/old").toString(), resp.target());
              assertEquals(302, resp.http().status());
            }
            assertEquals(1, resp.concurrentTo().size());
          } else if (rec instanceof WarcRequest req) {
            assertEquals("GET", req.http().method());
            assertEquals(FetcherTest.UA, req.http().headers().first("User-Agent").orElseThrow());
            assertTrue(req.ipAddress().isPresent());
          } else {
            assertTrue(rec instanceof Warcinfo);
          }
          records.add(rec);
        }
      }
      assertEquals(List.of("warcinfo", "request", "response", "request", "response"), types);
    }
    // one gzip member per record: every record offset starts a gzip stream holding one WARC header
    try (FileChannel ch = FileChannel.open(file)) {
      for (long offset : offsets) {
        ch.position(offset);
        GZIPInputStream gz = new GZIPInputStream(Channels.newInputStream(ch));
        byte[] head = gz.readNBytes(8);
        assertEquals("WARC/1.1", new String(head, StandardCharsets.US_ASCII), "at " + offset);
      }
    }
  }

  @Test
  void truncatedResponseIsMarked() throws Exception {
    Path file = dir.resolve("t.warc.gz");
    try (TestServer server = new TestServer()) {
      byte[] big = new byte[3 * 1024 * 1024];
      server.on("/big", ex -> TestServer.send(ex, 200, "text/html", big));
      FetchResult r = FetcherTest.loopbackFetcher(FetcherTest.config()).fetch(server.uri("/big"));
      assertEquals(FetchOutcome.TOO_LARGE, r.outcome());
      try (WarcOutput warc = new WarcOutput(file, "claimtrace-test")) {
        warc.write(r);
      }
    }
    try (WarcReader reader = new WarcReader(file)) {
      int responses = 0;
      for (WarcRecord rec : reader) {
        if (rec instanceof WarcResponse resp) {
          responses++;
          assertEquals("length", resp.headers().first("WARC-Truncated").orElseThrow());
        }
      }
      assertEquals(1, responses);
    }
  }
}
