package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
  static final String HEADER = "# version: test-1\nid\ttype\tname\taliases\tsince\tprecision\tdescription\n";

  @Test
  void bundledEntriesAliasesAndDates() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    assertTrue(kb.size() > 1000, kb.toString());
    assertEquals("org:european-commission", kb.lookup("EU Commission").get(0).id());
    assertEquals("org:european-commission", kb.lookup("European  Commission").get(0).id());
    assertEquals("org:google-deepmind", kb.lookup("DeepMind").get(0).id());
    assertEquals("org:google-deepmind", kb.lookup("Google DeepMind").get(0).id());
    KbEntry gpt4 = kb.entry("prod:gpt-4").orElseThrow();
    assertEquals(LocalDate.of(2023, 3, 14), gpt4.since());
    assertEquals("day", gpt4.precision());
    assertEquals(LocalDate.of(2024, 6, 20), kb.lookup("Claude 3.5 Sonnet").get(0).since());
    assertEquals(LocalDate.of(2024, 4, 18), kb.lookup("Llama 3").get(0).since());
    assertEquals(LocalDate.of(2022, 11, 30), kb.lookup("ChatGPT").get(0).since());
    assertEquals("month", kb.entry("org:openai").orElseThrow().precision());
    assertEquals(Entity.PERSON, kb.lookup("Sam Altman").get(0).type());
    assertTrue(kb.lookup("Sam Altman").get(0).description().contains("OpenAI"));
    assertEquals(Entity.LOC, kb.lookup("Zurich").get(0).type());
    assertTrue(kb.lookup("apple").isEmpty(), "case-sensitive");
    assertEquals("org:apple", kb.lookupIgnoreCase("APPLE").get(0).id());
    assertTrue(kb.entry("nope").isEmpty());
    assertEquals(KnowledgeBase.BUNDLED_FILES.size(), kb.versions().size());
    assertEquals(Entity.PERSON, kb.lookup("Merkel").get(0).type());
  }

  @Test
  void noBundledPersonNameBelongsToTwoPeople() {
    java.util.Map<String, String> owner = new java.util.HashMap<>();
    for (KbEntry e : KnowledgeBase.bundled().entries()) {
      if (Entity.PERSON.equals(e.type())) {
        for (String name : e.names()) {
          String previous = owner.put(KnowledgeBase.key(name).toLowerCase(java.util.Locale.ROOT), e.id());
          org.junit.jupiter.api.Assertions.assertTrue(previous == null || previous.equals(e.id()),
              "\"" + name + "\" names both " + previous + " and " + e.id());
        }
      }
    }
  }

  @Test
  void tokenLongestMatch() {
    KnowledgeBase kb = KnowledgeBase.bundled();
    KnowledgeBase.Match m = kb.longestMatch(new String[] {"GPT", "-", "4.5", "is"}, 0, 8);
    assertEquals(3, m.end());
    assertEquals("prod:gpt-4.5", m.entries().get(0).id());
    m = kb.longestMatch(new String[] {"Google", "DeepMind", "said"}, 0, 8);
    assertEquals("org:google-deepmind", m.entries().get(0).id());
    assertEquals(2, m.end());
    assertNull(kb.longestMatch(new String[] {"the", "lab"}, 0, 8));
  }

  @Test
  void userFileExtendsBundled(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("extra.tsv");
    Files.writeString(f, HEADER + "org:veridian\tORG\tVeridian Labs\tVeridian\t2024-05\t\tfictional lab\n"
        + "prod:mythos-5\tproduct\tMythos 5\t\t2026\n", StandardCharsets.UTF_8);
    KnowledgeBase kb = KnowledgeBase.load(List.of(f));
    assertEquals(KnowledgeBase.bundled().size() + 2, kb.size());
    KbEntry v = kb.lookup("Veridian").get(0);
    assertEquals("org:veridian", v.id());
    assertEquals(LocalDate.of(2024, 5, 1), v.since());
    assertEquals("month", v.precision());
    assertEquals(f.toString(), v.source());
    assertEquals("year", kb.entry("prod:mythos-5").orElseThrow().precision());
    assertEquals("test-1", kb.versions().get(f.toString()));

    EntityRecognizer rec = new EntityRecognizer(kb);
    NlpPipeline nlp = new NlpPipeline();
    List<Entity> es = rec.find(nlp.split("A memo says requests were denied by Veridian Labs.").get(0));
    Entity e = es.stream().filter(x -> x.text().equals("Veridian Labs")).findFirst().orElseThrow();
    assertTrue(e.known());
    assertEquals("org:veridian", e.kbId());
  }

  @Test
  void badLinesNameFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, HEADER + "org:ok\tORG\tOk Corp\n\norg:bad\tCOMPANY\tBad Corp\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(f)));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown type 'COMPANY'"), e.getMessage());

    Files.writeString(f, HEADER + "org:x\tORG\tX\t\t2024-13-01\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(f)));
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("since"), e.getMessage());

    Files.writeString(f, HEADER + "org:openai\tORG\tOpenAI again\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(f)));
    assertTrue(e.getMessage().contains("duplicate id 'org:openai'"), e.getMessage());

    Files.writeString(f, "id,type,name\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.load(List.of(f)));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("header"), e.getMessage());
  }
}
