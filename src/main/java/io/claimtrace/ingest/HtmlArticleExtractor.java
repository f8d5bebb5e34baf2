package io.claimtrace.ingest;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main article text and its metadata from one HTML page, in plain Java so it can run
 * inside Spark tasks, tests and command-line tools alike.
 *
 * <p>Claim tracing compares sentences across thousands of pages, so boilerplate (navigation,
 * cookie banners, share bars, related-article lists, newsletter boxes, comments, captions) must not
 * reach the text: it would make unrelated pages look alike. The main content is found with
 * Readability-style content scoring over the DOM (see {@code MainContent}); JSON-LD
 * {@code articleBody} is used only as a fallback when the DOM yields almost nothing.
 *
 * <p>Thread-safety: an instance holds no mutable state and may be shared between threads; each
 * call parses its own document. Cost is roughly linear in the input size (one parse plus a few tree
 * walks, no backtracking-prone regular expressions over the page); callers should cap input size.
 */
public final class HtmlArticleExtractor {

  /**
   * The main text and metadata of one HTML page, as produced by {@link HtmlArticleExtractor}.
   * Serializable so Spark can ship it between stages; all fields except {@code text} and
   * {@code links} are nullable because most pages lack some metadata.
   *
   * @param title        headline (og:title / JSON-LD headline / h1 / title without site suffix), or null
   * @param byline       author name(s) without a leading "By ", or null
   * @param publishedAt  publication instant in UTC, or null when no plausible date was found
   * @param canonicalUrl absolute http(s) canonical URL, or null
   * @param text         main text: paragraphs separated by a blank line, list items one per line; "" if none
   * @param links        outbound http(s) links inside the main content, in document order, deduplicated
   * @param htmlLang     the {@code <html lang>} attribute as written, or null
   * @param siteName     og:site_name (or the JSON-LD publisher name), or null
   * @param description  meta / og description, or null
   */
  public record ExtractedPage(String title, String byline, Instant publishedAt, String canonicalUrl, String text,
      List<Link> links, String htmlLang, String siteName, String description) implements Serializable {

    public ExtractedPage {
      Objects.requireNonNull(text, "text");
      links = links == null ? List.of() : List.copyOf(links);
    }

    /** A page with nothing extractable; used for empty input and the documented parser-failure guard. */
    public static ExtractedPage empty() {
      return new ExtractedPage(null, null, null, null, "", List.of(), null, null, null);
    }
  }

  /**
   * An outbound link found inside an article's main content. Kept because the sources an article
   * cites are evidence when tracing where a repeated claim came from.
   *
   * @param text the anchor text, whitespace-normalised (may be empty)
   * @param url  absolute http(s) URL
   */
  public record Link(String text, String url) implements Serializable {
    public Link {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }
  }

  /** Below this many characters the extraction is retried without removing unlikely containers. */
  private static final int RETRY_BELOW_CHARS = 250;

  private final DateParser dates;

  /** Uses the system UTC clock to decide which publication dates are implausibly far in the future. */
  public HtmlArticleExtractor() {
    this(Clock.systemUTC());
  }

