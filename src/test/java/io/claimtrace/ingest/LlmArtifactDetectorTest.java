package io.claimtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimtrace.ingest.LlmArtifactDetector.Hit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LlmArtifactDetectorTest {

    private static final LlmArtifactDetector DETECTOR = new LlmArtifactDetector();

    /** Asserts exactly one rule fires and some hit of it spans {@code marker}. */
    private static void assertLeak(String rule, String text, String marker) {
        List<Hit> hits = DETECTOR.detect(text);
        assertEquals(List.of(rule), LlmArtifactDetector.ruleNames(hits), () -> "hits: " + hits);
        assertTrue(text.contains(marker), "test bug: marker not in text");
        assertTrue(hits.stream().anyMatch(h -> h.rule().equals(rule)
                        && text.substring(h.start(), h.end()).contains(marker)
                        && h.snippet().equals(text.substring(h.start(), h.end()))),
                () -> "no hit spanning '" + marker + "' in " + hits);
    }

    private static void assertNoHits(String text) {
        List<Hit> hits = DETECTOR.detect(text);
        assertEquals(List.of(), hits, () -> "unexpected hits in: " + text);
    }

    // ------------------------------------------------------------------------------------------
    // reasoning_preamble
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> reasoningPreamble() {
        return Stream.of(
                Arguments.of("Okay, let me tackle this query. Nvidia reported record revenue on Wednesday.",
                        "let me tackle this query"),
                Arguments.of("Alright, let's break this down.\n\nThe chipmaker said sales rose 40%.",
                        "let's break this down"),
                Arguments.of("Ok so let me think about how to approach this. The company announced a chip.",
                        "let me think about how to approach this"),
                Arguments.of("Okay - first, I need to figure out what the user wants. Google unveiled Gemini.",
                        "figure out what the user"),
                Arguments.of("ALRIGHT,   LET\u2019S BREAK THIS\nDOWN. Microsoft shares fell.", "BREAK THIS"),
                Arguments.of("First, I need to figure out what the user wants. Then I will summarise.",
                        "First, I need to figure out"),
                Arguments.of("Hmm, let me think this through.\n\nAnthropic released Claude on Monday.",
                        "let me think this"),
                Arguments.of("- Okay, so let me tackle the user\u2019s request about the Meta layoffs.",
                        "let me tackle the user\u2019s request"),
                Arguments.of("Meta cut 5% of staff. Okay \u2014 let me think about how to tackle this.",
                        "how to tackle this"));
    }

    @ParameterizedTest
    @MethodSource
    void reasoningPreamble(String text, String marker) {
        assertLeak("reasoning_preamble", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # text
            The analyst wrote, Okay, let me tackle this query, in a parody of chatbot output.
            Posts that began with Alright, let's break this down were flagged.
            "Let me be clear," the company said.
            Let's break this down: revenue rose 12% and margins narrowed.
            Let me think about the implications for investors.
            He said it was a mistake, and let me tackle this query was a joke.
            The bot's reasoning, 'Okay, let me tackle this query', leaked into the output.
            """)
    void reasoningPreambleNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // prompt_echo
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> promptEcho() {
        return Stream.of(
                Arguments.of("The user wants me to act as a tech journalist. Gemini 2 launched today.",
                        "The user wants me"),
                Arguments.of("The user is asking me to write a news story about the OpenAI board.",
                        "is asking me"),
                Arguments.of("As requested, here is the summary of the earnings call.", "As requested, here"),
                Arguments.of("Based on the prompt provided, the article covers Anthropic's funding round.",
                        "Based on the prompt provided"),
                Arguments.of("THE USER\u2019S REQUEST ASKS for 500 words on chip export controls.",
                        "REQUEST ASKS"),
                Arguments.of("Revenue rose 8%.\n\nThe user\nwants   a short news article about Nvidia.",
                        "short news article"),
                Arguments.of("Per your instructions, the piece avoids speculation.", "Per your instructions"));
    }

    @ParameterizedTest
    @MethodSource
    void promptEcho(String text, String marker) {
        assertLeak("prompt_echo", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            The user wants privacy, and Apple says it delivers.
            If the user asked for a refund, the app crashed.
            The images were generated based on the prompt provided by the user.
            As requested by regulators, the company filed its report on Friday.
            Researchers found bots that wrote "The user wants me to act as a lawyer" in their output.
            A leaked transcript began with the user is asking me to write a poem, the researchers said.
            """)
    void promptEchoNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // assistant_framing
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> assistantFraming() {
        return Stream.of(
                Arguments.of("Certainly! Here is a 600-word article on the new Llama release:\n\nMeta on "
                        + "Tuesday released Llama 4.", "Here is a 600-word article"),
                Arguments.of("Sure, here's a news article about the Nvidia earnings.\n\nNvidia beat estimates.",
                        "here's a news article"),
                Arguments.of("Here is a rewritten version of the article:\n\nOpenAI named a new CFO.",
                        "rewritten version"),
                Arguments.of("Below is a draft.\n\nThe European Commission fined Apple.", "Below is a draft"),
                Arguments.of("SURE \u2014 HERE\u2019S A NEWS ARTICLE ABOUT the chip ban.", "HERE\u2019S A NEWS ARTICLE"),
                Arguments.of("Absolutely!\nHere\u2019s your polished press release on the merger.", "press release"),
                Arguments.of("Here's the article you requested. Intel cut its dividend.", "article you requested"));
    }

    @ParameterizedTest
    @MethodSource
    void assistantFraming(String text, String marker) {
        assertLeak("assistant_framing", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Users mocked posts that began with “Certainly! Here is”.
            Critics noted the listings opened with Certainly! Here is a 600-word article on the topic.
            Here is the story of how Nvidia became a $3 trillion company.
            The filing, she said, reads like "Sure, here's a news article about" a company that does not exist.
            Readers spotted responses like Here is a rewritten version of the article in several outlets.
            """)
    void assistantFramingNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // ai_self_reference
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> aiSelfReference() {
        return Stream.of(
                Arguments.of("As an AI language model, I cannot predict stock prices, but analysts expect growth.",
                        "As an AI language model"),
                Arguments.of("As a large language model, I don't have opinions on the merger.",
                        "As a large language model"),
                Arguments.of("I am an AI developed by OpenAI, and the following summary covers the deal.",
                        "I am an AI developed by"),
                Arguments.of("Tesla shares fell. as an ai language\n  model i would caution readers.",
                        "ai language"),
                Arguments.of("As an AI, I have no stake in the outcome of the antitrust case.", "As an AI"),
                Arguments.of("The chip is fast. I\u2019m just an AI, so verify these numbers.", "just an AI"));
    }

    @ParameterizedTest
    @MethodSource
    void aiSelfReference(String text, String marker) {
        assertLeak("ai_self_reference", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            The chatbot replied, "As an AI language model, I cannot..."
            As an AI company, OpenAI faces growing scrutiny from regulators.
            As a large language model, GPT-4 was trained on public and licensed data.
            The model sometimes responds that as an AI language model it cannot browse.
            Reviewers found the phrase As an AI language model in dozens of product listings.
            I'm an AI researcher, and I think the benchmark is flawed.
            The startup's bot says I'm an AI, not a human, at the start of each call.
            """)
    void aiSelfReferenceNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // sign_off
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> signOff() {
        return Stream.of(
                Arguments.of("Shares rose 4% in after-hours trading.\n\nI hope this helps!", "I hope this helps"),
                Arguments.of("The deal closes in Q3. Let me know if you\u2019d like any changes or adjustments.",
                        "Let me know if you\u2019d like"),
                Arguments.of("Feel free to ask if you need more detail on the funding round.", "Feel free to ask"),
                Arguments.of("Would you like me to expand on the regulatory angle?", "Would you like me to expand"),
                Arguments.of("The fine was \u20ac1.8bn. hope this helps :)", "hope this helps"),
                Arguments.of("Samsung said output would rise, I HOPE THIS\nHELPS.", "I HOPE THIS"),
                Arguments.of("Regulators meet in June. If you'd like, I can also expand the section on "
                        + "antitrust.", "I can also expand"));
    }

    @ParameterizedTest
    @MethodSource
    void signOff(String text, String marker) {
        assertLeak("sign_off", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Phrases such as 'I hope this helps' have become a tell-tale sign of machine-written copy.
            The report said it hopes this helps farmers.
            Analysts said the authors hope this helps regulators.
            Sign-offs like "Let me know if you'd like any changes" are common in pasted text.
            Ask ChatGPT a question and it will often end with Would you like me to expand on any of these points?
            The bot signed off with I hope this helps, the complaint said.
            """)
    void signOffNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // refusal
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> refusal() {
        return Stream.of(
                Arguments.of("I'm sorry, but I can't assist with that.", "I'm sorry, but I can't assist"),
                Arguments.of("Amazon unveiled new chips. I cannot fulfill this request.",
                        "I cannot fulfill this request"),
                Arguments.of("I\u2019m unable to provide real-time stock quotes for Nvidia.", "unable to provide"),
                Arguments.of("i am SORRY but i cannot help with this request", "cannot help"),
                Arguments.of("Nvidia\u2019s chips dominate.\n\nI\u2019m sorry \u2014 I can\u2019t generate content "
                        + "about that.", "can\u2019t generate"));
    }

    @ParameterizedTest
    @MethodSource
    void refusal(String text, String marker) {
        assertLeak("refusal", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            The bot wrote: I'm sorry, but I can't assist with that.
            One reply read “I’m sorry, but I cannot fulfill this request.”
            He was unable to provide details of the contract.
            I'm sorry, but I can't help but notice the hype around agents.
            The phrase I'm unable to provide has become a meme among developers.
            """)
    void refusalNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // knowledge_cutoff
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> knowledgeCutoff() {
        return Stream.of(
                Arguments.of("As of my last knowledge update, OpenAI had not released GPT-5.",
                        "As of my last knowledge update"),
                Arguments.of("As of my knowledge cutoff in 2023, the company employed 700 people.",
                        "knowledge cutoff"),
                Arguments.of("I don't have access to real-time information, so figures may be outdated.",
                        "real-time"),
                Arguments.of("The merger is pending. I do not have real time data on the share price.",
                        "real time"),
                Arguments.of("AS OF MY LAST\nUPDATE the startup was valued at $2bn.", "AS OF MY LAST"));
    }

    @ParameterizedTest
    @MethodSource
    void knowledgeCutoff(String text, String marker) {
        assertLeak("knowledge_cutoff", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            “As of my last knowledge update,” the chatbot wrote, “the CEO is Sam Altman.”
            The bot answered: «As of my last knowledge update, the deal had not closed.»
            Such disclaimers as I don't have access to real-time information are common.
            As of my last visit to the factory, production had resumed.
            """)
    void knowledgeCutoffNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // template_slot
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> templateSlot() {
        return Stream.of(
                Arguments.of("[Insert company name] announced a new model today.", "[Insert company name]"),
                Arguments.of("By [Your Name]\n\nThe chip war escalated on Monday.", "[Your Name]"),
                Arguments.of("Published [INSERT DATE]. Regulators approved the deal.", "[INSERT DATE]"),
                Arguments.of("The startup, based in {{city}}, raised $20 million.", "{{city}}"),
                Arguments.of("<insert quote here>, said the chief executive.", "<insert quote here>"),
                Arguments.of("[Name of expert], a professor at MIT, said the model was impressive.",
                        "[Name of expert]"),
                Arguments.of("Revenue grew XX% year over year.", "XX%"),
                Arguments.of("The company raised $XX million in its Series B.", "$XX million"),
                Arguments.of("\"This changes everything,\" said [Spokesperson], a company representative.",
                        "[Spokesperson]"));
    }

    @ParameterizedTest
    @MethodSource
    void templateSlot(String text, String marker) {
        assertLeak("template_slot", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            "We love [the company]," he said, adding that the data was "incomplete [sic]".
            Earlier studies [1] and [2] reached a different conclusion.
            Super Bowl XX was played in 1986, and the xx were on stage.
            Readers have learned to spot placeholders such as [Your Name] and {{city}}.
            The template still contained “[Insert company name]” when it was published.
            Emails ending with [Your Name] were flagged by the filter.
            Analysts expect growth of X% if the model scales.
            """)
    void templateSlotNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // markdown_leftover
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> markdownLeftover() {
        return Stream.of(
                Arguments.of("**Councils Turn to AI to Tackle Planning Backlog**\n\nCouncils said on Monday.",
                        "**Councils Turn to AI to Tackle Planning Backlog**"),
                Arguments.of("## Key findings\n\nThe report found a rise in incidents.", "## Key findings"),
                Arguments.of("**Headline:** Regulators move on chatbots\n\nThe EU acted.", "**Headline:**"));
    }

    @ParameterizedTest
    @MethodSource
    void markdownLeftover(String text, String marker) {
        assertLeak("markdown_leftover", text, marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            The company's C# SDK and its **new** API shipped on Monday.
            Posts that began with "**Headline:**" were easy to spot, the researchers said.
            Shares rose 5% after the #1 ranked model launched.
            """)
    void markdownLeftoverNegatives(String text) {
        assertNoHits(text);
    }

    // ------------------------------------------------------------------------------------------
    // Quotation, blockquote and position logic
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Users mocked posts with «Certainly! Here is a 600-word article on» in them.
            Germans saw „Certainly! Here is a 600-word article on“ too.
            The line ‘Let me know if you’d like any changes’ stuck.
            The bots’ favourite: "I hope this helps" at the end.
            """)
    void quotedInAnyQuoteStyle(String text) {
        assertNoHits(text);
    }

    @Test
    void blockquoteParagraphsAreQuoted() {
        assertNoHits("One response read:\n\nSure, here's a news article about the merger.");
        assertNoHits("Some listings said:\n\n> Certainly! Here is a news article about the merger.");
        assertNoHits("> I hope this helps!");
    }

    @Test
    void colonWithoutReportingCueDoesNotQuoteNextParagraph() {
        assertLeak("sign_off", "Key facts:\n\nI hope this helps!", "I hope this helps");
    }

    @Test
    void multiParagraphQuotationIsQuoted() {
        assertNoHits("The full reply: \u201cAs an AI language model, I cannot speculate.\n\n"
                + "\u201cI hope this helps.\u201d");
    }

    @Test
    void apostrophesAreNotQuotes() {
        // The apostrophes in don't / users' must not pair up into a "quotation" around the leak.
        assertLeak("sign_off", "Apple's users' data wasn't leaked. I hope this helps, don't worry.",
                "I hope this helps");
    }

    @Test
    void offsetsSurviveCaseFoldingAndSurrogates() {
        String text = "\u0130stanbul \uD83D\uDE80 startup. I hope this helps!";
        List<Hit> hits = DETECTOR.detect(text);
        assertEquals(1, hits.size());
        assertEquals("I hope this helps", text.substring(hits.get(0).start(), hits.get(0).end()));
    }

    // ------------------------------------------------------------------------------------------
    // Whole articles
    // ------------------------------------------------------------------------------------------

    @Test
    void leakedArticleHasPreambleAndSignOff() {
        String article = """
                Alright, let's break this down.

                Mistral AI said on Tuesday it had raised \u20ac600 million in a funding round led by General \
                Catalyst, valuing the Paris-based start-up at about $6 billion.

                The company, founded in 2023 by former Google DeepMind and Meta researchers, said the money \
                would fund computing capacity and expansion in the United States. \u201cWe are building the \
                most capital-efficient frontier lab,\u201d chief executive Arthur Mensch told reporters.

                Analysts said the round underscores investor appetite for European alternatives to U.S. \
                model makers, although revenue remains small relative to the valuation.

                I hope this helps! Let me know if you'd like any adjustments.
                """;
        List<Hit> hits = DETECTOR.detect(article);
        assertEquals(List.of("reasoning_preamble", "sign_off"), LlmArtifactDetector.ruleNames(hits),
                () -> hits.toString());
        assertEquals(0, hits.get(0).start());
        assertTrue(hits.get(hits.size() - 1).start() > article.indexOf("valuation"));
    }

    @Test
    void articleAboutChatbotsQuotingEveryPhraseHasNoHits() {
        String article = """
                How to spot a chatbot that nobody edited

                The tell-tale signs are getting easier to find. Last month, dozens of product listings on a \
                large marketplace carried the title \u201cI\u2019m sorry, but I can\u2019t assist with that \
                request,\u201d according to researchers who scraped the site.

                Other pages opened with phrases such as "Certainly! Here is a 600-word article on" or \
                "Okay, let me tackle this query", and some ended with the line 'Let me know if you'd like \
                any adjustments.' One blog post began with Alright, let's break this down and never recovered.

                When asked about the merger, one bot replied, "As an AI language model, I don't have access \
                to real-time information." Another answered: \u00abAs of my last knowledge update, the deal \
                had not closed.\u00bb A third said: \u2018The user wants me to act as a financial analyst.\u2019

                Press releases were no better. Reporters found templates still containing \u201e[Insert \
                company name]\u201c and \u201c{{city}}\u201d, and a job ad signed off with [Your Name]. \
                Some read "Revenue grew XX%" and "Based on the prompt provided".

                One customer-service transcript read:

                I hope this helps! Would you like me to expand on the refund policy?

                "Let me be clear," the company said in a statement, adding that it hopes this helps \
                customers tell real support agents from automated ones. Its chief executive said the phrase \
                "As a large language model, I" should never reach the public, and that responses such as \
                I cannot fulfill this request or Below is a draft were \u201cembarrassing\u201d.
                """;
        assertNoHits(article);
    }

    // ------------------------------------------------------------------------------------------
    // API contract and robustness
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyGiveNoHits(String text) {
        assertEquals(List.of(), DETECTOR.detect(text));
    }

    @Test
    void ruleNamesAreDistinctAndInRuleOrder() {
        String text = "I hope this helps. [Your Name]\n\nAs an AI language model, I agree. I hope this helps.";
        List<Hit> hits = DETECTOR.detect(text);
        assertEquals(List.of("ai_self_reference", "sign_off", "template_slot"),
                LlmArtifactDetector.ruleNames(hits));
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).start() <= hits.get(i).start(), "hits sorted by start");
        }
        assertTrue(LlmArtifactDetector.allRuleNames().containsAll(LlmArtifactDetector.ruleNames(hits)));
        assertEquals(9, LlmArtifactDetector.allRuleNames().size());
    }

    @Test
    void hitIsSerializable() throws Exception {
        Hit hit = DETECTOR.detect("I hope this helps!").get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(hit);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(hit, in.readObject());
        }
    }

    @Test
    void largeSingleLineAndControlCharactersComplete() {
        Random random = new Random(42);
        String[] pieces = {"okay, ", "let me ", "I hope ", "this ", "\u201c", "\u201d", "'", "\"", "[insert ",
            "{{", "}}", "<", ">", "as an ai ", "XX", "%", "\u0000", "\u0007", "\u001b[0m", "\t", "said ", "such as ",
            ": ", "! ", "here is a ", "word ", "article ", "sorry, but i can't ", "\uD83D\uDE80", "the user wants "};
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        sb.append("\n\nI hope this helps!");
        String soup = sb.toString();
        List<Hit> mixed = DETECTOR.detect(soup);
        Hit last = mixed.get(mixed.size() - 1);
        assertEquals("sign_off", last.rule());
        assertEquals(soup.length() - "I hope this helps!".length(), last.start());

        // Pathological repetitions: unbalanced quotes, half-matching prefixes, a hit every 18 chars.
        for (String unit : new String[] {"\u201c\u2018", "okay, ", "[insert ", "here is a 600-word ",
            "I hope this helps "}) {
            String big = unit.repeat((1 << 20) / unit.length());
            List<Hit> hits = DETECTOR.detect(big);
            assertTrue(hits.size() <= big.length());
        }
    }
}
