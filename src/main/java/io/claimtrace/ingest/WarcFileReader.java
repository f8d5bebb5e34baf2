package io.claimtrace.ingest;

import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the captures of one WARC file (plain or gzip, via jwarc) as raw documents.
 *
 * <p>Only {@code response} records with an HTTP 200 HTML payload (and {@code resource} records
 * of HTML) become documents. Other responses are rejected with their status or content type;
 * {@code request}, {@code warcinfo}, {@code metadata}, {@code revisit} and {@code conversion}
 * records describe captures rather than carry articles and are skipped. A truncated or
 * malformed record ends the file with one {@code truncated_warc} reject; the records read before
 * it are kept.
 */
final class WarcFileReader extends StreamingReader {
  private final String file;
  private final IngestConfig config;
  private final InputStream in;
  private final WarcReader reader;

  WarcFileReader(InputSplit split, InputOpener opener, IngestConfig config) throws IOException {
    this.file = split.displayPath();
    this.config = config;
    this.in = opener.open(split.path(), 0);
    WarcReader r;
    try {
      r = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      in.close();
      throw e;
    }
    this.reader = r;
  }

  /** Returns the next item, or null to keep looking (a skipped record), setting done at the end. */
  @Override
  protected ReadItem advance() {
    long position = reader.position();
    try {
      Optional<WarcRecord> maybe = reader.next();
      if (maybe.isEmpty()) {
        finish();
        return null;
      }
      WarcRecord record = maybe.get();
      if (record instanceof WarcResponse response) {
        return fromResponse(response);
      }
      if (record instanceof WarcResource resource) {
        return fromResource(resource);
      }
      return null;
    } catch (IOException | RuntimeException e) {
      finish();
      String source = file + "@" + position;
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.TRUNCATED_WARC,
          "at byte " + position + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
  }

  private ReadItem fromResponse(WarcResponse response) throws IOException {
    String uri = response.target();
    String source = file + "#" + response.id();
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.HTTP_STATUS, "HTTP " + http.status() + " for " + uri));
    }
    MediaType type = http.contentType();
    if (!isHtml(type)) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.UNSUPPORTED_CONTENT_TYPE,
          (type == null ? "none" : type.base().toString()) + " for " + uri));
    }
    ContentBytes.Capped capped;
    try (InputStream body = http.bodyDecoded().stream()) {
      capped = ContentBytes.readCapped(body, config.maxPageBytes());
    }
    String charset = type == null ? null : type.parameters().get("charset");
    return HtmlFileReader.fromBytes(source, "warc", uri, capped, charset, response.date(), config);
  }

  private ReadItem fromResource(WarcResource resource) throws IOException {
    String uri = resource.target();
    String source = file + "#" + resource.id();
    MediaType type = resource.payloadType();
    if (!isHtml(type)) {
      return ReadItem.of(Reject.of(source, "ingest", RejectReason.UNSUPPORTED_CONTENT_TYPE,
          (type == null ? "none" : type.base().toString()) + " for " + uri));
    }
    ContentBytes.Capped capped;
    try (InputStream body = resource.body().stream()) {
      capped = ContentBytes.readCapped(body, config.maxPageBytes());
    }
    String charset = type.parameters().get("charset");
    return HtmlFileReader.fromBytes(source, "warc", uri, capped, charset, resource.date(), config);
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private void finish() {
    done = true;
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    done = true;
    reader.close();
    in.close();
  }
}
