package io.claimtrace.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * One claim found in an article: the claim sentence, what the extractor learned about it, and
 * where its sentence and paragraph link to. A row of the {@code claims} table.
 *
 * @param claimId stable id: hash of article id, sentence index and sentence text
 * @param sentenceIndex 0-based sentence position in the article text
 * @param paragraph 0-based paragraph position
 * @param start character offset of the sentence in the article text
 * @param end end offset
 * @param text the sentence as written
 * @param analysis the extractor's findings
 * @param entities entities inside the sentence
 * @param links URLs of links whose anchor text is inside the sentence
 * @param paragraphLinks URLs of links whose anchor text is inside the sentence's paragraph
 */
public record ClaimRecord(
    String claimId,
    int sentenceIndex,
    int paragraph,
    int start,
    int end,
    String text,
    ClaimAnalysis analysis,
    List<Entity> entities,
    List<String> links,
    List<String> paragraphLinks)
    implements Serializable {}
