package io.claimtrace.nlp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the reference {@link KnowledgeBase}.
 *
 * @param id stable id, e.g. {@code org:openai}, {@code prod:gpt-4o}, {@code loc:france}
 * @param name canonical name
 * @param type PERSON, ORG, LOC or PRODUCT
 * @param aliases other names (the canonical name is not repeated here)
 * @param since founded (organisations) or first public release (products, models), or null when not
 *     recorded; used later for temporal-inconsistency checks ("the 2023 ban on GPT-4.5")
 * @param precision how much of {@code since} is certain: {@code day}, {@code month} or {@code year}
 *     (a month-precision date is stored as the first of the month), or null without a date
 * @param description role of a person, or a short description
 * @param source the file the entry came from (the bundled resource name or a user path)
 */
public record KbEntry(String id, String name, String type, List<String> aliases, LocalDate since,
    String precision, String description, String source) implements Serializable {

  /** All names: the canonical name first, then the aliases. */
  public List<String> names() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
