package io.claimtrace.ingest;

import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads one {@code .html} (or {@code .html.gz}) file into a raw document, or a reject. */
final class HtmlFileReader {
  private HtmlFileReader() {}

  static List<ReadItem> read(InputSplit split, InputOpener opener, IngestConfig config) {
    String source = split.displayPath();
    ContentBytes.Capped capped;
    try (InputStream raw = new BufferedInputStream(opener.open(split.path(), 0))) {
      raw.mark(2);
      byte[] head = raw.readNBytes(2);
      raw.reset();
      InputStream in = ContentBytes.isGzip(head) ? new GZIPInputStream(raw, 65536) : raw;
      capped = ContentBytes.readCapped(in, config.maxPageBytes());
    } catch (EOFException | ZipException e) {
      return List.of(ReadItem.of(Reject.of(source, "ingest", RejectReason.TRUNCATED_GZIP, e.getMessage())));
    } catch (IOException e) {
      return List.of(ReadItem.of(Reject.of(source, "ingest", RejectReason.UNREADABLE, e.toString())));
    }
    return List.of(fromBytes(source, "html", null, capped, null, null, config));
  }

  /** Shared by the file, WARC and JSONL readers: bytes of a page to a raw document or a reject. */
  static ReadItem fromBytes(String source, String format, String url, ContentBytes.Capped capped,
      String headerCharset, java.time.Instant fetchedAt, IngestConfig config) {
    byte[] bytes = capped.bytes();
    if (bytes.length == 0 || isBlank(bytes)) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.EMPTY_FILE, null));
    }
    if (ContentBytes.looksBinary(bytes)) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.BINARY_CONTENT, null));
    }
    String html = ContentBytes.decodeHtml(bytes, headerCharset);
    return ReadItem.of(RawDocument.page(source, format, url, html, fetchedAt, capped.truncated()));
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
        return false;
      }
    }
    return true;
  }
}
