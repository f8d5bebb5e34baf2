package io.claimtrace.score;

import io.claimtrace.nlp.Quantity;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One claim of a cluster with what scoring needs to know about it and its article.
 *
 * @param claimId the claim
 * @param articleId its article
 * @param outlet the article's outlet
 * @param url the article's URL
 * @param publishedAt the article's publication time, null if unknown
 * @param text the claim sentence
 * @param attributionKind person, organization, document, vague or none
 * @param attributionSource the attribution as written, or null
 * @param hedges hedge phrases in the sentence
 * @param prediction true for a forecast
 * @param links URLs linked from the sentence
 * @param paragraphLinks URLs linked from the sentence's paragraph
 * @param quantities numbers in the sentence
 * @param entities entities in the sentence
 * @param dates DATE mentions in the sentence
 * @param articleLlmArtifacts LLM-artefact rules that fired on the article
 * @param nearDuplicateGroup the article's near-duplicate group, or null
 * @param articleText the article's main text (for wire credits and context); may be null
 */
public record MemberClaim(
    String claimId,
    String articleId,
    String outlet,
    String url,
    Instant publishedAt,
    String text,
    String attributionKind,
    String attributionSource,
    List<String> hedges,
    boolean prediction,
    List<String> links,
    List<String> paragraphLinks,
    List<Quantity> quantities,
    List<EntityRef> entities,
    List<String> dates,
    List<String> articleLlmArtifacts,
    String nearDuplicateGroup,
    String articleText)
    implements Serializable {

  /** An entity mention in a claim. */
  public record EntityRef(String text, String type, boolean known, String kbId) implements Serializable {}
}
