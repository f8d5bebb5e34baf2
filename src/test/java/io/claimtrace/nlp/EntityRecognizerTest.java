package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  static NlpPipeline nlp;
  static EntityRecognizer rec;

  @BeforeAll
  static void load() {
    nlp = new NlpPipeline();
    rec = new EntityRecognizer();
  }

  static List<Entity> entities(String text) {
    List<AnalyzedSentence> s = nlp.split(text);
    assertEquals(1, s.size(), s.toString());
    List<Entity> es = rec.find(s.get(0));
    for (Entity e : es) {
      assertEquals(e.text(), text.substring(e.start(), e.end()), "offsets are article offsets");
    }
    return es;
  }

  /** Asserts that the entity with this exact text in the sentence has this type. */
  private static void assertTyped(String type, String sentence, String text) {
    List<Entity> es = entities(sentence);
    assertEquals(type, get(es, text).type(), es.toString());
  }

  /** Asserts that none of the sentence's entities has one of these exact texts. */
  private static void assertNoEntity(String sentence, String... texts) {
    List<Entity> es = entities(sentence);
    assertTrue(es.stream().noneMatch(e -> List.of(texts).contains(e.text())), es.toString());
  }

  /** Asserts a condition on the spans of each sentence (tokens split at spaces). */
  private static void forEachSentence(java.util.function.Predicate<List<TypedSpan>> ok, String... sentences) {
    for (String t : sentences) {
      List<TypedSpan> spans = rec.findInTokens(t.split(" "));
      assertTrue(ok.test(spans), t + " -> " + spans);
    }
  }

  static Entity get(List<Entity> es, String text) {
    Optional<Entity> e = es.stream().filter(x -> x.text().equals(text)).findFirst();
    assertTrue(e.isPresent(), "no entity '" + text + "' in " + es);
    return e.get();
  }

  @Test
  void percentAndUnknownCompany() {
    String t = "A leaked memo reveals that 47% of requests were denied by Veridian Labs.";
    List<Entity> es = entities(t);
    Entity p = get(es, "47%");
    assertEquals(Entity.PERCENT, p.type());
    assertEquals(t.indexOf("47%"), p.start());
    assertEquals("rule", p.method());
    Entity o = get(es, "Veridian Labs");
    assertEquals(Entity.ORG, o.type());
    assertFalse(o.known());
    assertNull(o.kbId());
    assertEquals(2, es.size(), es.toString());
  }

  @Test
  void longestSpanWinsOverKnownAliasInside() {
    String t = "DeepMind Partners, a Zurich startup, raised $310 million.";
    List<Entity> es = entities(t);
    Entity o = get(es, "DeepMind Partners");
    assertEquals(Entity.ORG, o.type());
    assertFalse(o.known(), "must not be the known DeepMind entry");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("DeepMind")));
    Entity z = get(es, "Zurich");
    assertEquals(Entity.LOC, z.type());
    assertTrue(z.known());
    assertEquals("loc:zurich", z.kbId());
    Entity m = get(es, "$310 million");
    assertEquals(Entity.MONEY, m.type());
    assertEquals(t.indexOf('$'), m.start());
  }

  @Test
  void moneyInWordsAndKnownLab() {
    List<Entity> es = entities("Mistral raised 1.7 billion euros in its latest round.");
    Entity o = get(es, "Mistral");
    assertEquals(Entity.ORG, o.type());
    assertTrue(o.known());
    assertEquals("org:mistral-ai", o.kbId());
    assertEquals("kb", o.method());
    assertEquals(Entity.MONEY, get(es, "1.7 billion euros").type());
    assertEquals(Entity.MONEY, get(entities("The fine was €1.7bn."), "€1.7bn").type());
    assertEquals(Entity.MONEY, get(entities("It paid 500 million dollars."), "500 million dollars").type());
  }

  @Test
  void yearInDateContextAndKnownModel() {
    List<Entity> es = entities("The 2023 ban on GPT-4.5 in Italian schools");
    Entity d = get(es, "2023");
    assertEquals(Entity.DATE, d.type());
    Entity g = get(es, "GPT-4.5");
    assertEquals(Entity.PRODUCT, g.type());
    assertTrue(g.known());
    assertEquals("prod:gpt-4.5", g.kbId());
    assertEquals(2025, rec.kb().entry(g.kbId()).orElseThrow().since().getYear(), "release year for the temporal check");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Italian")), es.toString());
  }

  @Test
  void personPossessiveOrgAndDate() {
    String t = "Sam Altman, OpenAI's chief executive, said on March 9 that 2,000 developers used it.";
    List<Entity> es = entities(t);
    Entity p = get(es, "Sam Altman");
    assertEquals(Entity.PERSON, p.type());
    assertTrue(p.known());
    assertEquals("per:sam-altman", p.kbId());
    Entity o = get(es, "OpenAI");
    assertEquals(Entity.ORG, o.type());
    assertEquals(t.indexOf("OpenAI"), o.start());
    assertEquals("org:openai", o.kbId());
    assertEquals(Entity.DATE, get(es, "March 9").type());
    assertEquals(Entity.QUANTITY, get(es, "2,000 developers").type());
  }

  @Test
  void agencyAndFullDate() {
    List<Entity> es = entities("NIST published AI 300-2 on 9 March 2026.");
    Entity n = get(es, "NIST");
    assertEquals(Entity.ORG, n.type());
    assertEquals("org:nist", n.kbId());
    assertEquals(Entity.DATE, get(es, "9 March 2026").type());
    assertTrue(es.stream().noneMatch(e -> e.text().startsWith("AI") && !e.type().equals(Entity.PRODUCT)), es.toString());
  }

  @Test
  void versionedModelNames() {
    List<Entity> es = entities("Claude 3.5 Sonnet, Llama 3.1 and Gemini 2.0 Flash lost to Mythos 5.");
    Entity c = get(es, "Claude 3.5 Sonnet");
    assertEquals("prod:claude-3.5-sonnet", c.kbId());
    assertEquals("prod:llama-3.1", get(es, "Llama 3.1").kbId());
    assertEquals(Entity.PRODUCT, get(es, "Gemini 2.0 Flash").type());
    Entity m = get(es, "Mythos 5");
    assertEquals(Entity.PRODUCT, m.type());
    assertFalse(m.known());
  }

  @Test
  void percentWordsAndRelativeDate() {
    List<Entity> es = entities("Revenue rose 47 per cent last year, or 12 percent since 2019.");
    assertEquals(Entity.PERCENT, get(es, "47 per cent").type());
    assertEquals(Entity.PERCENT, get(es, "12 percent").type());
    assertEquals(Entity.DATE, get(es, "last year").type());
    assertEquals(Entity.DATE, get(es, "2019").type());
  }

  @Test
  void articleModeCarriesSurnames() {
    String text = "Kori Vantreska founded the lab in 2021.\n\nVantreska said the results were real.";
    List<Entity> es = rec.findInArticle(nlp.split(text));
    List<Entity> v = es.stream().filter(e -> e.text().equals("Vantreska")).toList();
    assertEquals(1, v.size(), es.toString());
    assertEquals(Entity.PERSON, v.get(0).type());
  }

  @Test
  void tokenSpansForPreTokenizedText() {
    List<TypedSpan> s = rec.findInTokens(new String[] {"Talks", "in", "Geneva", "with", "the", "European",
        "Commission", "ended", "."});
    assertTrue(s.contains(new TypedSpan(2, 3, Entity.LOC, "loc:geneva", "kb")), s.toString());
    assertTrue(s.contains(new TypedSpan(5, 7, Entity.ORG, "org:european-commission", "kb")), s.toString());
    assertTrue(rec.findInTokens(new String[0]).isEmpty());
  }

  @Test
  void pronounsOpeningASentenceAreNotPeople() {
    assertNoEntity("He added that the plan would be ready in March.", "He");
  }

  @Test
  void eventAndAgreementNamesAreNoEntitiesAndHideTheirPlace() {
    List<Entity> es = entities("Brazil won the World Cup a year after the Paris Agreement was signed.");
    assertEquals(Entity.LOC, get(es, "Brazil").type());
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Cup") || e.text().contains("Paris")), es.toString());
  }

  @Test
  void pluralsOfNationalityAndCommonWordsAreNotNames() {
    assertNoEntity("Many Australians and several MPs criticised the decision on Monday.", "Australians", "MPs");
  }

  @Test
  void loneNameAfterASpeechVerbIsAPerson() {
    assertTyped(Entity.PERSON, "The market has always had a political dimension, says Velborn.", "Velborn");
  }

  @Test
  void nationalityWordOpeningAnOrganisationStaysInIt() {
    assertTyped(Entity.ORG, "British Airways said on Monday it would cut 500 jobs.", "British Airways");
  }

  @Test
  void teamRecordInAStandingsLineIsNotAProduct() {
    List<TypedSpan> spans = rec.findInTokens("PHILADELPHIA 14 12 2 75 75 30".split(" "));
    assertEquals(Entity.ORG, spans.get(0).type(), spans.toString());
    assertEquals(1, spans.get(0).length(), spans.toString());
  }

  @Test
  void organisationNamedAsHeadOfPlaceTakesTheWordsBeforeTheHead() {
    List<Entity> es = entities("Lobbyists from the Motion Picture Association of America met the Glasgow School of Art.");
    assertEquals(Entity.ORG, get(es, "Motion Picture Association of America").type());
    assertEquals(Entity.ORG, get(es, "Glasgow School of Art").type());
  }

  @Test
  void acronymsOfThingsAndSentenceAdverbsAreNotOrganisations() {
    List<Entity> es = entities("Theoretically, tumour DNA and VAT receipts could be shown on TV.");
    assertTrue(es.stream().noneMatch(e -> List.of("Theoretically", "DNA", "VAT", "TV").contains(e.text())), es.toString());
  }

  @Test
  void aLoneNameWithAPersonCueIsThatPersonElsewhereInTheDocument() {
    List<List<TypedSpan>> doc = rec.findInDocument(List.of(
        "The hair is put in a chemical bath first , Velborn explains .".split(" "),
        "It has always had a political dimension , says Velborn .".split(" ")));
    for (List<TypedSpan> spans : doc) {
      assertTrue(spans.stream().anyMatch(s -> s.type().equals(Entity.PERSON)), spans.toString());
    }
  }

  @Test
  void teamsInFixtureAndStandingsLinesAreOrganisations() {
    List<TypedSpan> fixture = rec.findInTokens("PHILADELPHIA AT DALLAS".split(" "));
    assertEquals(List.of(Entity.ORG, Entity.ORG), fixture.stream().map(TypedSpan::type).toList(), fixture.toString());
    List<TypedSpan> row = rec.findInTokens("Barcelona ( Spain ) 9 4 5 13".split(" "));
    assertEquals(Entity.ORG, row.get(0).type(), row.toString());
    assertEquals(Entity.LOC, row.get(1).type(), "the country stays a place: " + row);
    List<TypedSpan> state = rec.findInTokens("FLORIDA 17 4 6 83 53 40".split(" "));
    assertEquals(Entity.ORG, state.get(0).type(), state.toString());
  }

  @Test
  void loneUnknownWordTypedByItsPlaceInTheSentence() {
    List<TypedSpan> dateline = rec.findInTokens("ZORVANKA , Freedonia 1996-12-07".split(" "));
    assertEquals(Entity.LOC, dateline.get(0).type(), dateline.toString());
    List<TypedSpan> apposition = rec.findInTokens("Velborn , whose grandmother was a teacher , arrived late .".split(" "));
    assertEquals(Entity.PERSON, apposition.get(0).type(), apposition.toString());
    List<TypedSpan> club = rec.findInTokens("He signed for the Velborn side last year .".split(" "));
    assertTrue(club.stream().anyMatch(x -> x.type().equals(Entity.ORG)), club.toString());
  }

  @Test
  void nationalityPhrasesAndAdjectivesAreNotNames() {
    List<Entity> es = entities("North Korean officials met Indigenous leaders and two million Floridians.");
    assertTrue(es.stream().noneMatch(e -> List.of("North Korean", "Korean", "Indigenous", "Floridians").contains(e.text())),
        es.toString());
  }

  @Test
  void nameParticlesJoinAPersonAndRelativeClausesMarkOne() {
    List<TypedSpan> particle = rec.findInTokens("The poet Günter de Bruyn died on Friday .".split(" "));
    assertTrue(particle.stream().anyMatch(x -> x.type().equals(Entity.PERSON) && x.length() == 3), particle.toString());
    List<TypedSpan> who = rec.findInTokens("Officials praised Velborn , who led the inquiry .".split(" "));
    assertTrue(who.stream().anyMatch(x -> x.type().equals(Entity.PERSON) && x.length() == 1), who.toString());
  }

  @Test
  void planetsAreKnownPlaces() {
    Entity earth = get(entities("The seeds grew on Earth after six months in orbit."), "Earth");
    assertEquals(Entity.LOC, earth.type());
    assertTrue(earth.known());
  }

  @Test
  void loneUnknownWordInRunningTextIsAPersonAfterAnArticleAnOrganisation() {
    List<TypedSpan> person = rec.findInTokens("Students like Velborn have been meeting with counsellors .".split(" "));
    assertEquals(Entity.PERSON, person.get(0).type(), person.toString());
    List<TypedSpan> org = rec.findInTokens("Shares in the Velborn group fell sharply .".split(" "));
    assertEquals(Entity.ORG, org.get(0).type(), org.toString());
  }

  @Test
  void namesOpeningWithAPlacePrefixAreNoPeople() {
    List<TypedSpan> spans = rec.findInTokens("The team flew from Santa Velbora to the West Indies on Monday .".split(" "));
    assertTrue(spans.stream().noneMatch(x -> x.type().equals(Entity.PERSON)), spans.toString());
  }

  @Test
  void acronymsThatSayThingsAreNotVotedPeople() {
    List<List<TypedSpan>> acronym = rec.findInDocument(List.of("USDA said prices rose .".split(" "),
        "The USDA report was late .".split(" ")));
    assertTrue(acronym.stream().flatMap(List::stream).noneMatch(x -> x.type().equals(Entity.PERSON)), acronym.toString());
  }

  @Test
  void cityInBracketsAfterAPlayerIsHisClub() {
    List<TypedSpan> spans = rec.findInTokens("Midfielders - Rui Barros ( Porto ) , Paulo Sousa ( Madrid , Spain )".split(" "));
    TypedSpan porto = spans.stream().filter(x -> x.start() == 5).findFirst().orElseThrow();
    assertEquals(Entity.ORG, porto.type(), spans.toString());
    TypedSpan spain = spans.stream().filter(x -> x.start() == 13).findFirst().orElseThrow();
    assertEquals(Entity.LOC, spain.type(), spans.toString());
  }

  @Test
  void givenNameThatIsAlsoANationalityWordStaysInTheName() {
    List<TypedSpan> spans = rec.findInTokens("Christian Velborn , who has written books on railways , will stand .".split(" "));
    assertEquals(new TypedSpan(0, 2, Entity.PERSON, null, spans.get(0).method()), spans.get(0), spans.toString());
    List<TypedSpan> age = rec.findInTokens("Two years later , Velborn , now 31 , is on trial .".split(" "));
    assertTrue(age.stream().anyMatch(x -> x.start() == 4 && x.type().equals(Entity.PERSON)), age.toString());
  }

  @Test
  void hyphenatedNamesSplitByTheTokenizerAreOneEntity() {
    List<Entity> es = entities("The mayor of Saint-Velbors met Anna-Maria Kessler at the Kessler-Dorn plant.");
    assertEquals(Entity.LOC, get(es, "Saint-Velbors").type(), es.toString());
    assertEquals(Entity.PERSON, get(es, "Anna-Maria Kessler").type(), es.toString());
    assertTrue(es.stream().anyMatch(e -> e.text().equals("Kessler-Dorn")), es.toString());
    // A compound adjective is no name, and a known place keeps its own span before "-based".
    List<Entity> based = entities("The Grammy-winning singer moved to a Paris-based studio.");
    assertTrue(based.stream().noneMatch(e -> e.text().contains("winning")), based.toString());
    assertEquals(Entity.LOC, get(based, "Paris").type(), based.toString());
  }

  @Test
  void unknownCompanyNamesByContextAreOrganisations() {
    assertEquals(Entity.ORG, get(entities("Vextrel, a Warsaw startup that builds warehouse robots, said it had raised "
        + "$85 million."), "Vextrel").type());
    assertEquals(Entity.ORG, get(entities("The robotics startup Ossamo unveiled a humanoid on Tuesday."), "Ossamo").type());
    assertEquals(Entity.ORG, get(entities("Shares of Palvoro fell 9% after the company cut its forecast."), "Palvoro")
        .type());
    List<Entity> role = entities("Drennick chief executive Sofia Marquez said the company would hire 200 engineers.");
    assertEquals(Entity.ORG, get(role, "Drennick").type());
    assertEquals(Entity.PERSON, get(role, "Sofia Marquez").type());
    assertEquals(Entity.ORG, get(entities("\"We expected this,\" said Tomas Ruiz, an analyst at Kelvane."), "Kelvane")
        .type());
    assertEquals(Entity.ORG, get(entities("Quorvia said in a statement that it would appeal the fine."), "Quorvia")
        .type());
    assertEquals(Entity.ORG, get(entities("Lanthe Bio, the Basel-based drug developer, said its trial met its goals."),
        "Lanthe Bio").type());
    assertEquals(Entity.ORG, get(entities("Nexaro AI released a new model."), "Nexaro AI").type());
  }

  @Test
  void personCuesStillWinOverCompanyCues() {
    List<Entity> es = rec.findInArticle(nlp.split("Mr Halvek said he would resign. Halvek had led the ministry since 2019."));
    assertTrue(es.stream().filter(e -> e.text().equals("Halvek")).allMatch(e -> e.type().equals(Entity.PERSON)),
        es.toString());
    assertEquals(Entity.PERSON, get(entities("Okonkwo told reporters that talks would continue."), "Okonkwo").type());
  }

  @Test
  void articleModeCarriesCompanyEvidenceToBareMentions() {
    List<Entity> es = rec.findInArticle(nlp.split("Trelliant Robotics signed a deal with the city of Leeds. "
        + "Trelliant did not say what the deal was worth. Zunoma shipped its first chips in March. "
        + "Analysts expect Zunoma to grow."));
    for (String name : List.of("Trelliant", "Zunoma")) {
      assertTrue(es.stream().filter(e -> e.text().equals(name)).count() >= 1, name + " " + es);
      assertTrue(es.stream().filter(e -> e.text().equals(name)).allMatch(e -> e.type().equals(Entity.ORG)),
          name + " " + es);
    }
  }

  @Test
  void brandShapedWordsAreCompanies() {
    for (String w : List.of("SensorHub", "Quantix", "Velbify")) {
      List<Entity> es = entities("The tool was built by " + w + " and tested in schools.");
      assertEquals(Entity.ORG, get(es, w).type(), es.toString());
    }
    // CamelCase, which places seldom have, also outweighs a place reading; an ending alone does not.
    assertTyped(Entity.ORG, "The report was written with help from SensorHub last year.", "SensorHub");
  }

  @Test
  void peopleFaithAndDoctrineWordsAreNotNames() {
    for (String t : List.of(
        "Macedonian forces crossed the river before dawn.",
        "The Kurds and the Spartans were mentioned in the report.",
        "Marxism shaped the movement for decades.",
        "The Emperor left the capital in spring.")) {
      List<Entity> es = entities(t);
      assertTrue(es.stream().noneMatch(e -> e.type().equals(Entity.PERSON) || e.type().equals(Entity.ORG)
          || e.type().equals(Entity.LOC)), t + " -> " + es);
    }
    assertTrue(EntityRecognizer.groupOrDoctrineWord("Hittite"));
    assertTrue(EntityRecognizer.groupOrDoctrineWord("Kurdish"));
    assertFalse(EntityRecognizer.groupOrDoctrineWord("White"), "too short for -ite: a surname");
    assertFalse(EntityRecognizer.groupOrDoctrineWord("IBM"));
  }

  @Test
  void eventsBeforeOfAreNotOrganisations() {
    List<Entity> es = entities("The Treaty of Nanking ended the First Opium War in 1842.");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Nanking") || e.text().contains("War")), es.toString());
  }

  @Test
  void listedSurnameBeforePastTenseVerbIsAPerson() {
    assertTyped(Entity.PERSON, "Few expected that Halvorsen stepped in to chair the hearing.", "Halvorsen");
  }

  @Test
  void placeNamesExtendAroundKnownPlaces() {
    List<Entity> es = entities("Columbus sailed across the Atlantic Ocean and later reached the Kingdom of France.");
    Entity ocean = get(es, "Atlantic Ocean");
    assertEquals(Entity.LOC, ocean.type());
    assertNull(ocean.kbId(), "the ocean is not the knowledge base's place");
    Entity kingdom = get(es, "Kingdom of France");
    assertEquals(Entity.LOC, kingdom.type());
    assertEquals("loc:france", kingdom.kbId(), "the kingdom is the same place");
  }

  @Test
  void coordinationRegnalNumbersAndCompanyEndings() {
    List<Entity> es = entities("Margaret Hale and Dunmoor met at the station.");
    assertEquals(Entity.PERSON, get(es, "Dunmoor").type(), "the model alone says LOC: " + es);
    assertTyped(Entity.ORG, "Later that year the band had signed with Kessler Records.", "Kessler Records");
    assertTyped(Entity.PERSON, "In his haste to capture the fort, Ramesses II committed a major error.", "Ramesses II");
    es = entities("The tablets date from 1400 BCE and are listed as No. 96 in the catalogue.");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("BCE") || e.text().startsWith("No")), es.toString());
  }

  @Test
  void companyEvidenceWinsOverCoordinationWithAPerson() {
    // "Velbix" is brand-shaped and unlisted, "raised" and "a Lisbon startup" are company cues: the
    // person it is coordinated with does not make it one.
    for (String t : List.of("Sam Altman and Velbix announced a partnership.",
        "Jane Doe and Velbix raised $5 million.", "Jane Doe and Velbix, a Lisbon startup, signed the deal.")) {
      List<Entity> es = entities(t);
      assertEquals(Entity.ORG, get(es, "Velbix").type(), t + " -> " + es);
    }
  }

  @Test
  void aTitleWordOpeningAnOrganisationNameIsPartOfIt() {
    // Titles are stripped from people's names ("Emperor Meiji"), not from organisation names.
    assertTyped(Entity.ORG, "He worked at Vice Media for years.", "Vice Media");
    assertTyped(Entity.ORG, "He joined Major League Soccer in 2019.", "Major League Soccer");
  }

  @Test
  void adjectivalPlacesTitlesAndGenerationSuffixes() {
    assertNoEntity("Visitors to the Caribbean region noted the heat.", "Caribbean");
    assertTyped(Entity.PERSON, "The park contains a monument to Martin Luther King, Jr. and a garden.",
        "Martin Luther King, Jr.");
    List<Entity> es = entities("Since Emperor Meiji, the names of eras have changed.");
    assertEquals(Entity.PERSON, get(es, "Meiji").type(), "the title is not part of the name: " + es);
  }

  @Test
  void aLonePluralNextToAMatchVerbIsATeam() {
    assertTyped(Entity.ORG, "The Titans beat the Colts on Sunday.", "Titans");
    List<Entity> es = entities("The Spartans marched north before dawn.");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("Spartans")), "a people: " + es);
  }

  @Test
  void titlesOfWorksAfterTheirNounAreNoEntities() {
    List<Entity> es = entities("She starred in the film Sabrina before moving to Paris.");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("Sabrina")), es.toString());
    assertEquals(Entity.LOC, get(es, "Paris").type());
  }

  @Test
  void nationalityNamedPlacesAndRegionsAfterPlaces() {
    assertTyped(Entity.LOC, "The ship crossed the Indian Ocean in March.", "Indian Ocean");
    assertTyped(Entity.LOC, "She grew up in Paris, Velmorshire, and later moved abroad.", "Velmorshire");
  }

  @Test
  void hyphenatedAdjectivesAndRangesAreNoNames() {
    assertTrue(EntityRecognizer.hyphenatedAdjectiveOrRange("Polish-born"));
    assertTrue(EntityRecognizer.hyphenatedAdjectiveOrRange("January-August"));
    assertFalse(EntityRecognizer.hyphenatedAdjectiveOrRange("Coca-Cola"));
    assertFalse(EntityRecognizer.hyphenatedAdjectiveOrRange("Bre-X"));
    // CoNLL-style tokens keep the hyphenated word whole.
    List<TypedSpan> spans = rec.findInTokens("He will visit Polish-born Pope John Paul in January-August .".split(" "));
    assertTrue(spans.stream().noneMatch(s -> s.start() == 3 || (s.start() == 8 && !s.type().equals(Entity.DATE))),
        spans.toString());
  }

  @Test
  void aSentenceInitialWordThatIsCommonInLowerCaseIsNoName() {
    // "Trade" and "Relations" are proper nouns only in capitals in the Penn dictionary (parts of names).
    forEachSentence(spans -> spans.stream().noneMatch(s -> s.start() == 0),
        "Trade was slow in the area on Thursday .", "Relations between the two sides are good .");
    List<TypedSpan> named = rec.findInTokens("Van Velborn said the brewers would raise prices .".split(" "));
    assertTrue(named.stream().anyMatch(s -> s.start() == 0 && s.end() == 2 && s.type().equals(Entity.PERSON)),
        "a name after it keeps it: " + named);
  }

  @Test
  void holidaysMedalsAndPeopleWordsAreNoNames() {
    List<Entity> es = entities("Shoppers spent $9 billion on Black Friday, and churches marked Palm Sunday.");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("Black") || e.text().equals("Palm")
        || e.type().equals(Entity.PERSON)), es.toString());
    assertEquals(Entity.DATE, get(es, "Friday").type(), "the weekday stays a date: " + es);
    List<TypedSpan> spans = rec.findInTokens("The killings came hours before Christmas , Canadian Defence Minister Dag Yorn said .".split(" "));
    assertTrue(spans.stream().noneMatch(s -> s.start() == 5 || s.start() == 8), spans.toString());
    spans = rec.findInTokens("Her latest book is about Margaret Douglas , Countess of Lennox .".split(" "));
    assertTrue(spans.stream().noneMatch(s -> s.start() == 8), "a noble title alone: " + spans);
    es = entities("In 1977 he received the American Friendship Medal for his reporting.");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Medal")), es.toString());
    es = entities("Many of the Macedonian and Persian elite intermarried.");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Persian")), es.toString());
  }

  @Test
  void eventsOfTheAndLoneRomanNumeralsAreNoNames() {
    List<Entity> es = entities("During the War of the First Coalition, a young officer rose in rank.");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("War") || e.text().contains("Coalition")), es.toString());
    assertNoEntity("In year III of the republic, the pressure eased.", "III");
    es = entities("In his haste, Ramesses II committed an error.");
    assertEquals(Entity.PERSON, get(es, "Ramesses II").type(), "after a name the numeral joins it: " + es);
  }

  @Test
  void aLoneWordAfterAPlaceOnlyPrepositionVotesAsAPlaceInItsDocument() {
    List<List<TypedSpan>> doc = rec.findInDocument(List.of(
        "The eastern border with Velthrace was now secured at the river .".split(" "),
        "Philip assembled a large army and marched deep into Velthrace for a long campaign .".split(" ")));
    for (List<TypedSpan> spans : doc) {
      assertTrue(spans.stream().anyMatch(s -> s.type().equals(Entity.LOC) && s.length() == 1), spans.toString());
    }
  }

  @Test
  void aLoneUnknownNameWithAPossessiveIsAPerson() {
    List<TypedSpan> spans = rec.findInTokens("Failing health reduced Velcock 's output during the last two decades .".split(" "));
    assertTrue(spans.stream().anyMatch(s -> s.start() == 3 && s.type().equals(Entity.PERSON)), spans.toString());
    spans = rec.findInTokens("Exports reduced France 's output during the last two decades .".split(" "));
    assertTrue(spans.stream().anyMatch(s -> s.start() == 2 && s.type().equals(Entity.LOC)), "a known place stays: " + spans);
  }

  @Test
  void aLoneUnknownNameBeforeAVerbOnlyPeopleDoIsAPerson() {
    forEachSentence(spans -> spans.stream().anyMatch(s -> s.length() == 1 && s.type().equals(Entity.PERSON)),
        "Deciding to pursue drama , Velstone enrolled at the academy .",
        "After the war , Velstone married a teacher from the town .");
  }

  @Test
  void anInitialOpensAPersonsName() {
    List<TypedSpan> spans = rec.findInTokens("Did not bat : I. Velby , P. Reiffor , J. Gillmarsh .".split(" "));
    assertEquals(3, spans.stream().filter(s -> s.length() == 2 && s.type().equals(Entity.PERSON)).count(), spans.toString());
    spans = rec.findInTokens("He moved to the U.S. last year .".split(" "));
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(Entity.PERSON)), "two-letter initials are no initial: " + spans);
  }

  @Test
  void peopleWordsInManMarketIndicesRoutesAndTimeAcronymsAreNoNames() {
    List<TypedSpan> spans = rec.findInTokens(("The Englishman said shares in the blue-chip DAX index fell at 3 A.M. EST on the "
        + "London-to-Boston route .").split(" "));
    assertTrue(spans.stream().noneMatch(s -> Entity.PERSON.equals(s.type()) || Entity.ORG.equals(s.type())
        || Entity.LOC.equals(s.type())), spans.toString());
    assertTrue(EntityRecognizer.hyphenatedAdjectiveOrRange("London-to-Boston"));
  }

  @Test
  void aRoleNounBeforeANameMakesItAPerson() {
    for (String t : List.of("The knight Lyvor was released and his follower thrown into the tower .",
        "However , his teammate Pravolo Subanto also declared victory .")) {
      List<TypedSpan> spans = rec.findInTokens(t.split(" "));
      assertTrue(spans.stream().anyMatch(s -> s.type().equals(Entity.PERSON)), t + " -> " + spans);
      assertTrue(spans.stream().noneMatch(s -> s.type().equals(Entity.ORG) || s.type().equals(Entity.LOC)), t + " -> " + spans);
    }
  }

  @Test
  void anUnknownCompanyBeforeAVerbCompaniesShareStaysAnOrganisation() {
    // Past-tense verbs are no person cue on their own: in AI news unknown companies announce, retire
    // and grow things, and an unknown company typed as a person hides a fabrication signal.
    forEachSentence(spans -> spans.stream().noneMatch(s -> s.type().equals(Entity.PERSON)),
        "Later , Nexora announced a partnership with the city .",
        "Velbix retired its chatbot last year .", "Velbix grew revenue 40 % .");
  }

  @Test
  void geographicFeatureWordsEndPlaceNames() {
    forEachSentence(spans -> spans.stream().anyMatch(s -> s.length() == 2 && s.type().equals(Entity.LOC)),
        "The islands lie on the Velmoran Fault .", "Ships use the Kessvar Canal to reach the port .",
        "Divers mapped the Ulvenna Reef last year .");
  }

  @Test
  void anUnknownLabThatStudiesSomethingStaysAnOrganisation() {
    // Labs and companies study things in AI news; "studied" is no verb only people do.
    forEachSentence(spans -> spans.stream().noneMatch(s -> s.type().equals(Entity.PERSON)),
        "Nexora studied how developers use coding assistants .",
        "Last year , Velbix studied two million chatbot conversations .");
  }

  @Test
  void aCompanyOrModelAfterARivalPlayerProducerOrPredecessorIsNoPerson() {
    // In business and AI news these nouns name companies and models far more often than people.
    forEachSentence(spans -> spans.stream().noneMatch(s -> s.type().equals(Entity.PERSON)),
        "The deal gives rival Nexora access to the chips .",
        "Nvidia competes with rival Orbitra in the inference market .",
        "Cloud player Nexora cut prices for its GPU instances .",
        "The chip producer Orbitra cut prices .",
        "OpenAI said the predecessor Nexora had been retired .");
  }

  @Test
  void dukeIsAUniversityNotATitleAlone() {
    List<Entity> es = entities("The researchers at Duke found that the model invented citations.");
    assertTrue(es.stream().anyMatch(e -> e.text().equals("Duke")), es.toString());
  }

  @Test
  void tdIsABankNotAThingAcronym() {
    assertTyped(Entity.ORG, "TD raised its price target on Nvidia.", "TD");
  }

  @Test
  void aHeadsetNamedRiftIsNoPlace() {
    List<Entity> es = entities("Meta sold more Oculus Rift headsets than expected.");
    assertTrue(es.stream().noneMatch(e -> e.text().contains("Rift") && e.type().equals(Entity.LOC)), es.toString());
  }

  @Test
  void aSentenceInitialNameBeforeAPastTenseVerbIsKept() {
    // Capitalized common words that name companies and people ("Box", "Signal", "Gates") open news
    // sentences as subjects; a past-tense verb after them is evidence enough.
    forEachSentence(spans -> spans.stream().anyMatch(s -> s.start() == 0),
        "Gates warned that AI would replace many doctors within a decade .",
        "Box announced AI agents for enterprise documents .", "Signal refused to add AI features to its app .");
  }

  @Test
  void georgetownIsNoKnownPlace() {
    List<Entity> es = entities("Researchers at Georgetown found that AI export controls were leaking.");
    assertTrue(es.stream().noneMatch(e -> e.text().equals("Georgetown") && e.type().equals(Entity.LOC)), es.toString());
  }

  @Test
  void compassRegionsPeriodsDegreesAndYearsWarsAreNoNames() {
    forEachSentence(spans -> spans.stream().noneMatch(s -> List.of(Entity.PERSON, Entity.ORG, Entity.LOC).contains(s.type())),
        "This contact with the West led to a period of growth .",
        "The people began to emerge from the Dark Ages after the Migration Period .",
        "He graduated and obtained an M.A. in 1882 .", "The cloister was destroyed during the Thirty Years ' War in 1632 .",
        "The 2019 Winter Universiade will be hosted by the city .", "The accounts belonged to victims of World War Two .");
  }

  @Test
  void aHyphenatedAdjectiveOpeningAModelSpanIsNotPartOfTheName() {
    List<TypedSpan> spans = rec.findInTokens("said Tim Carr of U.S.-based MCI Communications Corporation .".split(" "));
    assertTrue(spans.stream().noneMatch(s -> s.start() == 4), spans.toString());
  }

  @Test
  void aPersonWhoseSurnameIsAPlaceNameBeforeASpeechVerb() {
    for (String t : List.of("Kunihiko Fukushima said the network was inspired by the visual cortex .",
        "Researcher Taro Aargau said the model failed .")) {
      List<TypedSpan> spans = rec.findInTokens(t.split(" "));
      assertTrue(spans.stream().anyMatch(s -> s.length() == 2 && s.type().equals(Entity.PERSON)), t + " -> " + spans);
      assertTrue(spans.stream().noneMatch(s -> s.type().equals(Entity.LOC)), t + " -> " + spans);
    }
    List<TypedSpan> place = rec.findInTokens("Officials in Tokyo said the plan was ready .".split(" "));
    assertEquals(Entity.LOC, place.get(0).type(), place.toString());
  }

  @Test
  void theBracketedNameAfterADatelineIsTheAgency() {
    List<TypedSpan> spans = rec.findInTokens("LONDON , March 18 ( Velnews ) — The institute will open a lab .".split(" "));
    assertTrue(spans.stream().anyMatch(s -> s.start() == 5 && s.type().equals(Entity.ORG)), spans.toString());
  }
}
