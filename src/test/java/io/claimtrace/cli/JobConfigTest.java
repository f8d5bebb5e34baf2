package io.claimtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.ingest.IngestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsFileMatchesTheDocumentedDefaults() {
    assertEquals(IngestConfig.defaults(), JobConfig.resolve(null, List.of(), Map.of()).ingest());
  }

  @Test
  void precedenceIsFlagThenConfThenFileThenDefaults() throws IOException {
    Path file = Files.writeString(dir.resolve("c.properties"), """
        claimtrace.ingest.max-page-bytes=1000
        claimtrace.ingest.min-text-words=3
        claimtrace.ingest.max-text-chars=500
        spark.executor.memory=2g
        """);
    JobConfig c = JobConfig.resolve(file,
        List.of("claimtrace.ingest.min-text-words=5", "claimtrace.ingest.max-text-chars=700", "spark.sql.shuffle.partitions=4"),
        Map.of("claimtrace.ingest.max-text-chars", "900"));
    IngestConfig i = c.ingest();
    assertEquals(1000, i.maxPageBytes(), "file over defaults");
    assertEquals(5, i.minTextWords(), "--conf over file");
    assertEquals(900, i.maxTextChars(), "flag over --conf");
    assertEquals(Map.of("spark.executor.memory", "2g", "spark.sql.shuffle.partitions", "4"), c.sparkConf());
  }

  @Test
  void missingConfigFileIsAClearError() {
    UsageException e = assertThrows(UsageException.class,
        () -> JobConfig.resolve(dir.resolve("none.properties"), List.of(), Map.of()));
    assertEquals("Cannot read config: no such file (" + dir.resolve("none.properties") + ")", e.getMessage());
  }

  @Test
  void confWithoutEqualsIsRefused() {
    UsageException e = assertThrows(UsageException.class, () -> JobConfig.resolve(null, List.of("justakey"), Map.of()));
    assertTrue(e.getMessage().contains("expected KEY=VALUE"), e.getMessage());
  }
}
