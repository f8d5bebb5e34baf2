package io.claimtrace.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the HTTP exchanges of {@link FetchResult}s to one {@code .warc.gz} file: a
 * {@code warcinfo} record first, then per exchange a WARC/1.1 {@code request} and a
 * {@code response} record (each its own gzip member, as jwarc's {@link WarcCompression#GZIP}
 * writes them) with {@code WARC-Target-URI}, {@code WARC-Date}, {@code WARC-IP-Address} and
 * {@code WARC-Concurrent-To} linking the pair. Responses are stored as received on the wire
 * (transfer and content encoding intact); cut-off responses carry {@code WARC-Truncated: length}.
 * Exchanges that got no response bytes are skipped.
 *
 * <p>Thread-safety: {@link #write(FetchResult)} is synchronized, so one instance may be shared by
 * fetch threads; a request/response pair is never interleaved with another.
 */
public final class WarcOutput implements Closeable {

  private final WarcWriter writer;
  private final FileChannel channel;

  /** Creates (or truncates) {@code file} and writes the warcinfo record. */
  public WarcOutput(Path file, String software) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    this.writer = new WarcWriter(channel, WarcCompression.GZIP);
    String fields = "software: " + software + "\r\nformat: WARC File Format 1.1\r\n"
        + "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n";
    writer.write(new Warcinfo.Builder()
        .version(MessageVersion.WARC_1_1)
        .date(Instant.now())
        .filename(file.getFileName().toString())
        .body(MediaType.parse("application/warc-fields"), fields.getBytes(StandardCharsets.UTF_8))
        .build());
  }

  /** Writes all exchanges of {@code result}; returns how many request/response pairs. */
  public synchronized int write(FetchResult result) throws IOException {
    int pairs = 0;
    for (FetchResult.Exchange x : result.exchanges()) {
      if (x.response().length == 0) {
        continue;
      }
      URI target = x.uri();
      WarcRequest.Builder rq = new WarcRequest.Builder(target)
          .version(MessageVersion.WARC_1_1)
          .date(x.date())
          .body(MediaType.HTTP_REQUEST, x.request());
      if (x.ip() != null) {
        rq.ipAddress(x.ip());
      }
      WarcRequest request = rq.build();
      WarcResponse.Builder rs = new WarcResponse.Builder(target)
          .version(MessageVersion.WARC_1_1)
          .date(x.date())
          .body(MediaType.HTTP_RESPONSE, x.response())
          .concurrentTo(request.id());
      if (x.ip() != null) {
        rs.ipAddress(x.ip());
      }
      if (x.truncated()) {
        rs.truncated(WarcTruncationReason.LENGTH);
      }
      writer.write(request);
      writer.write(rs.build());
      pairs++;
    }
    return pairs;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      writer.close();
    } finally {
      channel.close();
    }
  }
}
