package io.claimtrace.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page metadata (title, byline, date, canonical URL, site name, description, JSON-LD
 * article body) from a parsed document before the content extractor mutates it. Metadata comes in
 * many redundant dialects (Open Graph, JSON-LD, microdata, Dublin Core, vendor tags); the order of
 * preference below follows how reliable each dialect has proven on news sites. Holds one page's
 * document and parsed JSON-LD, so create one per page; not shared between threads.
 */
final class MetadataReader {

  private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|door|di)\\s*[:\\s]\\s*");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
      "scholarlyarticle", "techarticle", "socialmediaposting", "liveblogposting", "posting", "webpage",
      "medicalwebpage", "creativework", "review");

  private final Document doc;
  private final String pageUrl;
  private final DateParser dates;
  private Map<String, Object> ld;
  private final List<Map<String, Object>> ldObjects = new ArrayList<>();
  private final Map<String, String> metas = new java.util.HashMap<>();

  MetadataReader(Document doc, String pageUrl, DateParser dates) {
    this.doc = doc;
    this.pageUrl = pageUrl;
    this.dates = dates;
    readMetas();
    readJsonLd();
  }

  // ---------------------------------------------------------------- JSON-LD

  @SuppressWarnings("unchecked")
  private void readJsonLd() {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.isBlank() || json.length() > 2_000_000) {
        continue;
      }
      Object root;
      try {
        root = MiniJson.parse(json);
      } catch (MiniJson.JsonException e) {
        continue; // a broken block only loses its own hints
      }
      collect(root, 0);
    }
    Map<String, Object> best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Map<String, Object> o : ldObjects) {
      int rank = typeRank(o.get("@type"));
      if (rank < bestRank) {
        bestRank = rank;
        best = o;
      }
    }
    ld = best;
  }

  @SuppressWarnings("unchecked")
  private void collect(Object node, int depth) {
    if (depth > 6 || node == null) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object o : list) {
        collect(o, depth + 1);
      }
    } else if (node instanceof Map<?, ?> map) {
      Map<String, Object> m = (Map<String, Object>) map;
      if (m.containsKey("@type") || m.containsKey("headline")) {
        ldObjects.add(m);
      }
      Object graph = m.get("@graph");
      if (graph != null) {
        collect(graph, depth + 1);
      }
      Object main = m.get("mainEntity");
      if (main instanceof Map<?, ?>) {
        collect(main, depth + 1);
      }
    }
  }

  private static int typeRank(Object type) {
    List<String> types = new ArrayList<>();
    if (type instanceof String s) {
      types.add(s);
    } else if (type instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          types.add(s);
        }
      }
    }
    int best = 100;
    for (String t : types) {
      String lc = t.toLowerCase(Locale.ROOT);
      int slash = lc.lastIndexOf('/');
      if (slash >= 0) {
        lc = lc.substring(slash + 1);
      }
      if (lc.endsWith("article") || lc.equals("blogposting") || lc.equals("liveblogposting")
          || lc.equals("report") || lc.equals("socialmediaposting")) {
        best = Math.min(best, 0);
      } else if (ARTICLE_TYPES.contains(lc)) {
        best = Math.min(best, 10);
      }
    }
    return best;
  }

  private Object ldGet(String key) {
    return ld == null ? null : ld.get(key);
  }

  private static String asText(Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof List<?> l && !l.isEmpty()) {
      return asText(l.get(0));
    }
    if (o instanceof Map<?, ?> m) {
      Object v = m.get("@id");
      if (v == null) {
        v = m.get("url");
      }
      if (v == null) {
        v = m.get("name");
      }
      if (v == null) {
        v = m.get("@value");
      }
      return v instanceof String s ? s : null;
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  private String meta(String... keys) {
    for (String key : keys) {
      String c = metas.get(key.toLowerCase(Locale.ROOT));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** One walk over the meta tags instead of one selector query per key. */
  private void readMetas() {
    for (Element m : doc.getElementsByTag("meta")) {
      String c = m.attr("content");
      if (c.isBlank()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String k = m.attr(attr);
        if (!k.isEmpty()) {
          metas.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), HtmlText.normalizeInline(c));
        }
      }
    }
  }

  private static String nonBlank(String s) {
    if (s == null) {
      return null;
    }
    String n = HtmlText.normalizeInline(s);
    return n.isEmpty() ? null : n;
  }

  // ---------------------------------------------------------------- fields

  String htmlLang() {
    Element html = doc.selectFirst("html");
    if (html == null || !html.hasAttr("lang")) {
      return null;
    }
    String lang = html.attr("lang").strip();
    return lang.isEmpty() ? null : lang;
  }

  String siteName() {
    String s = meta("og:site_name");
    if (s == null) {
      Object pub = ldGet("publisher");
      if (pub instanceof Map<?, ?> m && m.get("name") instanceof String n) {
        s = nonBlank(n);
      }
    }
    return s;
  }

  String description() {
    String d = meta("og:description", "description", "twitter:description");
    return d == null || d.isEmpty() ? null : d;
  }

  String title(String siteName) {
    String t = meta("og:title");
    if (t == null) {
      t = nonBlank(asText(ldGet("headline")));
    }
    if (t == null) {
      t = meta("twitter:title");
    }
    if (t == null) {
      Element h1 = doc.selectFirst("article h1, [itemprop=headline], h1");
      if (h1 != null) {
        t = nonBlank(h1.text());
      }
    }
    if (t == null) {
      Element te = doc.selectFirst("title");
      if (te != null) {
        t = nonBlank(te.text());
        if (t != null) {
          t = stripSiteSuffix(t, siteName, true);
        }
      }
      return t;
    }
    return stripSiteSuffix(t, siteName, false);
  }

  /** Removes " | Site" style suffixes; for the {@code <title>} element any short last segment goes. */
  static String stripSiteSuffix(String title, String siteName, boolean aggressive) {
    String t = title;
    if (siteName != null && !siteName.isEmpty()) {
      String lcT = t.toLowerCase(Locale.ROOT);
      String lcS = siteName.toLowerCase(Locale.ROOT);
      if (lcT.endsWith(lcS) && lcT.length() > lcS.length() + 3) {
        String head = t.substring(0, t.length() - siteName.length()).stripTrailing();
        String stripped = head.replaceFirst("\\s*[|\\-–—:·•»]+$", "").strip();
        if (stripped.length() < head.length() && !stripped.isEmpty()) {
          return stripped;
        }
      }
    }
    // " | " is almost always a site separator, even in og:title.
    int bar = t.lastIndexOf(" | ");
    if (bar > 0 && (aggressive || t.length() - bar < 40)) {
      return t.substring(0, bar).strip();
    }
    if (aggressive) {
      var m = TITLE_SEPARATOR.matcher(t);
      int lastStart = -1;
      int lastEnd = -1;
      while (m.find()) {
        lastStart = m.start();
        lastEnd = m.end();
      }
      if (lastStart > 0) {
        String head = t.substring(0, lastStart).strip();
        String tail = t.substring(lastEnd).strip();
        if (head.split("\\s+").length >= 3 && tail.split("\\s+").length <= 4) {
          return head;
        }
      }
    }
    return t;
  }

  String byline() {
    String b = null;
    Object author = ldGet("author");
    if (author != null) {
      b = authorNames(author);
    }
    if (b == null) {
      String m = meta("author", "article:author", "dc.creator", "DC.creator", "parsely-author", "sailthru.author",
          "byl");
      if (m != null && !m.startsWith("http") && !m.contains("facebook.com")) {
        b = m;
      }
    }
    if (b == null) {
      Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
      if (e != null) {
        b = nonBlank(e.text());
      }
    }
    if (b == null) {
      for (Element e : doc.select("[class*=byline], [class*=author], [id*=byline]")) {
        String t = nonBlank(e.text());
        if (t != null && t.length() <= 120) {
          b = t;
          break;
        }
      }
    }
    if (b == null) {
      return null;
    }
    b = BY_PREFIX.matcher(b.strip()).replaceFirst("").strip();
    if (b.isEmpty() || b.length() > 200) {
      return null;
    }
    return b;
  }

  private static String authorNames(Object author) {
    Set<String> names = new LinkedHashSet<>();
    List<Object> items = new ArrayList<>();
    if (author instanceof List<?> l) {
      items.addAll(l);
    } else {
      items.add(author);
    }
    for (Object o : items) {
      String n = null;
      if (o instanceof String s) {
        n = s;
      } else if (o instanceof Map<?, ?> m && m.get("name") != null) {
        n = asText(m.get("name"));
      }
      n = nonBlank(n);
      if (n != null && !n.startsWith("http")) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  Instant publishedAt(String canonicalUrl) {
    String[] metaKeys = {"article:published_time", "og:published_time", "article:published", "datePublished",
      "pubdate", "publishdate", "publish-date", "date", "dc.date", "DC.date", "dc.date.issued", "DC.date.issued",
      "dcterms.created", "parsely-pub-date", "sailthru.date"};
    Instant i = null;
    for (String key : metaKeys) {
      i = dates.parse(meta(key));
      if (i != null) {
        return i;
      }
      if (key.equals("article:published")) {
        i = dates.parse(asText(ldGet("datePublished")));
        if (i != null) {
          return i;
        }
      }
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      i = dates.parse(v);
      if (i != null) {
        return i;
      }
    }
    for (String sel : new String[] {"article time[datetime], header time[datetime]", "time[pubdate][datetime]",
      "time[datetime]"}) {
      for (Element e : doc.select(sel)) {
        i = dates.parse(e.attr("datetime"));
        if (i != null) {
          return i;
        }
      }
    }
    i = dates.fromUrl(canonicalUrl);
    if (i == null) {
      i = dates.fromUrl(pageUrl);
    }
    return i;
  }

  String canonicalUrl() {
    for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
      String u = resolve(link.attr("href"));
      if (u != null) {
        return u;
      }
    }
    String og = meta("og:url");
    String u = resolve(og);
    if (u != null) {
      return u;
    }
    u = resolve(asText(ldGet("url")));
    if (u != null) {
      return u;
    }
    return resolve(asText(ldGet("mainEntityOfPage")));
  }

  String jsonLdArticleBody() {
    Object body = ldGet("articleBody");
    return body instanceof String s ? s : null;
  }

  private String resolve(String href) {
    return Urls.resolve(pageUrl, href);
  }
}
