package io.claimtrace.ingest;

import io.claimtrace.model.Article;
import io.claimtrace.model.Ids;
import io.claimtrace.model.IngestResult;
import io.claimtrace.model.Reject;
import io.claimtrace.model.RejectReason;
import io.claimtrace.nlp.LanguageIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a raw document into an article (or a {@code no_text} reject): main text and metadata
 * from the HTML, outlet from the URL, language, LLM artefacts and ids.
 *
 * <p>Precedence: metadata the container states explicitly (JSONL fields, feed item fields) wins
 * over what the page says about itself; the page fills the gaps. The URL is the page's
 * canonical URL when it has one, else the URL the record came from, else the file path.
 *
 * <p>Not thread-safe (it holds an OpenNLP detector and an extractor): one per thread or Spark
 * partition.
 */
public final class ArticleBuilder {
  /** Below this confidence the langdetect guess yields to the page's own {@code lang} attribute. */
  private static final double MIN_LANGUAGE_CONFIDENCE = 0.3;
  /** Texts shorter than this are too short for langdetect to be trusted. */
  private static final int MIN_LANGUAGE_CHARS = 40;

  private final IngestConfig config;
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final LlmArtifactDetector artifacts = new LlmArtifactDetector();
  private final LanguageIdentifier languages;

  public ArticleBuilder(IngestConfig config) {
    this.config = config;
    this.languages = new LanguageIdentifier(config.languageSampleChars());
  }

  public IngestResult build(RawDocument raw) {
    HtmlArticleExtractor.ExtractedPage page = null;
    String text;
    if (raw.html() != null) {
      page = raw.fragment() ? extractor.extractFragment(raw.html(), raw.url()) : extractor.extract(raw.html(), raw.url());
      text = page.text();
    } else {
      text = TextNormalizer.paragraphs(raw.text());
    }
    int words = TextNormalizer.countWords(text);
    if (words < config.minTextWords()) {
      return IngestResult.of(Reject.of(raw.source(), "ingest", RejectReason.NO_TEXT,
          words == 0 ? "no main text found" : "only " + words + " words of main text (minimum " + config.minTextWords() + ")"));
    }
    boolean truncated = raw.truncated();
    if (text.length() > config.maxTextChars()) {
      text = TextNormalizer.cut(text, config.maxTextChars());
      truncated = true;
    }

    String canonical = page != null && Urls.isWeb(page.canonicalUrl()) ? page.canonicalUrl() : null;
    String url = canonical != null ? canonical : raw.url() != null ? raw.url() : raw.source();
    String normalizedUrl = Urls.normalize(url);
    String outlet = raw.outlet() != null ? raw.outlet().toLowerCase(Locale.ROOT) : Urls.outlet(normalizedUrl);
    if (outlet == null) {
      outlet = "unknown";
    }

    String title = firstNonBlank(raw.title(), page == null ? null : page.title());
    String byline = firstNonBlank(raw.byline(), page == null ? null : page.byline());
    var publishedAt = raw.publishedAt() != null ? raw.publishedAt() : page == null ? null : page.publishedAt();

    String language = LanguageIdentifier.toIso3(raw.language());
    Double confidence = null;
    if (language == null) {
      String markup = page == null ? null : LanguageIdentifier.toIso3(page.htmlLang());
      if (text.length() >= MIN_LANGUAGE_CHARS) {
        LanguageIdentifier.Detected d = languages.detect(text);
        confidence = d.confidence();
        if (d.confidence() >= MIN_LANGUAGE_CONFIDENCE) {
          language = d.iso3();
        } else if (markup != null) {
          language = markup;
        } else {
          // Too little text for the model (one-sentence briefs, headlines): English function words decide.
          language = LanguageIdentifier.looksEnglish(text) ? "eng" : d.iso3();
        }
      } else {
        language = markup != null ? markup
            : LanguageIdentifier.looksEnglish(text) ? "eng" : LanguageIdentifier.UNDETERMINED;
      }
    }

    List<LlmArtifactDetector.Hit> hits = artifacts.detect(text);
    List<String> evidence = new ArrayList<>(hits.size());
    for (LlmArtifactDetector.Hit h : hits) {
      evidence.add(h.rule() + ": " + h.snippet());
    }

    String contentHash = Ids.sha256Hex(TextNormalizer.forHash(text), 32);
    String articleId = Urls.isWeb(normalizedUrl) ? Ids.articleId(normalizedUrl) : Ids.articleId("text:" + contentHash);
    List<Article.Link> links = page == null ? List.of() : page.links().stream()
        .map(l -> new Article.Link(l.text(), l.url())).toList();

    return IngestResult.of(new Article(articleId, raw.source(), Urls.isWeb(normalizedUrl) ? normalizedUrl : url,
        outlet, title, byline, publishedAt, language, text, LlmArtifactDetector.ruleNames(hits), evidence, links,
        raw.format(), raw.fetchedAt(), truncated, confidence, contentHash, List.of()));
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b == null || b.isBlank() ? null : b.strip();
  }
}
