package io.claimtrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimSimilarityTest {
  /** No IDF table: every token weighs the same, so the figures below are easy to check by hand. */
  private final ClaimSimilarity similarity = new ClaimSimilarity(Map.of(), 1.0, 0.35);

  private static ClaimFeatures claim(String normalized, String... entities) {
    List<String[]> ents = new ArrayList<>();
    for (String e : entities) {
      ents.add(e.split("\\|", -1));
    }
    for (String[] e : ents) {
      if (e.length > 2 && e[2].isEmpty()) {
        e[2] = null;
      }
    }
    return ClaimFeatures.of("c", normalized, ents);
  }

  @Test
  void identicalClaimsScoreOne() {
    ClaimFeatures a = claim("request deny memo leak");
    assertEquals(1.0, similarity.similarity(a, a), 1e-9);
  }

  @Test
  void numericDriftKeepsTheClaimButADifferentFigureLowersIt() {
    ClaimFeatures a = claim("47% request deny memo");
    ClaimFeatures drift = claim("52% request deny memo");
    ClaimFeatures other = claim("12% request deny memo");
    assertEquals(1.0, similarity.similarity(a, drift), 1e-9);
    assertTrue(ClaimSimilarity.numbersDiffer(a, drift));
    assertEquals(ClaimSimilarity.NUMBER_CONFLICT_FACTOR, similarity.similarity(a, other), 1e-9);
  }

  @Test
  void differentCompaniesWithTheSameWordingStayApart() {
    ClaimFeatures mistral = claim("mistral raise round billion euro", "Mistral|ORG|org:mistral-ai");
    ClaimFeatures cohere = claim("cohere raise round billion euro", "Cohere|ORG|org:cohere");
    assertEquals(0.0, similarity.similarity(mistral, cohere));
  }

  @Test
  void subjectsAgreeOnADistinctiveSharedWordNotOnTitlesOrPronouns() {
    assertFalse(ClaimSimilarity.disjoint(Set.of("ecb president wim duisenberg"), Set.of("central bank president wim duisenberg")));
    assertFalse(ClaimSimilarity.disjoint(Set.of("kb:loc:united-states"), Set.of("united states")));
    assertTrue(ClaimSimilarity.disjoint(Set.of("acme inc"), Set.of("globex inc")));
    assertTrue(ClaimSimilarity.disjoint(Set.of("nasdaq composite index"), Set.of("standard poor 500 index")));
    assertFalse(ClaimSimilarity.disjoint(Set.of("veridian"), Set.of("veridian labs")));
    // A recognizer that took "He" for a name must not keep a paraphrase apart from its original.
    assertFalse(ClaimSimilarity.disjoint(Set.of("he"), Set.of("copps")));
    assertEquals(Set.of("nist"), ClaimSimilarity.subjectWords("kb:org:nist"));
  }

  @Test
  void unknownMultiWordEntitiesAreComparedByTheirWords() {
    ClaimFeatures a = claim("alex_arena chief financial officer report", "Alex Arena|PERSON|");
    ClaimFeatures b = claim("group_chief_financial_officer_alex_arena report", "Group Chief Financial Officer Alex Arena|PERSON|");
    assertTrue(a.tokens().contains("arena"), a.tokens().toString());
    assertTrue(similarity.same(a, b), "similarity " + similarity.similarity(a, b));
  }

  @Test
  void knownEntitiesAreOneTokenWhateverTheirName() {
    ClaimFeatures full = claim("national_institute_of_standards_and_technology publish guidance",
        "National Institute of Standards and Technology|ORG|org:nist");
    ClaimFeatures acronym = claim("nist issue guideline", "NIST|ORG|org:nist");
    assertEquals(List.of("kb:org:nist", "publish", "guidance"), full.tokens());
    assertEquals(List.of("kb:org:nist", "publish", "guidance"), acronym.tokens());
    assertEquals(1.0, similarity.similarity(full, acronym), 1e-9);
  }

  @Test
  void aShortSentenceIsNotTheSameClaimAsEveryLongOneContainingItsWords() {
    ClaimFeatures shortOne = claim("coding assistant daily use");
    ClaimFeatures wrapped = claim("leaked memo reveal coding assistant daily use");
    ClaimFeatures paragraph = claim("vendor visible newcomer enterprise market year report prompt question customer"
        + " product ready whether firm filter update coding assistant daily use");
    assertTrue(similarity.same(shortOne, wrapped), "similarity " + similarity.similarity(shortOne, wrapped));
    // 4 of 20 tokens: Jaccard 0.2, overlap coefficient 1.0 damped to 0.2 / 0.5 = 0.4.
    assertEquals(0.3, similarity.similarity(shortOne, paragraph), 1e-9);
    assertFalse(similarity.same(shortOne, paragraph));
  }

  @Test
  void synonymGroupsAreParsedAndAMemberOfTwoGroupsIsRejected() throws Exception {
    Synonyms s = Synonyms.parse(new BufferedReader(new StringReader("# comment\npublish release issue\nban prohibit # trailing\n")));
    assertEquals("publish", s.canonical("issue"));
    assertEquals("ban", s.canonical("prohibit"));
    assertEquals("report", s.canonical("report"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Synonyms.parse(new BufferedReader(new StringReader("publish release\nrelease free\n"))));
    assertTrue(e.getMessage().contains("'release' is in two groups (line 2)"), e.getMessage());
    assertTrue(Synonyms.bundled().size() > 50);
  }
}
