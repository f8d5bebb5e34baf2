package io.claimtrace.ingest;

import static io.claimtrace.ingest.ReaderFixtures.docs;
import static io.claimtrace.ingest.ReaderFixtures.readAll;
import static io.claimtrace.ingest.ReaderFixtures.rejectCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonlReaderTest {
  @TempDir Path dir;

  @Test
  void readsFieldsAndRejectsBadLinesWithTheirLineNumbers() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"url\":\"https://x.com/1\",\"text\":\"Para one.\\n\\nPara two.\",\"title\":\"T\",\"published_at\":\"2026-03-12T09:30:00+01:00\",\"outlet\":\"X.com\",\"byline\":\"A B\",\"language\":\"en\",\"extra\":{\"ignored\":true}}",
        "",
        "{not json",
        "{\"text\":\"no url\"}",
        "{\"url\":\"https://x.com/2\"}",
        "[1,2]",
        "{\"url\":\"https://x.com/3\",\"html\":\"<p>hi</p>\",\"published_at\":\"2026-03-12\"}"), StandardCharsets.UTF_8);
    List<ReadItem> items = readAll(InputSplit.whole(f.toString(), InputFormat.JSONL, Files.size(f)));
    List<RawDocument> docs = docs(items);
    assertEquals(2, docs.size());
    RawDocument first = docs.get(0);
    assertEquals(f + ":1", first.source());
    assertEquals("https://x.com/1", first.url());
    assertEquals("Para one.\n\nPara two.", first.text());
    assertNull(first.html());
    assertEquals("T", first.title());
    assertEquals(Instant.parse("2026-03-12T08:30:00Z"), first.publishedAt());
    assertEquals("X.com", first.outlet());
    assertEquals("en", first.language());
    assertEquals(f + ":7", docs.get(1).source());
    assertEquals(Instant.parse("2026-03-12T00:00:00Z"), docs.get(1).publishedAt());
    assertEquals(List.of("invalid_json", "missing_field", "missing_field", "invalid_json"), rejectCodes(items));
    List<String> sources = items.stream().filter(i -> i.reject() != null).map(i -> i.reject().source()).toList();
    assertEquals(List.of(f + ":3", f + ":4", f + ":5", f + ":6"), sources);
    assertTrue(items.get(2).reject().reason().contains("url"), items.get(2).reject().reason());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 50, 64, 100, 333})
  void rangesReadEveryLineOnceWithExactLineNumbers(int rangeBytes) throws IOException {
    Path f = dir.resolve("big.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      sb.append("{\"url\":\"https://x.com/").append(i).append("\",\"text\":\"").append("w".repeat(i % 9)).append("\"}\n");
      if (i % 10 == 0) {
        sb.append('\n'); // blank lines count as lines but are not records
      }
    }
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    long size = Files.size(f);
    String[] lines = sb.toString().split("\n", -1);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        expected.add(f + ":" + (i + 1));
      }
    }
    List<String> got = new ArrayList<>();
    long before = 0;
    byte[] bytes = Files.readAllBytes(f);
    for (long start = 0; start < size; start += rangeBytes) {
      long len = Math.min(rangeBytes, size - start);
      InputSplit split = new InputSplit(f.toString(), InputFormat.JSONL, start, len, before, size);
      for (ReadItem item : readAll(split)) {
        got.add(item.document() != null ? item.document().source() : item.reject().source());
      }
      for (long i = start; i < start + len; i++) {
        if (bytes[(int) i] == '\n') {
          before++;
        }
      }
    }
    assertEquals(expected, got);
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeTheDamage() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      for (int i = 0; i < 200; i++) {
        gz.write(("{\"url\":\"https://x.com/" + i + "\",\"text\":\"" + "lorem ipsum ".repeat(20) + i + "\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = buf.toByteArray();
    Path f = dir.resolve("cut.jsonl.gz");
    Files.write(f, Arrays.copyOf(all, all.length / 2));
    List<ReadItem> items = readAll(InputSplit.whole(f.toString(), InputFormat.JSONL, Files.size(f)));
    assertTrue(docs(items).size() > 10, "lines before the damage are kept");
    assertEquals(List.of("truncated_gzip"), rejectCodes(items));
  }

  @Test
  void overlongLinesAreRejectedAndReadingGoesOn() throws IOException {
    Path f = dir.resolve("long.jsonl");
    Files.writeString(f, "{\"url\":\"https://x.com/a\",\"text\":\"" + "a".repeat(5000) + "\"}\n"
        + "{\"url\":\"https://x.com/b\",\"text\":\"short\"}\n", StandardCharsets.UTF_8);
    IngestConfig small = new IngestConfig(5 << 20, 1000, 1 << 20, 100_000, 15, 2000, 1 << 20);
    List<ReadItem> items = new ArrayList<>();
    InputReaders.read(InputSplit.whole(f.toString(), InputFormat.JSONL, Files.size(f)), InputOpener.local(), small)
        .forEachRemaining(items::add);
    assertEquals(List.of("too_large"), rejectCodes(items));
    assertEquals(f + ":2", docs(items).get(0).source());
  }
}
