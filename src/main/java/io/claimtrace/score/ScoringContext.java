package io.claimtrace.score;

import io.claimtrace.nlp.KnowledgeBase;
import java.io.Serializable;
import java.util.Map;

/**
 * What signals may consult besides the cluster itself.
 *
 * @param kb the reference knowledge base (entity {@code since} dates, names for own-site links)
 * @param outlets outlet profiles by outlet (registrable domain); outlets missing here are unknown
 */
public record ScoringContext(KnowledgeBase kb, Map<String, OutletProfile> outlets) implements Serializable {

  public ScoringContext {
    outlets = outlets == null ? Map.of() : Map.copyOf(outlets);
  }

  /** A context with the given knowledge base and no outlet profiles. */
  public static ScoringContext of(KnowledgeBase kb) {
    return new ScoringContext(kb, Map.of());
  }
}
