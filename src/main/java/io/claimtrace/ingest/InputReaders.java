package io.claimtrace.ingest;

import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipException;

/** Picks the reader for a split's format. Never throws for bad content: that becomes a reject. */
public final class InputReaders {
  private InputReaders() {}

  /**
   * Streams the records of one split. The caller must exhaust or close the iterator;
   * iterators that hold a stream implement {@link AutoCloseable}.
   */
  public static Iterator<ReadItem> read(InputSplit split, InputOpener opener, IngestConfig config) {
    String source = split.displayPath();
    if (split.fileSize() == 0) {
      return List.of(ReadItem.of(Reject.of(source, "ingest", RejectReason.EMPTY_FILE, null))).iterator();
    }
    try {
      return switch (split.format()) {
        case HTML -> HtmlFileReader.read(split, opener, config).iterator();
        case FEED -> FeedReader.read(split, opener, config).iterator();
        case JSONL -> new JsonlReader(split, opener, config);
        case WARC -> new WarcFileReader(split, opener, config);
        case UNSUPPORTED -> List.of(ReadItem.of(Reject.of(source, "ingest", RejectReason.UNSUPPORTED_FILE,
            "expected .html, .htm, .warc(.gz), .jsonl(.gz) or RSS/Atom .xml"))).iterator();
      };
    } catch (EOFException | ZipException e) {
      RejectReason why = split.format() == InputFormat.WARC ? RejectReason.TRUNCATED_WARC : RejectReason.TRUNCATED_GZIP;
      return List.of(ReadItem.of(Reject.of(source, "ingest", why, e.getMessage()))).iterator();
    } catch (IOException | IllegalArgumentException e) {
      RejectReason why = split.format() == InputFormat.WARC ? RejectReason.TRUNCATED_WARC : RejectReason.UNREADABLE;
      return List.of(ReadItem.of(Reject.of(source, "ingest", why, e.toString()))).iterator();
    }
  }
}
