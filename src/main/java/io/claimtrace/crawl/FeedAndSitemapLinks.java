package io.claimtrace.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.InputSource;

/**
 * Extracts links to follow from RSS/Atom feeds (Rome) and XML sitemaps, news sitemaps, sitemap
 * indexes and plain-text sitemaps (crawler-commons {@link SiteMapParser}).
 *
 * <p>XML hardening: DOCTYPE declarations are refused by both parsers (Rome
 * {@code setAllowDoctypes(false)}, {@code SiteMapParser.setAllowDocTypeDefinitions(false)}), so
 * external entities (XXE) and entity expansion bombs are never processed; a document containing
 * a DOCTYPE yields an error and no links.
 *
 * <p>Only absolute http(s) links are returned, resolved against the document URL, de-duplicated
 * in document order. Sitemaps are parsed non-strictly (URLs outside the sitemap's folder are kept;
 * scoping to allowed hosts is the frontier's job). Thread-safety: stateless, safe to share.
 */
public final class FeedAndSitemapLinks {

  public enum Kind { RSS_OR_ATOM, SITEMAP, SITEMAP_INDEX, UNKNOWN }

  /**
   * @param kind what the document was
   * @param articles page URLs (feed entries, sitemap {@code <url><loc>})
   * @param sitemaps child sitemaps (of a sitemap index)
   * @param error why nothing was extracted, or null
   */
  public record Links(Kind kind, List<String> articles, List<String> sitemaps, String error) {
    public Links {
      articles = List.copyOf(articles);
      sitemaps = List.copyOf(sitemaps);
    }
  }

  private FeedAndSitemapLinks() {}

  /** Sniffs the document type and extracts links; never throws for bad content. */
  public static Links extract(URI documentUrl, byte[] body, String contentType) {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT);
    if (head.contains("<!doctype") || head.contains("<!entity")) {
      return new Links(Kind.UNKNOWN, List.of(), List.of(), "DOCTYPE not allowed");
    }
    if (head.contains("<urlset") || head.contains("<sitemapindex") || head.contains(":urlset")
        || head.contains(":sitemapindex") || isPlainTextSitemap(head, contentType)) {
      return sitemap(documentUrl, body, contentType);
    }
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return feed(documentUrl, body);
    }
    return new Links(Kind.UNKNOWN, List.of(), List.of(), "neither a feed nor a sitemap");
  }

  private static boolean isPlainTextSitemap(String head, String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain")
        && (head.startsWith("http://") || head.startsWith("https://"));
  }

  /** Parses an RSS 0.9x/1.0/2.0 or Atom feed. */
  public static Links feed(URI documentUrl, byte[] body) {
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(body)));
      Set<String> out = new LinkedHashSet<>();
      for (SyndEntry e : feed.getEntries()) {
        String link = e.getLink();
        if (link == null || link.isBlank()) {
          for (SyndLink l : e.getLinks()) {
            if (l.getRel() == null || "alternate".equals(l.getRel())) {
              link = l.getHref();
              break;
            }
          }
        }
        if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
          link = e.getUri(); // RSS guid isPermaLink
        }
        add(out, documentUrl, link);
      }
      return new Links(Kind.RSS_OR_ATOM, new ArrayList<>(out), List.of(), null);
    } catch (Exception e) {
      return new Links(Kind.RSS_OR_ATOM, List.of(), List.of(), "bad feed: " + e.getMessage());
    }
  }

  /** Parses a sitemap, news sitemap, sitemap index or plain-text sitemap (also gzipped). */
  public static Links sitemap(URI documentUrl, byte[] body, String contentType) {
    try {
      SiteMapParser parser = new SiteMapParser(false);
      parser.setAllowDocTypeDefinitions(false);
      parser.enableExtensions();
      String ct = contentType == null ? "application/xml" : contentType;
      URL url = documentUrl.toURL();
      AbstractSiteMap map = parser.parseSiteMap(ct, body, url);
      Set<String> articles = new LinkedHashSet<>();
      Set<String> children = new LinkedHashSet<>();
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          add(children, documentUrl, child.getUrl().toString());
        }
        return new Links(Kind.SITEMAP_INDEX, List.of(), new ArrayList<>(children), null);
      }
      if (map instanceof SiteMap sm) {
        for (SiteMapURL u : sm.getSiteMapUrls()) {
          if (u.isValid()) {
            add(articles, documentUrl, u.getUrl().toString());
          }
        }
      }
      return new Links(Kind.SITEMAP, new ArrayList<>(articles), List.of(), null);
    } catch (Exception e) {
      return new Links(Kind.SITEMAP, List.of(), List.of(), "bad sitemap: " + e.getMessage());
    }
  }

  private static void add(Set<String> out, URI base, String link) {
    if (link == null || link.isBlank()) {
      return;
    }
    try {
      URI u = base.resolve(new URI(link.trim()));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        out.add(u.toString());
      }
    } catch (Exception ignored) {
      // unparseable link: skipped
    }
  }
}
