package io.claimtrace.ingest;

import static io.claimtrace.ingest.ReaderFixtures.docs;
import static io.claimtrace.ingest.ReaderFixtures.readAll;
import static io.claimtrace.ingest.ReaderFixtures.rejectCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
  @TempDir Path dir;

  static void response(WarcWriter w, String uri, int status, String type, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
        .body(MediaType.parse(type), body).build();
    w.write(new WarcResponse.Builder(uri).date(date).body(http).build());
  }

  private Path warc(String name) throws IOException {
    Path f = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      response(w, "https://a.com/1", 200, "text/html; charset=utf-8",
          "<html><body><p>Caf\u00e9 story</p></body></html>".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-03-01T10:00:00Z"));
      response(w, "https://a.com/robots.txt", 200, "text/plain", "User-agent: *".getBytes(StandardCharsets.UTF_8), Instant.now());
      response(w, "https://a.com/gone", 404, "text/html", "<p>nope</p>".getBytes(StandardCharsets.UTF_8), Instant.now());
      response(w, "https://a.com/2", 200, "text/html; charset=iso-8859-1",
          "<p>Na\u00efve</p>".getBytes(StandardCharsets.ISO_8859_1), Instant.parse("2026-03-02T10:00:00Z"));
    }
    return f;
  }

  @Test
  void htmlResponsesBecomeDocumentsOthersAreRejectedWithTheirReason() throws IOException {
    Path f = warc("a.warc.gz");
    List<ReadItem> items = readAll(InputSplit.whole(f.toString(), InputFormat.WARC, Files.size(f)));
    List<RawDocument> docs = docs(items);
    assertEquals(2, docs.size());
    assertEquals("https://a.com/1", docs.get(0).url());
    assertTrue(docs.get(0).html().contains("Caf\u00e9 story"));
    assertEquals(Instant.parse("2026-03-01T10:00:00Z"), docs.get(0).fetchedAt());
    assertTrue(docs.get(0).source().startsWith(f + "#urn:uuid:"), docs.get(0).source());
    assertTrue(docs.get(1).html().contains("Na\u00efve"), "declared latin-1 bytes decoded");
    assertEquals(List.of("unsupported_content_type", "http_status"), rejectCodes(items));
    assertTrue(items.get(2).reject().reason().contains("404"), items.get(2).reject().reason());
  }

  @Test
  void truncatedWarcKeepsEarlierRecordsAndRejectsOnce() throws IOException {
    Path whole = warc("b.warc.gz");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 60));
    List<ReadItem> items = readAll(InputSplit.whole(cut.toString(), InputFormat.WARC, Files.size(cut)));
    assertEquals(1, docs(items).size());
    List<String> codes = rejectCodes(items);
    assertEquals("truncated_warc", codes.get(codes.size() - 1));
    assertEquals(1, codes.stream().filter("truncated_warc"::equals).count());
  }

  @Test
  void aFileThatIsNotAWarcIsOneReject() throws IOException {
    Path f = dir.resolve("fake.warc");
    Files.writeString(f, "this is not a warc file at all\n", StandardCharsets.UTF_8);
    List<ReadItem> items = readAll(InputSplit.whole(f.toString(), InputFormat.WARC, Files.size(f)));
    assertEquals(List.of("truncated_warc"), rejectCodes(items));
  }
}
