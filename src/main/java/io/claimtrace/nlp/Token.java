package io.claimtrace.nlp;

import java.io.Serializable;

/**
 * A token of an article's text.
 *
 * @param text the token as written
 * @param start character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 * @param pos Universal Dependencies UPOS tag, or null when the sentence was not tagged
 * @param lemma lower-case lemma, or null when the sentence was not lemmatized
 */
public record Token(String text, int start, int end, String pos, String lemma) implements Serializable {}
