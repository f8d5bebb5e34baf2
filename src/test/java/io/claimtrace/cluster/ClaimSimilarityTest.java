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

  /** {@link ClaimSimilarity#subjectsConflict} on two sets of subject strings (as in {@link ClaimFeatures#subjects()}). */
  private static boolean disjoint(Set<String> a, Set<String> b) {
    return ClaimSimilarity.subjectsConflict(new ClaimFeatures("a", List.of(), List.of(), a),
        new ClaimFeatures("b", List.of(), List.of(), b));
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
    // The figure is one unmatched unit of content on each side (3 of 5 weights shared: Jaccard
    // 0.6, overlap 0.75), and the conflict lowers the rest.
    assertEquals(ClaimSimilarity.NUMBER_CONFLICT_FACTOR * (0.5 * 0.6 + 0.5 * 0.75), similarity.similarity(a, other), 1e-9);
  }

  @Test
  void aFigureOnlyOneClaimStatesIsUnmatchedContent() {
    ClaimFeatures bare = claim("request deny memo");
    ClaimFeatures withFigure = claim("47% request deny memo");
    ClaimFeatures withTwo = claim("47% 2026 request deny memo");
    // 3 of 4 weights shared: Jaccard 0.75, overlap coefficient 1.0.
    assertEquals(0.875, similarity.similarity(bare, withFigure), 1e-9);
    assertTrue(similarity.similarity(bare, withTwo) < similarity.similarity(bare, withFigure));
    // Numbers weigh as much as a token seen once: with IDF, as much as the rarest word.
    ClaimSimilarity weighted = new ClaimSimilarity(Map.of("request", 1.0, "deny", 1.0, "memo", 1.0), 3.0, 0.35);
    assertEquals(0.5 * 0.5 + 0.5 * 1.0, weighted.similarity(bare, withFigure), 1e-9);
  }

  @Test
  void differentCompaniesWithTheSameWordingStayApart() {
    ClaimFeatures mistral = claim("mistral raise round billion euro", "Mistral|ORG|org:mistral-ai");
    ClaimFeatures cohere = claim("cohere raise round billion euro", "Cohere|ORG|org:cohere");
    assertEquals(0.0, similarity.similarity(mistral, cohere));
  }

  @Test
  void subjectsAgreeOnADistinctiveSharedWordNotOnTitlesOrPronouns() {
    assertFalse(disjoint(Set.of("per:ecb president wim duisenberg"), Set.of("per:central bank president wim duisenberg")));
    assertFalse(disjoint(Set.of("loc:kb:loc:united-states"), Set.of("loc:united states")));
    assertTrue(disjoint(Set.of("org:acme inc"), Set.of("org:globex inc")));
    assertTrue(disjoint(Set.of("org:nasdaq composite index"), Set.of("org:standard poor 500 index")));
    assertFalse(disjoint(Set.of("org:veridian"), Set.of("org:veridian labs")));
    // A recognizer that took "He" for a name must not keep a paraphrase apart from its original.
    assertFalse(disjoint(Set.of("per:he"), Set.of("per:copps")));
    // A name agrees across kinds: recognizers type the same name differently from sentence to sentence.
    assertFalse(disjoint(Set.of("per:veridian"), Set.of("org:veridian labs")));
    assertEquals(Set.of("nist"), ClaimSimilarity.subjectWords("org:kb:org:nist"));
    assertEquals(Set.of("alex", "arena"), ClaimSimilarity.subjectWords("per:alex arena"));
  }

  @Test
  void onlyNamesOfAKindBothClaimsNameCanKeepThemApart() {
    // Two companies: different claims, also when one claim names a place besides.
    assertTrue(disjoint(Set.of("org:acme", "loc:paris"), Set.of("org:globex")));
    // One names the company, the other only the city or the spokesperson: detail, not a different subject.
    assertFalse(disjoint(Set.of("org:acme"), Set.of("loc:paris")));
    assertFalse(disjoint(Set.of("org:acme"), Set.of("per:jane doe")));
    // Products count with organizations.
    assertTrue(disjoint(Set.of("org:kb:prod:halo"), Set.of("org:globex")));
    ClaimFeatures company = claim("acme raise round billion euro", "Acme|ORG|");
    ClaimFeatures city = claim("paris raise round billion euro", "Paris|LOC|");
    assertTrue(similarity.similarity(company, city) > 0, "a place alone does not gate");
    ClaimFeatures other = claim("globex raise round billion euro", "Globex|ORG|");
    assertEquals(0.0, similarity.similarity(company, other));
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
