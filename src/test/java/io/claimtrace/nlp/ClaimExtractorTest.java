package io.claimtrace.nlp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimExtractorTest {
  private static NlpPipeline nlp;
  private static ClaimExtractor extractor;

  @BeforeAll
  static void setUp() {
    nlp = new NlpPipeline();
    extractor = new ClaimExtractor(nlp);
  }

  /** The one sentence of a text, split and tagged as the analyze stage does. */
  private static AnalyzedSentence sentence(String text) {
    List<AnalyzedSentence> s = nlp.split(text);
    assertEquals(1, s.size(), "expected one sentence: " + text);
    return s.get(0);
  }

  private static ClaimAnalysis analyze(String text) {
    return extractor.analyze(nlp.tag(sentence(text)), List.of());
  }

  @ParameterizedTest(name = "claim: {0}")
  @ValueSource(strings = {
      "Veridian Labs' content filter denied 47% of requests in March, according to a leaked BIS memo.",
      "OpenAI released GPT-5 on Tuesday.",
      "A Stanford HAI survey found that 62% of developers use AI assistants daily.",
      "Nvidia reported revenue of $30bn for the second quarter.",
      "The company said it had laid off 1,200 employees.",
      "Industry insiders say the startup is reportedly raising $2.5 billion.",
      "Those results have not been independently reproduced.",
      "The figures could not be independently verified.",
      "The European Commission fined Lumenor €14m last week, two officials said.",
  })
  void claims(String text) {
    ClaimAnalysis a = analyze(text);
    assertTrue(extractor.candidate(sentence(text)), "pre-filter must keep: " + text);
    assertTrue(a.claim(), () -> "should be a claim: " + text + " " + a.score() + " " + a.reasons());
    assertFalse(a.reasons().isEmpty());
  }

  @ParameterizedTest(name = "not a claim: {0}")
  @ValueSource(strings = {
      "The reality is far more interesting.",
      "Why does this matter?",
      "By Jane Doe",
      "Subscribe to our newsletter for more AI news.",
      "Sign up for The Weekly Remix newsletter to get stories like this in your inbox.",
      "Photo: A robot arm at the Hanover fair. (Kevin Osei/Tensor Gazette)",
      "OpenAI unveils new model in surprise launch",
      "Meta did not respond to a request for comment.",
      "I think the hype around agents is overblown.",
      "Imagine a spam filter that is right 95 percent of the time.",
  })
  void nonClaims(String text) {
    for (AnalyzedSentence s : nlp.split(text)) {
      ClaimAnalysis a = extractor.analyze(nlp.tag(s), List.of());
      boolean kept = extractor.candidate(s);
      assertFalse(kept && a.claim(), () -> "should not be a claim: " + s.text() + " " + a.score() + " " + a.reasons());
    }
  }

  @ParameterizedTest(name = "speech claim: {0}")
  @ValueSource(strings = {
      "Unemployment went down in every county while I was governor.",
      "My opponent voted against the school lunch program four times.",
  })
  void speechClaimsCarryTheModelScore(String text) {
    ClaimAnalysis a = analyze(text);
    assertTrue(a.claim(), () -> "should be a claim: " + text + " " + a.score() + " " + a.reasons());
    assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("model score ")), a.reasons().toString());
  }

  @ParameterizedTest(name = "speech non-claim: {0}")
  @ValueSource(strings = {
      "Thank you so much to everyone who came out tonight.",
      "We are going to make this state great again, believe me.",
  })
  void speechNonClaims(String text) {
    for (AnalyzedSentence s : nlp.split(text)) {
      ClaimAnalysis a = extractor.analyze(nlp.tag(s), List.of());
      assertFalse(extractor.candidate(s) && a.claim(),
          () -> "should not be a claim: " + s.text() + " " + a.score() + " " + a.reasons());
    }
  }

  @Test
  void modelIsTrainedOnceOnTheBundledData() {
    CheckWorthinessModel m = CheckWorthinessModel.bundled();
    assertTrue(m == CheckWorthinessModel.bundled(), "cached per JVM");
    assertTrue(m.trainingSize() > 1000, "speech set + project train split: " + m.trainingSize());
    assertTrue(m.probability("I voted for the farm bill in 1996 and again in 2002.") > 0.5);
    assertTrue(m.probability("Thank you, and God bless America.") < 0.5);
    assertEquals(0, m.probability(""));
  }

  @ParameterizedTest(name = "reason {1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "Why does this matter?|-question",
      "By Jane Doe|-byline",
      "The reality is far more interesting.|-opinion marker",
      "Nvidia reported revenue of $30bn for the second quarter.|quantity",
      "A Stanford HAI survey found that 62% of developers use AI assistants daily.|study/survey/memo finding",
      "OpenAI released GPT-5 on Tuesday.|dated event",
      "OpenAI released GPT-5 on Tuesday.|named entity + action verb",
      "Gravelworks, a Leeds startup, launched a chatbot for plumbers that answers questions about building codes.|"
          + "named actor, past action",
      "Several county councils have begun sorting planning requests with software, cutting waits from weeks to days.|"
          + "measured change",
  })
  void reasons(String text, String reason) {
    assertTrue(analyze(text).reasons().contains(reason), () -> analyze(text).reasons().toString());
  }

  @Test
  void sameFigureWrittenThreeWaysNormalizesAlike() {
    ClaimAnalysis pct = analyze("47% of requests were denied.");
    ClaimAnalysis word = analyze("47 percent of requests were denied.");
    ClaimAnalysis half = analyze("Nearly half (45%) of requests were denied.");
    assertEquals("47% deny request", pct.normalized());
    assertEquals(pct.normalized(), word.normalized());
    assertEquals("45% deny request", half.normalized());
    assertEquals(words(pct), words(half), "the lemma tokens are shared, only the value differs");
    assertEquals(47.0, pct.quantities().get(0).value());
    assertEquals(47.0, word.quantities().get(0).value());
    assertEquals(45.0, half.quantities().get(0).value());
    assertEquals("percent", half.quantities().get(0).unit());
    assertFalse(pct.quantities().get(0).approximate());
    assertTrue(half.quantities().get(0).approximate(), "'nearly' makes the figure approximate");
    assertEquals(1, half.quantities().size(), "the fraction word is not a second quantity");
  }

  private static Set<String> words(ClaimAnalysis a) {
    return Arrays.stream(a.normalized().split(" ")).filter(t -> !t.matches("[\\d.]+%?.*"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void entitiesStayOneTokenAndValuesAreNormalized() {
    String text = "Veridian Labs' filter denied 47% of requests, according to a leaked BIS memo.";
    AnalyzedSentence s = nlp.tag(sentence(text));
    int at = text.indexOf("Veridian Labs");
    List<Entity> entities = List.of(new Entity("Veridian Labs", "ORG", at, at + 13, false, null, "test"),
        new Entity("BIS", "ORG", text.indexOf("BIS"), text.indexOf("BIS") + 3, false, null, "test"));
    ClaimAnalysis a = extractor.analyze(s, entities);
    assertEquals("47% bis deny filter leak memo request veridian_labs", a.normalized());
    assertEquals("according to a leaked BIS memo", a.attribution().source());
    assertEquals(Attribution.DOCUMENT, a.attribution().kind());
  }

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(delimiter = '|', value = {
      "$2.5 billion was raised in the round.|2.5E9|USD",
      "The fund is worth €300m.|3.0E8|EUR",
      "The bank blocked £40m in fraudulent transfers.|4.0E7|GBP",
      "The startup now employs 12,000 developers.|12000|developers",
      "The model was trained on 15 trillion tokens.|1.5E13|tokens",
      "Revenue rose 29 per cent from a year earlier.|29|percent",
      "About one in five alerts were false alarms.|20|percent",
      "Shares rose 12 percent in after-hours trading.|12|percent",
      "The council approved an 18-month trial.|18|months",
  })
  void quantities(String text, double value, String unit) {
    List<Quantity> q = analyze(text).quantities();
    assertFalse(q.isEmpty(), text);
    assertEquals(value, q.get(0).value(), 1e-6 * Math.max(1, value), text);
    assertEquals(unit, q.get(0).unit(), text);
  }

  @ParameterizedTest(name = "no quantity: {0}")
  @ValueSource(strings = {
      "OpenAI released GPT-4 in 2023.",
      "Meta trained Llama 3 on its own clusters.",
  })
  void yearsAndVersionsAreNotQuantities(String text) {
    assertEquals(List.of(), analyze(text).quantities(), text);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "Veridian denied 47% of requests, according to a leaked BIS memo.|document|according to a leaked BIS memo",
      "A Stanford HAI survey found that 62% of developers use AI assistants daily.|document|A Stanford HAI survey found",
      "Industry insiders say the startup is raising $2.5 billion.|vague|Industry insiders say",
      "The startup doubled its headcount, according to reports.|vague|according to reports",
      "The company said revenue rose 12% in the quarter.|organization|The company said",
      "Anthropic said in a statement that it had fixed the flaw.|organization|Anthropic said",
      "Revenue rose 12% in the quarter, said Jane Doe, the CFO.|person|said Jane Doe",
      "Chief executive Dana Whitcombe said the chips would ship in May.|person|Chief executive Dana Whitcombe said",
      "Two people familiar with the deal said the price was $90m.|vague|Two people familiar with the deal said",
      "Chatbots can be tricked with rhymes, according to a paper posted this week by researchers in Ghent.|document|"
          + "according to a paper posted this week by researchers in Ghent",
      "Revenue rose 12% in the quarter.|none|",
  })
  void attribution(String text, String kind, String source) {
    Attribution a = analyze(text).attribution();
    assertEquals(kind, a.kind(), () -> text + " -> " + a);
    if (source == null) {
      assertEquals(null, a.source());
    } else {
      assertEquals(source, a.source());
    }
  }

  @ParameterizedTest(name = "claim without a figure: {0}")
  @ValueSource(strings = {
      "Gravelworks, a Leeds startup, launched a chatbot for plumbers that answers questions about building codes.",
      "Several county councils have begun sorting planning requests with software, cutting waits from weeks to days.",
  })
  void reportedEventsWithoutFiguresAreClaims(String text) {
    ClaimAnalysis a = analyze(text);
    assertTrue(extractor.candidate(sentence(text)) && a.claim(), () -> text + " " + a.score() + " " + a.reasons());
  }

  @Test
  void namesThatOnlyAddressSomeoneAreNotNamedEntities() {
    assertFalse(analyze("Chris, I want to answer that question.").reasons().stream()
        .anyMatch(r -> r.startsWith("named entity")), () -> analyze("Chris, I want to answer that question.").reasons()
            .toString());
    assertTrue(analyze("Chris Ruiz wrote the bill in 2019.").reasons().stream()
        .anyMatch(r -> r.startsWith("named entity")));
  }

  @Test
  void anOpponentsRecordIsNotAddressingTheReader() {
    assertFalse(analyze("You voted against the school lunch program four times.").reasons()
        .contains("-addresses reader"));
    assertTrue(analyze("You can try the assistant for free this month.").reasons().contains("-addresses reader"));
  }

  @Test
  void wordClassesReachWordsOutsideTheTrainingSentences() {
    List<String> f = CheckWorthinessModel.featuresOf("He voted to raise tariffs on imported steel.");
    assertTrue(f.contains("topic=economy") && f.contains("change") && f.contains("subj3+past"), f.toString());
    assertTrue(CheckWorthinessModel.featuresOf("You cut the pension fund by a third.").contains("subj2+past"));
    List<String> e = CheckWorthinessModel.bundled().explain("We cut the deficit in half.").stream()
        .map(java.util.Map.Entry::getKey).toList();
    assertTrue(e.contains("bias") && e.contains("subj1+past"), e.toString());
  }

  @Test
  void theModelSeesAMissingFullStopSoItDoesNotOutvoteTheHeadlineRule() {
    String headline = "Robot couriers hit Tartu pavements as city approves 18-month trial";
    assertTrue(CheckWorthinessModel.featuresOf(headline).contains("noend"));
    assertFalse(CheckWorthinessModel.featuresOf(headline + ".").contains("noend"));
    assertFalse(CheckWorthinessModel.featuresOf("\"We shipped it in May,\" she said.").contains("noend"));
    CheckWorthinessModel m = CheckWorthinessModel.bundled();
    double asHeadline = m.probability(headline);
    double asSentence = m.probability(headline + ".");
    assertTrue(asHeadline < asSentence - 0.2, asHeadline + " vs " + asSentence);
    ClaimAnalysis a = analyze(headline);
    assertFalse(a.claim(), () -> a.score() + " " + a.reasons());
  }

  @Test
  void entityTypeDecidesPersonVersusOrganization() {
    String text = "Whitcombe said the chips would ship in May.";
    AnalyzedSentence s = nlp.tag(sentence(text));
    assertEquals(Attribution.PERSON, extractor.analyze(s,
        List.of(new Entity("Whitcombe", "PERSON", 0, 9, true, "p1", "test"))).attribution().kind());
    assertEquals(Attribution.ORGANIZATION, extractor.analyze(s,
        List.of(new Entity("Whitcombe", "ORG", 0, 9, true, "o1", "test"))).attribution().kind());
  }

  @ParameterizedTest(name = "hedge {1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "The model was reportedly trained on 15 trillion tokens.|reportedly",
      "The claims could not be independently verified.|could not be independently verified",
      "The startup allegedly copied the code from a rival.|allegedly",
      "The chip is said to be twice as fast as its predecessor.|is said to be",
      "The model appears to outperform GPT-4 on coding tasks.|appears to",
      "The paper has not been peer reviewed.|has not been peer reviewed",
  })
  void hedges(String text, String hedge) {
    assertTrue(analyze(text).hedges().contains(hedge), () -> text + " -> " + analyze(text).hedges());
  }

  @ParameterizedTest(name = "no hedge: {0}")
  @ValueSource(strings = {
      "Revenue rose 12% in the quarter.",
      "Meta did not respond to a request for comment.",
  })
  void noHedges(String text) {
    assertEquals(List.of(), analyze(text).hedges());
  }

  @ParameterizedTest(name = "prediction={1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "AI could become a $1 trillion market by 2030.|true",
      "Nvidia is expected to report record revenue.|true",
      "Prices will likely fall next year.|true",
      "The company plans to open an office in Nairobi later this year.|true",
      "Revenue rose 12% last year.|false",
      "The company released the model on Tuesday.|false",
      "The trial would be halted if a pedestrian were injured.|false",
  })
  void predictions(String text, boolean prediction) {
    assertEquals(prediction, analyze(text).prediction(), text);
  }

  @ParameterizedTest(name = "pre-filter drops: {0}")
  @ValueSource(strings = {"Why does this matter?", "By Jane Doe", "Read more", "Thanks!",
      "Subscribe to our newsletter for more AI news."})
  void preFilterDrops(String text) {
    assertFalse(extractor.candidate(sentence(text)));
  }

  @Test
  void badInputNeverThrows() {
    StringBuilder soup = new StringBuilder();
    Random r = new Random(7);
    String alphabet = "aZ9%$€£.,;:'\"()[]{}-–—?!/\\#@ \u0000\u0007\u001b\u200b\ud83d\ude00";
    while (soup.length() < 1500) {
      soup.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    List<String> inputs = new ArrayList<>(List.of("", " ", "\u0000\u0001\u0002", "?", "$", "%%%%", "1 in 0",
        "$.5bn", "10^25 FLOP", "(((((", "\"", soup.toString(), "x ".repeat(750),
        "Revenue\u0000 rose 12%\u0007 in the quarter.", "9".repeat(1500)));
    for (String in : inputs) {
      assertDoesNotThrow(() -> {
        for (AnalyzedSentence s : nlp.split(in)) {
          extractor.candidate(s);
          ClaimAnalysis a = extractor.analyze(nlp.tag(s), List.of());
          assertNotNull(a.normalized());
          assertNotNull(a.attribution());
          assertFalse(a.reasons().stream().anyMatch(x -> x.startsWith("-error")), a.reasons().toString());
        }
      }, () -> "threw on " + in.substring(0, Math.min(40, in.length())));
    }
    assertFalse(extractor.candidate(null));
    assertFalse(extractor.analyze(null, null).claim());
    AnalyzedSentence empty = new AnalyzedSentence(0, 0, 0, 0, "", List.of(), false);
    assertFalse(extractor.candidate(empty));
    assertFalse(extractor.analyze(empty, List.of()).claim());
    // entities outside the sentence or with odd offsets are ignored
    AnalyzedSentence s = nlp.tag(sentence("Revenue rose 12% in the quarter."));
    assertDoesNotThrow(() -> extractor.analyze(s, List.of(new Entity("x", "ORG", -5, 400, false, null, "t"),
        new Entity("y", "PERSON", 3, 2, false, null, "t"))));
  }

  @Test
  void untaggedSentenceIsTaggedThroughThePipeline() {
    AnalyzedSentence s = sentence("OpenAI released GPT-5 on Tuesday.");
    assertFalse(s.tagged());
    ClaimAnalysis a = extractor.analyze(s, List.of());
    assertTrue(a.claim());
    assertEquals(a.normalized().toLowerCase(Locale.ROOT), a.normalized());
  }
}
