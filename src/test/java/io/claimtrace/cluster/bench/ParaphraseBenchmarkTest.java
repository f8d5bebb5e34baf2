package io.claimtrace.cluster.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphraseBenchmarkTest {
  @TempDir Path dir;

  @Test
  void endToEndCorpusHasEachSentenceOnceAsAnArticleOfItsOwnOutlet() throws Exception {
    // MRPC's layout, with sentences written for this test; sentence 11 is in two pairs.
    Files.writeString(dir.resolve("msr_paraphrase_test.txt"), String.join("\n",
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
        "1\t11\t12\tAcme raised $40 million on Monday.\tAcme said on Monday it had raised $40 million.",
        "0\t11\t13\tAcme raised $40 million on Monday.\tGlobex cut 300 jobs in March.",
        "broken line"), StandardCharsets.UTF_8);
    Path jsonl = dir.resolve("out/corpus.jsonl");
    List<ParaphraseBenchmark.SentencePair> pairs = ParaphraseBenchmark.writeEndToEndCorpus(dir, jsonl);

    assertEquals(List.of(new ParaphraseBenchmark.SentencePair(true, "11", "12"),
        new ParaphraseBenchmark.SentencePair(false, "11", "13")), pairs);
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("https://mrpc-11.example/11", first.get("url").asText());
    assertEquals("mrpc-11", first.get("outlet").asText());
    assertEquals("Acme raised $40 million on Monday.", first.get("text").asText());
    assertFalse(lines.get(1).contains("mrpc-11"));
  }

  @Test
  void missingTestSplitIsAClearError() {
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> ParaphraseBenchmark.writeEndToEndCorpus(dir.resolve("nowhere"), dir.resolve("c.jsonl")));
    assertTrue(e.getMessage().startsWith("Cannot read MRPC: no msr_paraphrase_test.txt in"), e.getMessage());
  }
}
