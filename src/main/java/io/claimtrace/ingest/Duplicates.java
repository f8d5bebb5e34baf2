package io.claimtrace.ingest;

import io.claimtrace.model.Article;
import java.time.Instant;
import java.util.Comparator;
import java.util.TreeSet;

/**
 * Collapsing exact duplicates (same canonical URL, or the same normalized text) to the earliest
 * copy. "Earliest" is the earliest {@code published_at}, then the earliest capture time, then the
 * smallest source string, so the choice is the same whatever order Spark meets the copies in.
 */
public final class Duplicates {
  private static final Comparator<Instant> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

  /** Orders articles earliest first. */
  public static final Comparator<Article> EARLIEST_FIRST = Comparator
      .comparing(Article::publishedAt, NULLS_LAST)
      .thenComparing(Article::fetchedAt, NULLS_LAST)
      .thenComparing(Article::source);

  private Duplicates() {}

  /** Keeps the earlier article and records the other's sources as its duplicates. Associative and commutative. */
  public static Article merge(Article a, Article b) {
    Article keep = EARLIEST_FIRST.compare(a, b) <= 0 ? a : b;
    Article drop = keep == a ? b : a;
    TreeSet<String> sources = new TreeSet<>(keep.duplicateSources());
    sources.addAll(drop.duplicateSources());
    sources.add(drop.source());
    return keep.withDuplicateSources(java.util.List.copyOf(sources));
  }
}