  /** Clock injection keeps the date-plausibility window deterministic in tests. */
  public HtmlArticleExtractor(Clock clock) {
    this.dates = new DateParser(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Extracts text and metadata. Never throws on malformed input: bad markup is repaired by the
   * HTML5 parser, and absent parts come back as null (metadata) or "" (text).
   *
   * @param html    the page source; null or blank yields an empty page
   * @param pageUrl the URL the page was fetched from, used to resolve relative links; may be null
   */
  public ExtractedPage extract(String html, String pageUrl) {
    if (html == null || html.isBlank()) {
      return ExtractedPage.empty();
    }
    try {
      return doExtract(html, pageUrl);
    } catch (RuntimeException | StackOverflowError e) {
      // Documented top-level guard: jsoup repairs any markup, so reaching this means a parser or
      // extractor bug on a pathological page. One bad page must not fail a whole Spark stage.
      return ExtractedPage.empty();
    }
  }

  /**
   * Extracts text from an HTML fragment that is already the article body (feed
   * {@code content:encoded}, a JSONL {@code html} field), so no container is selected: the whole
   * fragment is kept minus scripts, forms, figures/captions and link-heavy or ad-like blocks.
   * Metadata is read from whatever the fragment contains (usually nothing). Never throws.
   *
   * @param html    the fragment; null or blank yields an empty page
   * @param pageUrl the article URL, used to resolve relative links; may be null
   */
  public ExtractedPage extractFragment(String html, String pageUrl) {
    if (html == null || html.isBlank()) {
      return ExtractedPage.empty();
    }
    try {
      Document doc = Jsoup.parseBodyFragment(html, pageUrl == null ? "" : pageUrl);
      MetadataReader meta = new MetadataReader(doc, pageUrl, dates);
      String siteName = meta.siteName();
      String title = meta.title(siteName);
      String byline = meta.byline();
      String canonical = meta.canonicalUrl();
      Instant published = meta.publishedAt(canonical);
      String linkBase = doc.baseUri();
      MainContent.Result result = new MainContent(doc, title).extractWhole();
      return new ExtractedPage(title, byline, published, canonical, stripLeadingMetadata(result.text(), title, byline),
          links(result.elements(), linkBase), null, siteName, meta.description());
    } catch (RuntimeException | StackOverflowError e) {
      // Same documented top-level guard as extract(): one pathological input must not fail a job.
      return ExtractedPage.empty();
    }
  }

  private ExtractedPage doExtract(String html, String pageUrl) {
    String base = pageUrl == null ? "" : pageUrl;
    Document doc = Jsoup.parse(html, base);
    MetadataReader meta = new MetadataReader(doc, pageUrl, dates);
    String siteName = meta.siteName();
    String title = meta.title(siteName);
    String byline = meta.byline();
    String canonical = meta.canonicalUrl();
    Instant published = meta.publishedAt(canonical);
    String htmlLang = meta.htmlLang();
    String description = meta.description();
    String ldBody = meta.jsonLdArticleBody();

    String linkBase = doc.baseUri();
    MainContent.Result result = new MainContent(doc, title).extract(true);
    if (result.text().length() < RETRY_BELOW_CHARS) {
      Document again = Jsoup.parse(html, base);
      MainContent.Result retry = new MainContent(again, title).extract(false);
      if (retry.text().length() > result.text().length() * 2) {
        result = retry;
      }
    }
    String text = result.text();
    List<Link> links = links(result.elements(), linkBase);
    if (ldBody != null) {
      String ldText = normalizeParagraphs(org.jsoup.parser.Parser.unescapeEntities(ldBody, false));
      if (text.length() < RETRY_BELOW_CHARS && ldText.length() > text.length() * 2) {
        text = ldText;
        links = List.of();
      }
    }
    text = stripLeadingMetadata(text, title, byline);
    return new ExtractedPage(title, byline, published, canonical, text, links, htmlLang, siteName, description);
  }

  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
      "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
  private static final java.util.regex.Pattern READ_TIME = java.util.regex.Pattern.compile(
      "\\b\\d+\\s*min(?:ute)?s?\\s+read\\b");
  private static final int MAX_LEADING_METADATA = 4;

  /**
   * Drops the headline, byline, dateline and reading-time lines that pages repeat at the top of
   * the article body: they are metadata (kept in their own columns), not article text, and left in
   * they make two copies of one article differ and turn bylines into sentences.
   */
  static String stripLeadingMetadata(String text, String title, String byline) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String[] paras = text.split("\n\n", -1);
    int drop = 0;
    while (drop < paras.length - 1 && drop < MAX_LEADING_METADATA && isMetadataLine(paras[drop], title, byline)) {
      drop++;
    }
    return drop == 0 ? text : String.join("\n\n", java.util.Arrays.copyOfRange(paras, drop, paras.length));
  }

  private static boolean isMetadataLine(String para, String title, String byline) {
    String p = para.strip();
    String lower = p.toLowerCase(java.util.Locale.ROOT);
    int words = p.isEmpty() ? 0 : p.split("\\s+").length;
    if (p.isEmpty() || words > 12) {
      return false;
    }
    if (title != null && p.equalsIgnoreCase(title.strip())) {
      return true;
    }
    if (byline != null && (p.equalsIgnoreCase(byline.strip()) || lower.equals("by " + byline.strip().toLowerCase(java.util.Locale.ROOT)))) {
      return true;
    }
    if (lower.startsWith("by ") && words <= 8 && !p.endsWith(".")) {
      return true;
    }
    boolean dateLike = MONTH.matcher(lower).find() || READ_TIME.matcher(lower).find();
    return dateLike && words <= 10 && !p.endsWith(".") && p.chars().filter(Character::isDigit).count() >= 1;
  }

  private static List<Link> links(List<Element> parts, String base) {
    List<Link> links = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element part : parts) {
      for (Element a : part.getElementsByTag("a")) {
        if (!a.hasAttr("href")) {
          continue;
        }
        String url = Urls.resolve(base, a.attr("href"));
        if (url == null || !seen.add(url)) {
          continue;
        }
        links.add(new Link(HtmlText.normalizeInline(a.text()), url));
      }
    }
    return links;
  }

  /** Normalises free text that uses newlines for structure (JSON-LD articleBody); linear time. */
  static String normalizeParagraphs(String s) {
    List<String> out = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      String n = HtmlText.normalizeInline(line);
      if (n.isEmpty()) {
        if (!lines.isEmpty()) {
          out.add(String.join("\n", lines));
          lines.clear();
        }
      } else {
        lines.add(n);
      }
    }
    if (!lines.isEmpty()) {
      out.add(String.join("\n", lines));
    }
    return String.join("\n\n", out);
  }
}
