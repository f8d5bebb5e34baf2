package io.claimtrace.nlp;

import java.io.Serializable;

/**
 * Who or what a claim is attributed to. Fabricated stories often lean on unnamed or vague
 * sources, so the kind matters as much as the name.
 *
 * @param source the source phrase as written ("a leaked BIS memo", "Jane Doe", "industry
 *     insiders"); null when {@code kind} is {@code none}
 * @param kind one of {@code person}, {@code organization}, {@code document} (a memo, study,
 *     survey, filing, report or post), {@code vague} (unnamed sources, "insiders", "reports",
 *     "experts") or {@code none}
 */
public record Attribution(String source, String kind) implements Serializable {
  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String DOCUMENT = "document";
  public static final String VAGUE = "vague";
  public static final String NONE = "none";

  /** The attribution of a sentence that names no source. */
  public static Attribution none() {
    return new Attribution(null, NONE);
  }
}
