package io.claimtrace.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Narrow groups of lemmas that say the same thing in news about AI companies, research and
 * policy ("publish", "release", "issue"; "guideline", "guidance"), read from the bundled
 * {@code synonyms.txt}. Clustering maps every member to its group's first lemma before MinHash
 * and verification, so outlets that reword a claim with a synonym still collide and match.
 *
 * <p>Hand-written for claimtrace. The groups are narrow on purpose: a general thesaurus (WordNet's
 * top senses were measured) also joins "result" with "answer" and "try" with "prove", which
 * chains unrelated short sentences into one cluster. Soft WordNet matches inside verification only
 * chained UCI headlines as well (README, "What the similarity compares").
 *
 * <p>Immutable and thread-safe.
 */
public final class Synonyms {
  private static final String RESOURCE = "synonyms.txt";
  private static final Synonyms BUNDLED = load();

  private final Map<String, String> canonical;

  private Synonyms(Map<String, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  public static Synonyms bundled() {
    return BUNDLED;
  }

  /** The lemma that stands for {@code lemma}'s group, or {@code lemma} itself when it is in none. */
  public String canonical(String lemma) {
    return canonical.getOrDefault(lemma, lemma);
  }

  int size() {
    return canonical.size();
  }

  private static Synonyms load() {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load synonym groups: resource missing from the jar (io/claimtrace/cluster/" + RESOURCE + ")");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load synonym groups: " + e.getMessage(), e);
    }
  }

  /** Parses one group per line, first lemma first; '#' starts a comment. A lemma in two groups is an error. */
  static Synonyms parse(BufferedReader reader) throws IOException {
    Map<String, String> map = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
      if (body.isEmpty()) {
        continue;
      }
      String[] lemmas = body.split("\\s+");
      for (String lemma : lemmas) {
        String before = map.putIfAbsent(lemma, lemmas[0]);
        if (before != null) {
          throw new IllegalArgumentException("Cannot read synonym groups: '" + lemma + "' is in two groups (line " + number + ")");
        }
      }
    }
    return new Synonyms(map);
  }
}
