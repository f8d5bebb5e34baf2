package io.claimtrace.score;

import java.io.Serializable;

/**
 * What is known about an outlet before scoring, from the whole corpus.
 *
 * @param outlet registrable domain
 * @param articles articles of the outlet
 * @param claims claims of the outlet
 * @param artifactRate share of its articles with LLM artefacts
 * @param copyRate share of its articles that are near-duplicates of an earlier article elsewhere
 */
public record OutletProfile(String outlet, long articles, long claims, double artifactRate, double copyRate)
    implements Serializable {}
