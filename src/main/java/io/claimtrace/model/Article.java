package io.claimtrace.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One article as the ingest stage writes it: a row of the {@code articles} table.
 * Plain Java so the extraction core can be tested without Spark.
 *
 * @param articleId stable id: hash of the normalized canonical URL, or of the text when there is no URL
 * @param source provenance (file path, {@code path:line}, {@code warc#record-id}, {@code feed#item-link})
 * @param url canonical URL, else the source URL, else the file path
 * @param outlet registrable domain of {@code url}, or the outlet given by the input
 * @param title headline, null if none
 * @param byline author(s) as written, null if none
 * @param publishedAt publication time from metadata, null if unknown
 * @param language ISO 639-3 code
 * @param text main text without boilerplate, paragraphs separated by a blank line
 * @param llmArtifacts names of the unedited-LLM-text rules that fired
 * @param llmArtifactEvidence the matched snippets, {@code rule: snippet}, same order
 * @param links outbound links inside the main text
 * @param inputFormat html, warc, jsonl, rss, atom
 * @param fetchedAt capture time (WARC-Date) or null
 * @param textTruncated true when the record was larger than the cap and was cut
 * @param languageConfidence langdetect confidence, null when the language was given or guessed from markup
 * @param contentHash hash of the normalized text, used for exact-duplicate detection
 * @param duplicateSources sources of the exact duplicates (same URL or same text) collapsed into this one
 */
public record Article(
    String articleId,
    String source,
    String url,
    String outlet,
    String title,
    String byline,
    Instant publishedAt,
    String language,
    String text,
    List<String> llmArtifacts,
    List<String> llmArtifactEvidence,
    List<Link> links,
    String inputFormat,
    Instant fetchedAt,
    boolean textTruncated,
    Double languageConfidence,
    String contentHash,
    List<String> duplicateSources)
    implements Serializable {

  /** This article with other sources recorded as its collapsed duplicates. */
  public Article withDuplicateSources(List<String> sources) {
    return new Article(articleId, source, url, outlet, title, byline, publishedAt, language, text, llmArtifacts,
        llmArtifactEvidence, links, inputFormat, fetchedAt, textTruncated, languageConfidence, contentHash, sources);
  }

  /** An outbound link inside the main text: anchor text and absolute URL. */
  public record Link(String text, String url) implements Serializable {}
}
