package io.claimtrace.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.xml.sax.InputSource;

/**
 * Reads an RSS 2.0 / RSS 1.0 / Atom file (ROME) into one raw document per item.
 *
 * <p>Full content ({@code content:encoded}, Atom {@code <content>}) is used when the feed has it,
 * else the item description. DOCTYPEs are refused, so external entities can never be expanded
 * (XXE): such a feed is rejected as malformed rather than parsed with the entity resolved.
 */
final class FeedReader {
  private static final Pattern SITEMAP_ROOT = Pattern.compile("<(?:[\\w-]+:)?(urlset|sitemapindex)\\b");

  private FeedReader() {}

  static List<ReadItem> read(InputSplit split, InputOpener opener, IngestConfig config) {
    String file = split.displayPath();
    byte[] bytes;
    boolean truncated;
    try (InputStream raw = new BufferedInputStream(opener.open(split.path(), 0))) {
      raw.mark(2);
      byte[] head = raw.readNBytes(2);
      raw.reset();
      InputStream in = ContentBytes.isGzip(head) ? new GZIPInputStream(raw, 65536) : raw;
      ContentBytes.Capped capped = ContentBytes.readCapped(in, config.maxFeedBytes());
      bytes = capped.bytes();
      truncated = capped.truncated();
    } catch (EOFException | ZipException e) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.TRUNCATED_GZIP, e.getMessage())));
    } catch (IOException e) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.UNREADABLE, e.toString())));
    }
    if (bytes.length == 0) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.EMPTY_FILE, null)));
    }
    if (ContentBytes.looksBinary(bytes)) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.BINARY_CONTENT, null)));
    }
    if (truncated) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.TOO_LARGE,
          "feed larger than " + config.maxFeedBytes() + " bytes")));
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    if (SITEMAP_ROOT.matcher(head).find()) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.UNSUPPORTED_FILE,
          "XML sitemap, not a feed (give sitemaps to the crawl command)")));
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(ReadItem.of(Reject.of(file, "ingest", RejectReason.MALFORMED_FEED, oneLine(e.getMessage()))));
    }
    String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
    List<ReadItem> items = new ArrayList<>();
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      String link = entry.getLink() != null ? entry.getLink().strip() : null;
      if ((link == null || link.isEmpty()) && entry.getUri() != null && Urls.isWeb(entry.getUri())) {
        link = entry.getUri().strip();
      }
      String source = file + "#" + (link != null && !link.isEmpty() ? link : "item-" + index);
      String html = content(entry);
      if (html == null || html.isBlank()) {
        items.add(ReadItem.of(Reject.of(source, "ingest", RejectReason.NO_TEXT, "feed item has no content or description")));
        continue;
      }
      Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      items.add(ReadItem.of(new RawDocument(source, format, link, html, true, null, clean(entry.getTitle()),
          published == null ? null : published.toInstant(), null, author(entry), feed.getLanguage(),
          null, false)));
    }
    return items;
  }

  /** The fullest body the item offers: content (longest) over description. */
  private static String content(SyndEntry entry) {
    String best = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
        best = c.getValue();
      }
    }
    if (best == null && entry.getDescription() != null) {
      best = entry.getDescription().getValue();
    }
    return best;
  }

  private static String author(SyndEntry entry) {
    if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      return entry.getAuthor().strip();
    }
    List<String> names = new ArrayList<>();
    for (SyndPerson p : entry.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        names.add(p.getName().strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String oneLine(String s) {
    return s == null ? "unparseable" : s.replaceAll("\\s+", " ").strip();
  }

}
