package io.claimtrace.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds and serialises the main content of a parsed page. The approach is Readability-style
 * content scoring (text length, commas, link density and class/id hints, propagated to ancestors),
 * followed by sibling inclusion, conditional cleaning of link-heavy or widget-like blocks and a
 * block-aware serialiser. Every pass is a single tree walk, so cost is linear in the document size.
 * Mutates the document it is given; one instance per page.
 */
final class MainContent {

  static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em",
      "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
      "u", "var", "wbr", "label", "img", "ins", "del", "nobr", "acronym", "#root", "picture", "source", "o:p");

  private static final Set<String> ALWAYS_REMOVE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "button", "input", "select", "textarea", "object", "embed", "canvas", "audio", "video", "map", "dialog",
      "link", "meta", "head", "frame", "frameset", "applet", "nav", "menu", "option", "datalist", "output",
      "progress", "meter", "math", "title", "base");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Class/id fragments of page furniture; matched as substrings of the lower-cased class + id. */
  private static final Pattern UNLIKELY = Pattern.compile(
      "comment|disqus|footer|breadcrumb|sidebar|side-bar|related|recommend|sharing|share-|-share|social|"
          + "newsletter|subscri|signup|sign-up|promo|sponsor|advert|cookie|consent|gdpr|banner|popup|"
          + "pop-up|modal|overlay|masthead|pagination|pager|outbrain|taboola|zergnet|toolbar|"
          + "tag-list|taglist|byline|author|caption|credit|sr-only|visually-hidden|screen-reader|"
          + "skip-link|more-stories|read-more|readmore|trending|most-popular|mostpopular|most-read|mostread|"
          + "recirc|partner|navigation|navbar|menu|masthead|site-header|site-footer|skyscraper|"
          + "shoutbox|combx|community|remark|rss|supplemental|ad-break|agegate|yom-remote|jump-link|"
          + "print-only|hidden-print|reply|replies|respond|login|account|donate|follow-us|next-article|"
          + "prev-next|article-nav|post-nav|pullquote|pull-quote|figcaption|inline-ad|dfp|"
          + "teaser-list|story-list|card-list|meta-|-meta|published|timestamp|dateline-hidden|"
          + "rating|video-|gallery|slideshow|carousel|playlist|podcast-player|audio-player|toc-|"
          + "alert-bar|notification|bottom-bar|sticky|nocontent|no-content");
  /** Short tokens of page furniture; matched against whole class/id tokens. */
  private static final Set<String> UNLIKELY_TOKENS = Set.of("ad", "ads", "adv", "advert", "advertisement", "nav",
      "share", "shares", "social", "tags", "tag", "meta", "rail", "promo", "footer", "header", "aside", "hide",
      "print", "comments", "comment", "related", "sponsored", "banner", "menu", "toolbar", "subscribe", "share-bar",
      "sharebar", "links", "extra", "more", "also", "outbrain", "embed", "figure", "photo", "image", "img",
      "video", "media", "credits", "caption", "timestamp", "date", "time");

  /** Furniture that can outweigh the article (reader comments) and so is never protected by its size. */
  private static final Pattern STRONG_UNLIKELY = Pattern.compile("comment|disqus|respond|repl(y|ies)|discussion");

  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-text|richtext");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|"
          + "scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|newsletter|"
          + "subscribe|recommend|caption|credit|byline|author|nav|menu|breadcrumb|cookie|popup|modal|"
          + "teaser|promo|signup|trending|popular");
  private static final Set<String> UNLIKELY_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "alert");

  /** Whole-block boilerplate phrases (checked on short blocks only). */
  private static final Pattern BOILERPLATE_BLOCK = Pattern.compile(
      "(?i)^(?:advertisement|advertisment|ad|sponsored|sponsored content|share|share this|share this article|"
          + "share this story|share on \\w+|tweet|email|print|read more|continue reading|read next|"
          + "related|related articles|related stories|related content|recommended|recommended for you|"
          + "more from .{0,60}|sign up .{0,120}|subscribe .{0,120}|follow us .{0,80}|click here .{0,80}|"
          + "getty images|copyright .{0,120}|© .{0,120}|©.{0,120}|all rights reserved.{0,60}|"
          + "image:? .{0,120}|photo:? .{0,120}|photograph:? .{0,120}|image source.{0,80}|"
          + "image copyright.{0,80}|image caption.{0,120}|media caption.{0,120}|"
          + "story continues below.{0,40}|article continues below.{0,40}|skip advertisement|"
          + "loading\\W*|please enable javascript.{0,120}|we use cookies.{0,200}|"
          + "this site uses cookies.{0,200}|accept cookies|accept|close|menu|search|"
          + "you might also like.{0,40}|you may also like.{0,40}|trending|most popular|most read|"
          + "comments?|leave a comment|add a comment|\\d+ comments?|view comments|show comments|"
          + "back to top|top|next|previous|next article|previous article|listen to this article.{0,40}|"
          + "an error occurred.{0,120}|thank you for signing up.{0,120}|newsletter.{0,120}|"
          + "ap photo.{0,80}|\\(ap photo.{0,80}|reuters.{0,2}|pinterest|facebook|twitter|linkedin|whatsapp|"
          + "reddit|copy link|link copied|save|saved|gift( this)? article|updated:? .{0,60}|"
          + "published:? .{0,60}|posted:? .{0,60}|last updated:? .{0,60}|\\d+ min(ute)?s? read|"
          + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}.{0,30})$");

  private static final Pattern COMMA = Pattern.compile("[,，、،]");

  /** Per-element statistics from one post-order walk. */
  static final class Stats {
    int text;       // visible characters (whitespace runs count once)
    int linkText;   // of which inside <a>
    int inline;     // characters in this element's own inline flow (not inside child blocks)
    int inlineLink;
    int commas;     // commas in the own inline flow
    int paragraphs; // <p> descendants with text
    int pText;      // characters inside <p>/<pre> descendants
    int imgs;
    int lis;
    int inputs;
    int embeds;
    int headings;
    int brs;        // <br> in the own inline flow
    int allCommas;  // commas anywhere below

    void subtract(Stats o) {
      text -= o.text;
      linkText -= o.linkText;
      paragraphs -= o.paragraphs;
      pText -= o.pText;
      imgs -= o.imgs;
      lis -= o.lis;
      inputs -= o.inputs;
      embeds -= o.embeds;
      headings -= o.headings;
      allCommas -= o.allCommas;
    }
  }

  private final Document doc;
  private final String title;
  private Map<Element, Stats> stats = new IdentityHashMap<>();

  MainContent(Document doc, String title) {
    this.doc = doc;
    this.title = title;
  }

  /** Result of extraction: serialised text and the elements it came from (for link collection). */
  record Result(String text, List<Element> elements) {
  }

  Result extract(boolean removeUnlikely) {
    Element body = doc.body();
    if (body == null) {
      return new Result("", List.of());
    }
    preClean(body);
    computeStats(body);
    if (removeUnlikely) {
      removeUnlikely(body);
      stats = new IdentityHashMap<>();
      computeStats(body);
    }
    Map<Element, Double> scores = score(body);
    Element top = pickTop(body, scores);
    List<Element> parts = withSiblings(top, scores);

    for (Element part : parts) {
      computeStats(part);
      cleanConditionally(part, scores);
    }
    String text = serialize(parts);
    return new Result(text, parts);
  }

  /** For fragments that are the article already: clean, but keep the whole body. */
  Result extractWhole() {
    Element body = doc.body();
    if (body == null) {
      return new Result("", List.of());
    }
    preClean(body);
    computeStats(body);
    cleanConditionally(body, Map.of());
    return new Result(serialize(List.of(body)), List.of(body));
  }

  // ------------------------------------------------------------------ cleaning

  private void preClean(Element body) {
    List<Node> toRemove = new ArrayList<>();
    List<Element> toUnwrap = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          toRemove.add(node);
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (ALWAYS_REMOVE.contains(tag) || isHidden(e)) {
            toRemove.add(e);
          } else if (tag.equals("form")) {
            // Search boxes and sign-up forms go; a form wrapping the whole page (ASP.NET) is unwrapped.
            if (e.getElementsByTag("p").size() >= 5) {
              toUnwrap.add(e);
            } else {
              toRemove.add(e);
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
      }
    }, body);
    for (Node n : toRemove) {
      if (n.parent() != null) {
        n.remove();
      }
    }
    for (Element e : toUnwrap) {
      if (e.parent() != null) {
        e.unwrap();
      }
    }
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if (e.hasAttr("style")) {
      String st = e.attr("style").toLowerCase(Locale.ROOT);
      if (st.contains("display:none") || st.contains("display: none") || st.contains("visibility:hidden")
          || st.contains("visibility: hidden")) {
        return true;
      }
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    return role.equals("dialog") || role.equals("alertdialog");
  }

  private static String classAndId(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (c + " " + id).toLowerCase(Locale.ROOT);
  }

  private static boolean hasUnlikelyToken(String ci) {
    int start = -1;
    for (int i = 0; i <= ci.length(); i++) {
      char c = i < ci.length() ? ci.charAt(i) : ' ';
      boolean sep = c == ' ' || c == '_' || c == '-' || c == '\t';
      if (!sep && start < 0) {
        start = i;
      } else if (sep && start >= 0) {
        if (UNLIKELY_TOKENS.contains(ci.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    return false;
  }

  static boolean isUnlikely(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("a") || tag.equals("main")) {
      return false;
    }
    if (tag.equals("aside") || tag.equals("footer") || tag.equals("figcaption") || tag.equals("figure")) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (UNLIKELY_ROLES.contains(role)) {
      return true;
    }
    String ip = e.attr("itemprop");
    if (ip.contains("articleBody") || ip.contains("text")) {
      return false;
    }
    String ci = classAndId(e);
    if (ci.isEmpty()) {
      return false;
    }
    return UNLIKELY.matcher(ci).find() || hasUnlikelyToken(ci);
  }

  private void removeUnlikely(Element body) {
    int docP = Math.max(1, stats(body).pText);
    int docText = Math.max(1, stats(body).text - stats(body).linkText);
    List<Element> toRemove = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e != body && isUnlikely(e)) {
          Stats s = stats(e);
          int own = s.text - s.linkText;
          boolean holdsArticle = e.selectFirst("[itemprop=articleBody]") != null
              || !STRONG_UNLIKELY.matcher(classAndId(e)).find() && own > 0.5 * docText && own > 500;
          boolean header = e.normalName().equals("header") || classAndId(e).contains("header");
          if (!holdsArticle || header && s.pText < 0.2 * docP) {
            toRemove.add(e);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
      }
    }, body);
    for (Element e : toRemove) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  // ------------------------------------------------------------------ statistics

  private Stats stats(Element e) {
    Stats s = stats.get(e);
    return s == null ? new Stats() : s;
  }

  private void computeStats(Element root) {
    Map<Element, Stats> map = stats;
    Deque<Stats> stack = new ArrayDeque<>();
    Deque<Element> blocks = new ArrayDeque<>();
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Stats s = new Stats();
          stack.push(s);
          map.put(e, s);
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth[0]++;
          }
          if (!INLINE.contains(tag)) {
            blocks.push(e);
          }
        } else if (node instanceof TextNode t && !stack.isEmpty()) {
          String w = t.getWholeText();
          int len = visibleLength(w);
          if (len == 0) {
            return;
          }
          Stats cur = stack.peek();
          cur.text += len;
          cur.allCommas += countCommas(w);
          if (linkDepth[0] > 0) {
            cur.linkText += len;
          }
          Element block = blocks.peek();
          if (block != null) {
            Stats bs = map.get(block);
            bs.inline += len;
            if (linkDepth[0] > 0) {
              bs.inlineLink += len;
            }
            bs.commas += countCommas(w);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          Stats s = stack.pop();
          String tag = e.normalName();
          if (tag.equals("a")) {
            linkDepth[0]--;
          }
          if (!INLINE.contains(tag)) {
            blocks.pop();
          }
          switch (tag) {
            case "p", "pre" -> {
              if (s.text > 0) {
                s.paragraphs++;
                s.pText = Math.max(s.pText, s.text - s.linkText);
              }
            }
            case "img" -> s.imgs++;
            case "li" -> s.lis++;
            case "input" -> s.inputs++;
            case "embed", "object", "iframe", "video" -> s.embeds++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headings++;
            case "br" -> {
              Element block = blocks.peek();
              if (block != null) {
                map.get(block).brs++;
              }
            }
            default -> {
              // div-like blocks with their own running text count as paragraphs too
              if (!INLINE.contains(tag) && s.inline - s.inlineLink >= 80) {
                s.pText += s.inline - s.inlineLink;
              }
            }
          }
          Stats parent = stack.peek();
          if (parent != null) {
            parent.text += s.text;
            parent.linkText += s.linkText;
            parent.paragraphs += s.paragraphs;
            parent.pText += s.pText;
            parent.imgs += s.imgs;
            parent.lis += s.lis;
            parent.inputs += s.inputs;
            parent.embeds += s.embeds;
            parent.headings += s.headings;
            parent.allCommas += s.allCommas;
          }
        }
      }
    }, root);
  }

  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (HtmlText.isSpace(c)) {
        if (!space) {
          n++;
          space = true;
        }
      } else if (!HtmlText.isInvisible(c)) {
        n++;
        space = false;
      }
    }
    if (space && n > 0) {
      n--;
    }
    return n;
  }

  private static int countCommas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ scoring

  static double classWeight(Element e) {
    double w = 0;
    String c = e.className().toLowerCase(Locale.ROOT);
    String id = e.id().toLowerCase(Locale.ROOT);
    if (!c.isEmpty()) {
      if (NEGATIVE.matcher(c).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(c).find()) {
        w += 25;
      }
    }
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        w += 25;
      }
    }
    String ip = e.attr("itemprop");
    if (ip.contains("articleBody")) {
      w += 50;
    }
    return w;
  }

  private static double tagWeight(Element e) {
    switch (e.normalName()) {
      case "div", "article", "section", "main":
        return 5;
      case "pre", "td", "blockquote":
        return 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
        return -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th":
        return -5;
      default:
        return 0;
    }
  }

  private double linkDensity(Element e) {
    Stats s = stats(e);
    return s.text == 0 ? 0 : (double) s.linkText / s.text;
  }

  private Map<Element, Double> score(Element body) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Map.Entry<Element, Stats> entry : new ArrayList<>(stats.entrySet())) {
      Element e = entry.getKey();
      Stats s = entry.getValue();
      if (e.parent() == null && e != body) {
        continue;
      }
      String tag = e.normalName();
      if (HEADINGS.contains(tag) || INLINE.contains(tag)) {
        continue;
      }
      boolean para = tag.equals("p") || tag.equals("pre");
      int len = para ? s.text : s.inline;
      int link = para ? s.linkText : s.inlineLink;
      if (len < 25) {
        continue;
      }
      double ld = (double) link / len;
      // text broken only by <br><br> is several paragraphs in disguise
      int virtual = para ? 1 : Math.max(1, Math.min(s.brs / 2, len / 100));
      double contentScore = (virtual + (para ? countCommas(e.text()) : s.commas) + Math.min(len / 100, 3 * virtual))
          * (1 - ld);
      if (contentScore <= 0) {
        continue;
      }
      Element anc = para ? e.parent() : e;
      int level = 0;
      while (anc != null && level < 5) {
        if (anc.normalName().equals("#root") || anc.normalName().equals("html")) {
          break;
        }
        if (!scores.containsKey(anc)) {
          scores.put(anc, tagWeight(anc) + classWeight(anc));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(anc, scores.get(anc) + contentScore / divider);
        anc = anc.parent();
        level++;
      }
    }
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      entry.setValue(entry.getValue() * (1 - linkDensity(entry.getKey())));
    }
    return scores;
  }

  private Element pickTop(Element body, Map<Element, Double> scores) {
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    if (ranked.isEmpty()) {
      return body;
    }
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    // If several strong candidates share an ancestor, the article is split across them.
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) {
        alternatives.add(ranked.get(i).getKey());
      }
    }
    if (alternatives.size() >= 3) {
      Element anc = top.parent();
      while (anc != null && anc != body) {
        int contained = 0;
        for (Element alt : alternatives) {
          if (isAncestor(anc, alt)) {
            contained++;
          }
        }
        if (contained >= 3) {
          top = anc;
          break;
        }
        anc = anc.parent();
      }
    }
    // Walk up while the parent scores about as well (the article wrapper, not one fragment of it).
    Element parent = top.parent();
    double last = scores.getOrDefault(top, 0.0);
    double threshold = last / 3;
    while (parent != null && parent != body && parent.parent() != null) {
      Double ps = scores.get(parent);
      if (ps == null) {
        if (parent.children().size() == 1) {
          top = parent;
          parent = top.parent();
          continue;
        }
        break;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = parent;
        last = ps;
        parent = top.parent();
        continue;
      }
      if (parent.children().size() == 1) {
        top = parent;
        parent = top.parent();
        continue;
      }
      break;
    }
    return top;
  }

  private static boolean isAncestor(Element anc, Element e) {
    Element p = e.parent();
    while (p != null) {
      if (p == anc) {
        return true;
      }
      p = p.parent();
    }
    return false;
  }

  private List<Element> withSiblings(Element top, Map<Element, Double> scores) {
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || top == doc.body()) {
      parts.add(top);
      return parts;
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    List<Element> siblings = parent.children();
    boolean[] keep = new boolean[siblings.size()];
    for (int i = 0; i < siblings.size(); i++) {
      Element sib = siblings.get(i);
      if (sib == top) {
        keep[i] = true;
        continue;
      }
      double bonus = !topClass.isEmpty() && sib.className().equals(topClass) ? topScore * 0.2 : 0;
      Double ss = scores.get(sib);
      if (ss != null && ss + bonus >= threshold) {
        keep[i] = true;
        continue;
      }
      String tag = sib.normalName();
      if (tag.equals("p") || tag.equals("div") && sib.children().isEmpty()) {
        Stats s = stats(sib);
        double ld = linkDensity(sib);
        if (s.text > 80 && ld < 0.25) {
          keep[i] = true;
        } else if (s.text > 0 && s.text <= 80 && ld == 0 && endsSentence(sib.text())) {
          keep[i] = true;
        }
      }
    }
    // headings and lists that sit between kept blocks belong to the article
    for (int i = 0; i < siblings.size(); i++) {
      String tag = siblings.get(i).normalName();
      if (!keep[i] && (HEADINGS.contains(tag) && !tag.equals("h1") || tag.equals("ul") || tag.equals("ol")
          || tag.equals("blockquote"))) {
        boolean before = false;
        boolean after = false;
        for (int j = i - 1; j >= 0; j--) {
          if (keep[j]) {
            before = true;
            break;
          }
        }
        for (int j = i + 1; j < siblings.size(); j++) {
          if (keep[j]) {
            after = true;
            break;
          }
        }
        if (before && after && linkDensity(siblings.get(i)) < 0.5) {
          keep[i] = true;
        }
      }
    }
    for (int i = 0; i < siblings.size(); i++) {
      if (keep[i]) {
        parts.add(siblings.get(i));
      }
    }
    return parts;
  }

  private static boolean endsSentence(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '。' || c == ':';
  }

  private void cleanConditionally(Element root, Map<Element, Double> scores) {
    List<Element> all = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      all.add(e);
    }
    // Deepest first, so inner widgets are gone before their containers are judged.
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (e == root || e.parent() == null || !isAttached(e, root)) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("aside") || tag.equals("footer")
          || tag.equals("picture") || tag.equals("h1")) {
        removeTracked(e, root);
        continue;
      }
      if (isUnlikely(e) && !tag.equals("p")) {
        Stats s = stats(e);
        if (s.text - s.linkText < 600 || STRONG_UNLIKELY.matcher(classAndId(e)).find()) {
          removeTracked(e, root);
          continue;
        }
      }
      if (tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol")
          || tag.equals("table") || tag.equals("header") || tag.equals("dl") || tag.equals("p")) {
        if (shouldRemove(e, scores)) {
          removeTracked(e, root);
        }
      }
    }
  }

  /** Removes e and keeps the ancestors' statistics current, so no subtree is re-walked. */
  private void removeTracked(Element e, Element root) {
    Stats s = stats(e);
    Element p = e.parent();
    while (p != null) {
      Stats ps = stats.get(p);
      if (ps != null) {
        ps.subtract(s);
      }
      if (p == root) {
        break;
      }
      p = p.parent();
    }
    e.remove();
  }

  private static boolean isAttached(Element e, Element root) {
    Element p = e;
    while (p != null) {
      if (p == root) {
        return true;
      }
      p = p.parent();
    }
    return false;
  }

  private boolean shouldRemove(Element e, Map<Element, Double> scores) {
    String tag = e.normalName();
    double weight = classWeight(e);
    Stats s = stats(e);
    double ld = s.text == 0 ? 0 : (double) s.linkText / s.text;
    if (tag.equals("p")) {
      // paragraphs that are nothing but a link ("Read more: ...") are recirculation
      return s.text > 0 && ld > 0.8 && s.text < 200;
    }
    if (weight < 0 && s.text - s.linkText < 300) {
      return true;
    }
    if (s.allCommas >= 10) {
      return false;
    }
    boolean isList = tag.equals("ul") || tag.equals("ol");
    int p = s.paragraphs;
    int img = s.imgs;
    int li = s.lis - 100;
    int content = s.text;
    if (img > 1 && (double) p / img < 0.5 && content < 200) {
      return true;
    }
    if (!isList && li > p) {
      return true;
    }
    if (s.inputs > p / 3) {
      return true;
    }
    if (!isList && content < 25 && (img == 0 || img > 2) && s.headings == 0) {
      return true;
    }
    if (isList && ld > 0.5) {
      return true;
    }
    if (weight < 25 && ld > 0.35 && content < 2000) {
      return true;
    }
    if (weight >= 25 && ld > 0.6) {
      return true;
    }
    return s.embeds > 0 && content < 75;
  }

  private Stats recomputeStats(Element e) {
    Map<Element, Stats> saved = stats;
    stats = new IdentityHashMap<>();
    computeStats(e);
    Stats s = stats(e);
    stats = saved;
    return s;
  }

  // ------------------------------------------------------------------ serialisation

  private String serialize(List<Element> parts) {
    TextBuilder tb = new TextBuilder();
    for (Element part : parts) {
      tb.paragraphBreak();
      NodeTraversor.traverse(tb, part);
      tb.paragraphBreak();
    }
    List<String> blocks = tb.blocks();
    List<String> kept = new ArrayList<>(blocks.size());
    String normTitle = title == null ? null : HtmlText.normalizeInline(title).toLowerCase(Locale.ROOT);
    for (String b : blocks) {
      if (b.length() <= 250 && BOILERPLATE_BLOCK.matcher(b).matches()) {
        continue;
      }
      if (kept.isEmpty() && normTitle != null && b.toLowerCase(Locale.ROOT).equals(normTitle)) {
        continue;
      }
      kept.add(b);
    }
    return String.join("\n\n", kept);
  }

  /** Block-aware text serialiser: blocks become paragraphs, li/br/tr become lines. */
  static final class TextBuilder implements NodeVisitor {
    private final List<String> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> {
            // <br><br> is how old CMSs write a paragraph break
            if (line.length() == 0 && !lines.isEmpty()) {
              paragraphBreak();
            } else {
              lineBreak();
            }
          }
          case "li", "tr", "dt", "dd" -> lineBreak();
          case "td", "th" -> pendingSpace = line.length() > 0;
          case "pre" -> {
            paragraphBreak();
            preDepth++;
          }
          default -> {
            if (!INLINE.contains(tag)) {
              paragraphBreak();
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "li", "tr", "dt", "dd" -> lineBreak();
          case "td", "th" -> pendingSpace = line.length() > 0;
          case "ul", "ol", "dl", "table" -> paragraphBreak();
          case "pre" -> {
            preDepth--;
            paragraphBreak();
          }
          case "br" -> {
          }
          default -> {
            if (!INLINE.contains(tag)) {
              paragraphBreak();
            }
          }
        }
      }
    }

    private void appendText(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' && preDepth > 0) {
          lineBreak();
        } else if (HtmlText.isSpace(c)) {
          pendingSpace = line.length() > 0;
        } else if (!HtmlText.isInvisible(c)) {
          if (pendingSpace) {
            line.append(' ');
            pendingSpace = false;
          }
          line.append(c);
        }
      }
    }

    void lineBreak() {
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      pendingSpace = false;
    }

    void paragraphBreak() {
      lineBreak();
      if (!lines.isEmpty()) {
        blocks.add(String.join("\n", lines));
        lines.clear();
      }
    }

    List<String> blocks() {
      paragraphBreak();
      return blocks;
    }
  }
}
