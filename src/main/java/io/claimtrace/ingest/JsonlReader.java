package io.claimtrace.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams one JSONL file, or one byte range of it, as raw documents. Each line is a JSON object
 * with {@code url} and {@code html} or {@code text} (required) and optional {@code title},
 * {@code published_at}, {@code outlet}, {@code byline}, {@code language}; other fields are ignored.
 *
 * <p>A range owns the lines that start inside it (the Hadoop text-input convention), so ranges
 * can be read in parallel without losing or doubling a line, and {@link InputSplit#linesBefore()}
 * keeps line numbers exact. Gzip files are read whole; a truncated gzip keeps the lines before
 * the damage and adds one {@code truncated_gzip} reject.
 */
final class JsonlReader extends StreamingReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The same date rules as page metadata, so a JSONL date means what it would in a page. */
  private static final DateParser DATES = new DateParser(java.time.Clock.systemUTC());

  private final InputSplit split;
  private final String file;
  private final IngestConfig config;
  private final InputStream in;
  private final long end; // exclusive; a line starting at or after it belongs to the next range
  private long position; // byte offset in the (uncompressed) file of the next byte to read
  private long lineNumber; // 1-based number of the next line

  JsonlReader(InputSplit split, InputOpener opener, IngestConfig config) throws IOException {
    this.split = split;
    this.file = split.displayPath();
    this.config = config;
    if (split.isWholeFile()) {
      BufferedInputStream raw = new BufferedInputStream(opener.open(split.path(), 0), 65536);
      raw.mark(2);
      byte[] head = raw.readNBytes(2);
      raw.reset();
      this.in = ContentBytes.isGzip(head) ? new BufferedInputStream(new GZIPInputStream(raw, 65536), 65536) : raw;
      this.end = Long.MAX_VALUE;
      this.position = 0;
      this.lineNumber = 1;
    } else {
      long start = split.start();
      long seek = Math.max(0, start - 1);
      this.in = new BufferedInputStream(opener.open(split.path(), seek), 65536);
      this.position = seek;
      this.end = start + split.length();
      this.lineNumber = split.linesBefore() + 1;
      if (start > 0) {
        // The byte before the range decides: a newline there means a line starts exactly at start.
        int b = in.read();
        position++;
        if (b != '\n') {
          skipToNewline();
          lineNumber++;
        }
      }
    }
  }

  @Override
  protected ReadItem advance() {
    if (position >= end) {
      done = true;
      return null;
    }
    long line = lineNumber;
    String source = file + ":" + line;
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
      boolean tooLong = false;
      boolean sawAny = false;
      int b;
      while ((b = in.read()) != -1) {
        position++;
        sawAny = true;
        if (b == '\n') {
          break;
        }
        if (buf.size() < config.maxLineBytes()) {
          buf.write(b);
        } else {
          tooLong = true;
        }
      }
      if (!sawAny) {
        done = true;
        return null;
      }
      lineNumber++;
      if (b == -1) {
        done = true;
      }
      if (tooLong) {
        return ReadItem.of(Reject.of(source, "ingest", RejectReason.TOO_LARGE,
            "line longer than " + config.maxLineBytes() + " bytes"));
      }
      String text = buf.toString(StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        return null; // blank lines separate nothing in JSONL; they are not records
      }
      return parse(source, text);
    } catch (EOFException | ZipException e) {
      done = true;
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.TRUNCATED_GZIP,
          "stream ends inside line " + line + " (" + e.getMessage() + ")"));
    } catch (IOException e) {
      done = true;
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.UNREADABLE, e.toString()));
    }
  }

  private ReadItem parse(String source, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.INVALID_JSON, firstLine(e.getOriginalMessage())));
    }
    if (node == null || !node.isObject()) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.INVALID_JSON, "line is not a JSON object"));
    }
    String url = str(node, "url");
    if (url == null) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.MISSING_FIELD, "url"));
    }
    String html = str(node, "html");
    String text = str(node, "text");
    if (html == null && text == null) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.MISSING_FIELD, "html or text"));
    }
    boolean truncated = false;
    if (html != null && html.length() > config.maxPageBytes()) {
      html = html.substring(0, (int) config.maxPageBytes());
      truncated = true;
    }
    return ReadItem.of(new RawDocument(source, "jsonl", url, html, false, html == null ? text : null,
        str(node, "title"), DATES.parse(str(node, "published_at")), str(node, "outlet"), str(node, "byline"),
        str(node, "language"), null, truncated));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }



  private static String firstLine(String s) {
    if (s == null) {
      return "unparseable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private void skipToNewline() throws IOException {
    int b;
    while ((b = in.read()) != -1) {
      position++;
      if (b == '\n') {
        return;
      }
    }
    done = true;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InputSplit split() {
    return split;
  }
}
