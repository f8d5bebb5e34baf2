package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimtrace.model.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  static Article article(String source, String published, String fetched) {
    return new Article("id", source, "https://x.com/a", "x.com", "t", null,
        published == null ? null : Instant.parse(published), "eng", "text", List.of(), List.of(), List.of(),
        "html", fetched == null ? null : Instant.parse(fetched), false, null, "h", List.of());
  }

  @Test
  void keepsTheEarliestPublishedAndRecordsTheOthers() {
    Article early = article("b.html", "2026-03-01T00:00:00Z", null);
    Article late = article("a.html", "2026-03-02T00:00:00Z", null);
    Article undated = article("c.warc#1", null, "2026-02-01T00:00:00Z");
    Article merged = Duplicates.merge(Duplicates.merge(late, undated), early);
    assertEquals("b.html", merged.source());
    assertEquals(List.of("a.html", "c.warc#1"), merged.duplicateSources());
    // Order of merging does not matter.
    Article other = Duplicates.merge(early, Duplicates.merge(undated, late));
    assertEquals(merged, other);
  }

  @Test
  void capturesDecideBetweenUndatedCopiesThenSource() {
    Article first = article("z.warc#1", null, "2026-03-01T00:00:00Z");
    Article second = article("a.warc#2", null, "2026-03-05T00:00:00Z");
    assertEquals("z.warc#1", Duplicates.merge(second, first).source());
    Article x = article("x", null, null);
    Article y = article("y", null, null);
    assertEquals("x", Duplicates.merge(y, x).source());
  }
}
