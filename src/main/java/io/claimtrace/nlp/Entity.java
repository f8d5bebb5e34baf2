package io.claimtrace.nlp;

import java.io.Serializable;

/**
 * A typed entity mention in an article.
 *
 * <p>Types: {@code PERSON}, {@code ORG}, {@code LOC}, {@code PRODUCT} (products, AI models and laws
 * such as the AI Act), {@code MONEY}, {@code PERCENT}, {@code DATE} (explicit dates, years in date
 * context, weekdays and simple relative dates such as "last year"), {@code NUMBER} (a bare number)
 * and {@code QUANTITY} (a number with the thing counted, "2,000 developers").
 *
 * @param text the mention as written in the article
 * @param type one of the types above
 * @param start character offset in the article text (inclusive)
 * @param end character offset in the article text (exclusive)
 * @param known true when the mention matches an entry of the {@link KnowledgeBase}; an organisation
 *     or product nobody has heard of is a fabrication signal for later stages
 * @param kbId the knowledge-base entry id, or null when not known
 * @param method who found it: {@code kb} (knowledge-base match), {@code model} (the statistical name
 *     finder) or {@code rule} (regular patterns)
 */
public record Entity(String text, String type, int start, int end, boolean known, String kbId, String method)
    implements Serializable {

  public static final String PERSON = "PERSON";
  public static final String ORG = "ORG";
  public static final String LOC = "LOC";
  public static final String PRODUCT = "PRODUCT";
  public static final String MONEY = "MONEY";
  public static final String PERCENT = "PERCENT";
  public static final String DATE = "DATE";
  public static final String NUMBER = "NUMBER";
  public static final String QUANTITY = "QUANTITY";
}
