package io.claimtrace.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link ClaimExtractor#analyze} found out about one sentence.
 *
 * @param claim true when the sentence is a check-worthy factual claim (see {@link ClaimExtractor}
 *     for the definition)
 * @param score the score behind {@code claim}: the rule weights plus the lexical model's share
 *     (reason "model score p"); a sentence is a claim when {@code score >= ClaimExtractor.THRESHOLD}.
 *     Higher means more check-worthy
 * @param normalized the matching key: space-separated tokens in sentence order (see
 *     {@link ClaimExtractor} for the exact format), e.g. {@code "47% deny request veridian_labs"}
 * @param quantities the numbers the sentence reports, in order
 * @param attribution the source the sentence names, or {@link Attribution#none()}
 * @param hedges hedge phrases found, lower case as written ("reportedly", "is said to")
 * @param prediction true when the sentence forecasts ("is expected to", "could become", "will likely")
 * @param reasons the rules that fired, for explanation ("quantity", "opinion marker", ...);
 *     rules that lowered the score are prefixed with {@code "-"}
 */
public record ClaimAnalysis(
    boolean claim,
    double score,
    String normalized,
    List<Quantity> quantities,
    Attribution attribution,
    List<String> hedges,
    boolean prediction,
    List<String> reasons)
    implements Serializable {}
