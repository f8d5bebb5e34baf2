package io.claimtrace.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds markers of unedited machine-generated text in an article's main text: leaked reasoning
 * preambles, echoed prompts, assistant framing ("Certainly! Here is a 600-word article"), AI
 * self-references, chatbot sign-offs, refusals, knowledge-cutoff disclaimers and unfilled template
 * slots. Such markers are strong evidence that an article was pasted from a chatbot without
 * editing, which makes its claims worth a second look.
 *
 * <p>Each {@link Rule} is a precompiled regular expression plus a small amount of context logic.
 * The hard part is not finding the phrases but telling a <em>leak</em> from an article that
 * <em>writes about</em> chatbots and quotes those very phrases.
 *
 * <h2>How we decide: quoted versus leaked</h2>
 *
 * <p>A pattern match becomes a {@link Hit} only if it survives these checks, in this order:
 *
 * <ol>
 *   <li><b>Quotation.</b> The match is dropped when its first character lies inside a balanced
 *       pair of quotation marks in the same paragraph. Recognised marks: {@code " “ ” „ ‟ « » ‹ ›}
 *       and {@code ' ‘ ’ ‚ ‛}. Whether a mark opens or closes is decided from its neighbours (an
 *       opener follows a space, the paragraph start or opening punctuation and precedes a
 *       non-space; a closer follows a non-space and precedes a space, the paragraph end or
 *       punctuation), so apostrophes inside words ({@code can't}, {@code don’t}) are never taken
 *       for quotes and unmatched closers (plural possessives like {@code users’}) are ignored.
 *       Openers and closers are paired with a stack per family (double / single). An unclosed
 *       <em>double</em> opener quotes the rest of its paragraph (the typographic convention for
 *       quotations that run over several paragraphs); an unclosed single opener is ignored (it is
 *       usually an elision such as {@code ’90s}).
 *   <li><b>Blockquote.</b> The match is dropped when its paragraph is a blockquote: it starts with
 *       {@code >} or {@code |}, or the previous paragraph ends with a colon and that colon's
 *       sentence contains a reporting cue ("One reply read:").
 *   <li><b>Reporting cue.</b> The match is dropped when, earlier in the same sentence and ending at
 *       most {@value #CUE_WINDOW} characters and {@value #CUE_MAX_GAP_WORDS} words before it, there
 *       is a reporting cue. Two kinds:
 *       <ul>
 *         <li><i>speech verbs</i> ({@code said, says, wrote, writes, replied, replies, responded,
 *             responds, answered, stated, told, tells, posted, tweeted, typed, added, warned,
 *             declared, insisted, explained, noted, quipped, joked, read, reads, asked, generated,
 *             produced, returned, spat out}) count only when the words between cue and match look
 *             like an introduction: none at all, a parenthetical ({@code replied, after a pause,}),
 *             a phrase ending in a colon ({@code said in a statement:}), one ending in {@code that}
 *             ({@code responds that}), or an addressee after told/asked ({@code told users,}).
 *             So "replied, As an AI language model" is reported, while "said output would rise, I
 *             hope this helps" is still a leak;
 *         <li><i>introducers</i> count with any short gap: {@code the phrase(s), the words, the
 *             line, the sentence, the expression, the boilerplate, phrases/lines/responses/
 *             sign-offs/placeholders like|such as|including, such (…) as, e.g., i.e., placeholder(s),
 *             the likes of, verbatim, quote(d); began/begins/started/opens/ended/ending/closes/
 *             concluded/prefaced/signed off with|by; the message, the text, the response, the
 *             reply, the answer, the output, the disclaimer, the preamble, the sign-off, reading,
 *             that read, dubbed, called, known as, parroting}.
 *       </ul>
 *       For {@code template_slot} only the meta-language introducers count (everything up to and
 *       including the began/ended-with family above; not speech verbs and not "called", "the
 *       text", "reading"), because a leaked press release can legitimately read "said [Name of
 *       expert]" or "a start-up called [Company Name]" and still be a leak.
 *   <li><b>Position.</b> Leaks sit where a chatbot puts them: preambles and framing first, sign-offs
 *       last. {@code reasoning_preamble} and {@code assistant_framing} must <em>begin a
 *       sentence</em> (only whitespace, bullets or opening brackets may precede them in that
 *       sentence); a mid-sentence "…posts that began with Certainly! Here is…" is prose about
 *       chatbots. All other rules count anywhere once they are unquoted and un-reported, because
 *       their wording ("I hope this helps", "As an AI language model, I", "[Insert company name]")
 *       is first- or second-person chatbot voice that a reporter does not write in their own
 *       voice.
 * </ol>
 *
 * <p>Patterns are also written to need chatbot-specific context rather than a single common phrase:
 * "let me tackle this <i>query</i>", "Alright, let's break this down" (an interjection is required
 * for the generic "let's break this down"), "as a language model, <i>I</i>"; {@code XX%}-style
 * placeholders only count as upper-case {@code XX} next to {@code %}, {@code percent}, a currency
 * sign, a magnitude word ({@code million}) or a month or century ({@code March XX}, {@code 20XX}).
 *
 * <h2>Matching details</h2>
 *
 * <p>Matching runs on a same-length normalised copy of the text: curly and angle quotes become
 * straight ones, typographic dashes become {@code -}, exotic spaces and control characters become
 * spaces, and letters are lower-cased per {@code char} with {@link Character#toLowerCase(char)}
 * (locale-independent, unlike {@code String.toLowerCase()} with a default locale, and
 * length-preserving, unlike {@code toLowerCase(Locale.ROOT)} on "İ"), so every offset reported is
 * an offset into the original text. Words are joined by {@code \s+}, so line breaks and extra
 * spaces inside a phrase do not matter.
 *
 * <p>Performance: all patterns are compiled once; every variable-length gap inside a pattern is
 * bounded ({@code {0,60}}) and no quantified group contains another unbounded quantifier, so
 * matching is linear in the text length without catastrophic backtracking. Context (sentences,
 * paragraphs, quotations, cues) is computed in one linear pass each and looked up by binary search.
 *
 * <p>Instances are immutable and thread-safe: the class holds no mutable state, all patterns are
 * {@code static final} and every call to {@link #detect(String)} works on its own local data.
 */
public final class LlmArtifactDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Maximum distance in characters between the end of a reporting cue and a match. */
    static final int CUE_WINDOW = 80;
    /** Maximum number of words between the end of a reporting cue and a match. */
    static final int CUE_MAX_GAP_WORDS = 4;
    /** Maximum chars of whitespace/bullets allowed between a sentence start and a match. */
    private static final int MAX_SENTENCE_LEAD = 16;

    /** One detected artifact: rule name, the matched text, and its [start, end) offsets. */
    public record Hit(String rule, String snippet, int start, int end) implements Serializable {
        public Hit {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(snippet, "snippet");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }

    /** Where a match has to sit to count. */
    enum Position {
        /** Anywhere, once unquoted and not reported. */
        ANYWHERE,
        /** Must begin a sentence (after optional whitespace, bullets, opening brackets). */
        SENTENCE_START
    }

    /** Which reporting cues suppress a match. */
    enum CuePolicy {
        /** Speech verbs and introducers. */
        ALL,
        /** Only meta-language introducers ("the phrase", "placeholders like", "such as", "ending with"). */
        META_ONLY
    }

    // ---------------------------------------------------------------------------------------------
    // Pattern building blocks. rx() turns each literal space into \s+ so phrases tolerate line
    // breaks and repeated spaces; character classes therefore never contain a literal space.
    // ---------------------------------------------------------------------------------------------

    private static final String INTERJ =
            "(?:(?:okay|ok|alright|all right|right|well|hm+|got it|sure)[\\s,.!:;-]+(?:so[\\s,]+)?"
                    + "|so[\\s,]+)";

    private static final String TASK_NOUN =
            "(?:article|version|draft|rewrite|summary|piece|post|essay|story|report|blog|blog post"
                    + "|press release|headline|outline|overview|paragraph|response|answer|breakdown"
                    + "|write-?up|explainer|analysis|text|op-ed|column|feature|bio|newsletter)s?";

    private static final String FIRST_PERSON_AHEAD = "(?=[\\s,]{0,3}(?:i|my|me)\\b)";

    /** The detection rules, in reporting order. */
    public enum Rule {
        /** Leaked chain-of-thought or prompt-reading preamble ("Okay, let me tackle this query"). */
        REASONING_PREAMBLE("reasoning_preamble", Position.SENTENCE_START, CuePolicy.ALL, false,
                "\\b(?:" + INTERJ + ")?(?:"
                        + "let me (?:tackle|handle|approach|unpack|process|parse|analy[sz]e|break down"
                        + "|work through|think through) (?:this|the|that|your)(?: user's| user| given| new)?"
                        + " (?:query|request|task|prompt|instructions?)\\b"
                        + "|let me think (?:about )?how (?:to|i should|best to|i can) (?:approach|tackle"
                        + "|handle|answer|respond to|structure|address) (?:this|the|that|it)\\b"
                        + "|first(?:ly)?[\\s,-]*i (?:need|have|should|must|want|'ll need|will need) to"
                        + " (?:figure out|understand|determine|identify|clarify|work out|consider"
                        + "|make sure i understand)\\b[^.\\n]{0,50}?\\b(?:the user|user's|query|request"
                        + "|prompt|asking for|being asked)"
                        + "|i need to (?:figure out|understand|determine) (?:exactly )?what the user"
                        + "|(?:let me|i'll|i will|i should|i need to) (?:start by |begin by )?"
                        + "(?:analy[sz]ing|understanding|reading|breaking down|parsing|reviewing)"
                        + " the user's (?:query|request|question|prompt|message|instructions)"
                        + ")|\\b" + INTERJ + "(?:"
                        + "(?:let's|let us|let me) (?:break (?:this|it|that) down|tackle (?:this|that)"
                        + "|think (?:about )?(?:this|that)|think through (?:this|that)"
                        + "|figure (?:this|it|that) out|unpack (?:this|that)|work through (?:this|that)"
                        + "|see what (?:the user|they|i) (?:wants?|needs?|is asking|are asking))\\b"
                        + "|i (?:need|have|'m supposed|am supposed|was asked|'ve been asked|have been asked"
                        + "|am being asked|'m being asked) to (?:write|draft|create|produce|generate|craft"
                        + "|come up with|rewrite|summari[sz]e|compose)\\b"
                        + "|the user(?:'s)? (?:wants|is asking|asked|needs|would like|has asked|is looking"
                        + "|query|request|message|prompt)\\b"
                        + ")"),

        /** Text that addresses or describes the user or the instructions. */
        PROMPT_ECHO("prompt_echo", Position.ANYWHERE, CuePolicy.ALL, false,
                "\\bthe user (?:wants|wanted|would like|needs|is asking|asked|has asked|is requesting"
                        + "|requested|has requested|expects|instructed|has instructed|told|is telling)"
                        + " me\\b"
                        + "|\\bthe user (?:wants|is asking for|asked for|has asked for|is requesting"
                        + "|requested|has requested|is looking for|needs|would like|expects) (?:a|an)\\b"
                        + "[^.\\n]{0,60}?\\b" + TASK_NOUN + "\\b"
                        + "|\\bthe user's (?:query|prompt|instructions|request) (?:asks|says|wants|mentions"
                        + "|specifies|requires|seems to)\\b"
                        + "|\\b(?:based on|according to|per|as per|following|in line with)"
                        + " (?:your (?:prompt|instructions|request|guidelines|brief|query|specifications)"
                        + "|(?:the|this) (?:prompt|instructions|request|guidelines|brief)"
                        + " (?:provided|given|above|you (?:provided|gave|shared|sent))(?! by\\b))\\b"
                        + "|\\bas (?:you )?requested[\\s,:-]+(?:here|below|i)\\b"
                        + "|\\byou (?:asked|wanted|requested|instructed) me to\\b"
                        + "|\\bi(?:'ve| have) been (?:asked|instructed|tasked) (?:to|with)\\b"
                        + "|\\bi (?:was|am|'m) (?:asked|instructed|tasked|supposed|told) to (?:write|draft"
                        + "|create|produce|generate|rewrite|summari[sz]e|compose|act|pretend|role-?play)\\b"
                        + "|\\bthe (?:prompt|instructions) (?:asks?|says?|wants?|requires?|specif(?:y|ies)"
                        + "|tells?|instructs?) me\\b"),

        /** Assistant-style framing of the output ("Certainly! Here is a 600-word article on ..."). */
        ASSISTANT_FRAMING("assistant_framing", Position.SENTENCE_START, CuePolicy.ALL, false,
                "\\b(?:certainly|sure(?: thing)?|absolutely|of course|great|okay|ok|no problem"
                        + "|happy to help|gladly|definitely|here you go)[\\s!.,:;-]*here(?:'s| is| are)"
                        + " (?:a|an|the|your|my|some)\\b[^\\n]{0,100}?\\b" + TASK_NOUN + "\\b"
                        + "|\\bhere(?:'s| is| are) (?:a|an|the|your|my) (?:[\\w-]{1,20}[\\s-]word|revised"
                        + "|rewritten|polished|refined|edited|improved|reworded|paraphrased|condensed"
                        + "|shortened|expanded|draft|suggested|proposed|sample|fictional|hypothetical)\\b"
                        + "[^\\n]{0,60}?\\b" + TASK_NOUN + "\\b"
                        + "|\\bhere(?:'s| is) (?:the|your|my) " + TASK_NOUN + " (?:you (?:requested|asked for"
                        + "|wanted)|as requested|based on (?:your|the) (?:prompt|request|instructions))\\b"
                        + "|\\bbelow (?:is|are|you'll find|you will find) (?:a|an|the|my|your)"
                        + " (?:(?:rough|first|revised|rewritten|possible|suggested|proposed|requested|final"
                        + "|polished|short|brief|sample)[\\s-]+){0,3}(?:draft|rewrite|rewritten version"
                        + "|revised version|version of (?:the|your) (?:article|text|post)"
                        + "|(?:article|summary|post) you requested)\\b"
                        + "|\\b(?:certainly|sure|absolutely|of course)[\\s!.,:;-]*i(?:'d| would| can|'ll"
                        + "| will) (?:be (?:happy|glad) to )?(?:help|write|draft|create|rewrite|craft"
                        + "|put together|compose|produce)\\b"),

        /** The text calls itself an AI ("As an AI language model", "I am an AI developed by"). */
        AI_SELF_REFERENCE("ai_self_reference", Position.ANYWHERE, CuePolicy.ALL, false,
                "\\bas an? (?:ai|artificial intelligence)[\\s-]+language model\\b"
                        + "|\\bas a (?:large )?language model\\b" + FIRST_PERSON_AHEAD
                        + "|\\bas an? (?:ai|artificial intelligence)(?: (?:model|assistant|chatbot|system"
                        + "|program))?" + FIRST_PERSON_AHEAD
                        + "|\\bi(?:'m| am) (?:just |only |merely |simply )?an? (?:ai|artificial intelligence)"
                        + "(?: (?:language model|model|assistant|chatbot|system|program))?"
                        + "(?:[\\s,]+(?:developed|created|made|trained|built|designed|programmed) by\\b"
                        + "|(?=\\s*[,.;!]))"
                        + "|\\bi(?:'m| am) (?:just |only )?(?:a|an) (?:large language model|language model"
                        + "|ai language model|ai assistant|ai chatbot|ai model|virtual assistant|chatbot)\\b"
                        + "|\\bi(?:'m| am) (?:chatgpt|claude|gemini|bard|copilot|llama|grok)"
                        + "[\\s,]+(?:an? )?(?:ai\\b|large language model|language model|assistant"
                        + "|(?:made|created|developed|trained|built) by)"
                        + "|\\bi (?:do not|don't) have personal (?:opinions|feelings|emotions|beliefs"
                        + "|preferences|experiences)\\b"),

        /** Chatbot sign-off addressed to the requester ("I hope this helps", "Let me know if ..."). */
        SIGN_OFF("sign_off", Position.ANYWHERE, CuePolicy.ALL, false,
                "\\bi (?:hope|trust) (?:this|that|the above|my (?:response|answer|article|draft)|it)"
                        + " (?:helps|was helpful|is helpful|has been helpful|answers|meets your|clarifies"
                        + "|gives you|provides|is what you)"
                        + "|\\bhope (?:this|that) helps(?=\\s*(?:[!.:;,)]|$))"
                        + "|\\blet me know if (?:you(?:'d| would)? (?:like|want|prefer|need)\\b"
                        + "|there(?:'s| is) anything|you have any (?:other |further |more |additional )?"
                        + "(?:questions|changes|feedback|edits|revisions|adjustments|requests|thoughts)"
                        + "|i (?:can|should|missed)|this (?:works|meets|helps|is what)"
                        + "|any (?:changes|adjustments|edits|revisions))"
                        + "|\\b(?:feel free|don't hesitate|do not hesitate) to (?:ask|let me know"
                        + "|reach out to me|request)\\b"
                        + "|\\bwould you like me to (?:expand|elaborate|adjust|revise|rewrite|modify|change"
                        + "|add|shorten|lengthen|make|write|provide|include|create|tweak|continue|generate"
                        + "|draft|focus|adapt|tailor|turn|format|condense|summari[sz]e|translate)\\b"
                        + "|\\banything else (?:i can (?:help|assist) (?:you )?with|you(?:'d| would) like"
                        + " (?:me to|to (?:add|change|know)))\\b"
                        + "|\\bi(?:'d| would) be (?:happy|glad|delighted) to (?:help|assist|make|provide"
                        + "|adjust|revise|expand|elaborate|tweak|tailor|write|create|draft|answer)\\b"
                        + "|\\bhappy to (?:help|assist) further\\b"
                        + "|\\bif you(?:'d| would) like(?: me to)?,? i (?:can|could) (?:also )?(?:expand"
                        + "|elaborate|adjust|revise|rewrite|add|provide|make|write|create|tailor"
                        + "|shorten)\\b"),

        /** A chatbot refusal ("I'm sorry, but I can't assist with that"). */
        REFUSAL("refusal", Position.ANYWHERE, CuePolicy.ALL, false,
                "\\bi(?:'m| am) (?:really |so |very )?(?:sorry|afraid)[\\s,.;-]*(?:but )?i"
                        + " (?:can't|cannot|can not|won't|will not|am unable to|'m unable to"
                        + "|am not able to|'m not able to|must decline to) (?:help (?!but\\b)|assist"
                        + "|provide|fulfill|fulfil|comply|complete|create|generate|write|produce|continue"
                        + "|engage|support|answer|share|do that|discuss|give|offer|browse|access)"
                        + "|\\bi (?:can't|cannot|can not|won't|will not|am unable to|'m unable to"
                        + "|am not able to|'m not able to) (?:assist|help) (?:you )?with (?:that|this"
                        + "|your (?:request|query)|the request|requests? (?:like|that|of))\\b"
                        + "|\\bi (?:cannot|can't|can not|am unable to|'m unable to|am not able to"
                        + "|'m not able to|won't be able to) (?:fulfill|fulfil|comply with|complete|process"
                        + "|honor|carry out) (?:this|that|your|the) (?:request|task|prompt|instruction)s?\\b"
                        + "|\\bi(?:'m| am) (?:unable|not able|not allowed|not permitted|not programmed) to"
                        + " (?:provide|assist|help|fulfill|fulfil|generate|create|write|browse|access"
                        + "|comply|produce|share|give|offer|complete|engage)\\b"
                        + "|\\bi (?:must|have to|will have to) (?:respectfully |politely )?decline\\b"
                        + "|\\b(?:this|that|your) request (?:goes against|violates|is against)"
                        + " (?:my|openai's|the) (?:guidelines|policies|programming|usage polic"
                        + "|content polic)"),

        /** A training-cutoff or no-live-data disclaimer ("As of my last knowledge update"). */
        KNOWLEDGE_CUTOFF("knowledge_cutoff", Position.ANYWHERE, CuePolicy.ALL, false,
                "\\bas of my (?:last |latest |most recent |final )?(?:knowledge (?:update|cutoff"
                        + "|cut-off|base update)|training(?: data)?(?: (?:cutoff|cut-off|update))?|update"
                        + "|cutoff|cut-off)\\b"
                        + "|\\bmy (?:last )?(?:knowledge|training)(?:[\\s-]data)?[\\s-](?:cutoff|cut-off"
                        + "|cut off)\\b"
                        + "|\\bmy knowledge (?:only )?(?:goes|extends|runs) (?:up )?(?:to|until|through)\\b"
                        + "|\\b(?:beyond|after|past|since) my (?:knowledge|training)(?: data)? (?:date"
                        + "|horizon|window)\\b"
                        + "|\\bi (?:don't|do not) have (?:access to )?(?:real[\\s-]?time|live|up-to-date"
                        + "|current|browsing|internet)(?: (?:access|information|data|updates|news"
                        + "|capabilities|browsing))?\\b"
                        + "|\\bi (?:can't|cannot|am unable to|'m unable to|am not able to) (?:browse the"
                        + " (?:internet|web)|access (?:the internet|real[\\s-]?time|current|live))\\b"
                        + "|\\bi (?:don't|do not) have (?:information|data|details) (?:on|about)"
                        + " (?:events|developments) (?:after|beyond|since)\\b"),

        /** Unfilled template slots ("[Insert company name]", "{{city}}", "<insert quote here>"). */
        TEMPLATE_SLOT("template_slot", Position.ANYWHERE, CuePolicy.META_ONLY, false,
                "\\[(?:insert|add|enter|include|fill in|placeholder|tbd|todo|to be (?:confirmed"
                        + "|determined|added)|name of|link to|quote from)\\b[^\\[\\]\\n]{0,60}\\]"
                        + "|\\[your [^\\[\\]\\n]{1,60}\\]"
                        + "|\\[(?:company|company name|name|full name|first name|last name|date|city"
                        + "|location|country|product|product name|expert|expert name|title|headline|number"
                        + "|amount|percentage|figure|quote|contact|contact information|contact info"
                        + "|contact details|email|email address|phone|phone number|website|url|link"
                        + "|author|reporter|organi[sz]ation|organi[sz]ation name|person|spokesperson"
                        + "|job title|position|event|time|year|month|day|price|statistic|reference"
                        + "|source)(?: here| \\d)?\\]"
                        + "|\\{\\{[^{}\\n]{1,40}\\}\\}"
                        + "|\\{(?:insert|your|name|company|city|date|location|product|expert|quote|title"
                        + "|author)[\\w\\s]{0,40}\\}"
                        + "|<(?:insert|add|enter|your|name of|fill in|placeholder)\\b[^<>\\n]{0,60}>"
                        + "|\\((?:insert|enter|fill in|placeholder)\\b[^()\\n]{0,60}\\)"),

        /**
         * Upper-case {@code XX} number placeholders in numeric context ("XX%", "$XX million",
         * "March XX", "20XX"). Reported under the same name as {@link #TEMPLATE_SLOT}; kept separate
         * only because it must match case-sensitively.
         */
        NUMBER_PLACEHOLDER("template_slot", Position.ANYWHERE, CuePolicy.META_ONLY, true,
                "(?<![\\w$])(?:\\$\\s?X{2,3}(?:[.,]X{1,3})*(?:\\s?(?:million|billion|trillion|thousand"
                        + "|bn|[MBK])\\b)?"
                        + "|X{2,3}(?:[.,]X{1,3})?\\s?(?:%|percent\\b|per cent\\b)"
                        + "|X{2,3}(?:[.,]X{1,3})? (?:million|billion|trillion)\\b"
                        + "|(?:January|February|March|April|May|June|July|August|September|October"
                        + "|November|December) XX\\b"
                        + "|\\b(?:19|20)XX\\b)"),

        /**
         * Chat-interface markdown pasted into a page as text: a paragraph that is only a
         * {@code **bold**} line, a {@code ## heading} line, or a {@code **Headline:**} label.
         * Published HTML renders emphasis and headings as markup, so literal asterisks and hashes
         * framing a whole line are left over from a chatbot's answer.
         */
        MARKDOWN_LEFTOVER("markdown_leftover", Position.ANYWHERE, CuePolicy.META_ONLY, false,
                "(?m)^[\\t\\x20]*(?:#{1,4}[\\t\\x20]+[^\\n#]{3,150}$"
                        + "|\\*\\*[^*\\n]{3,150}\\*\\*[\\t\\x20]*$"
                        + "|\\*\\*(?:headline|title|subheadline|subtitle|byline|dateline|lede|intro"
                        + "|introduction|conclusion|summary|key[\\t\\x20]takeaways)[\\t\\x20]*:?[\\t\\x20]*\\*\\*)");

        private final String ruleName;
        private final Position position;
        private final CuePolicy cuePolicy;
        private final boolean caseSensitive;
        private final Pattern pattern;

        Rule(String ruleName, Position position, CuePolicy cuePolicy, boolean caseSensitive,
                String regex) {
            this.ruleName = ruleName;
            this.position = position;
            this.cuePolicy = cuePolicy;
            this.caseSensitive = caseSensitive;
            this.pattern = Pattern.compile(rx(regex));
        }

        /** The public rule name reported in {@link Hit#rule()}. */
        public String ruleName() {
            return ruleName;
        }

        Position position() {
            return position;
        }

        CuePolicy cuePolicy() {
            return cuePolicy;
        }

        Pattern pattern() {
            return pattern;
        }
    }

    /** Distinct public rule names in rule order. */
    private static final List<String> RULE_NAMES;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (Rule r : Rule.values()) {
            names.add(r.ruleName());
        }
        RULE_NAMES = List.copyOf(names);
    }

    // Reporting cues. Matched on the lower-cased normalised text.
    private static final Pattern SPEECH_CUE = Pattern.compile(rx(
            "\\b(?:said|says|wrote|writes|replied|replies|responded|responds|answered|answers|stated"
                    + "|states|told|tells|posted|posts|tweeted|tweets|typed|types|added|adds|warned"
                    + "|declared|insisted|insists|explained|explains|noted|notes|quipped|joked|read"
                    + "|reads|asked|asks|generated|produced|returned|spat out|spit out)\\b"));

    private static final String META_CUE_REGEX =
            "\\b(?:(?:the|a|this|that|its|their|his|her|such) (?:phrases?|words?|lines?|sentences?"
                    + "|expressions?|refrain|catchphrase|cliche|formula|boilerplate|string)"
                    + "|(?:phrases?|words|lines|sentences|expressions|responses|replies|answers"
                    + "|outputs|messages|posts|openers|sign-?offs|disclaimers|things|stock phrases"
                    + "|formulations|constructions|placeholders?|slots?) (?:like|such as|including)"
                    + "|such(?: [\\w-]+){0,2} as|e\\.g\\.|i\\.e\\.|placeholders?|the likes of|verbatim"
                    + "|quote|quoted|quoting"
                    + "|(?:begins?|began|beginning|begun|starts?|started|starting|opens?|opened|opening"
                    + "|ends?|ended|ending|closes?|closed|closing|concludes?|concluded|concluding"
                    + "|finish(?:es|ed|ing)?|prefaced|prefaces|peppered|littered|signs? off|signed off"
                    + "|signing off) (?:with|by))(?![\\w])";

    private static final Pattern META_CUE = Pattern.compile(rx(META_CUE_REGEX));

    private static final Pattern INTRO_CUE = Pattern.compile(rx(
            META_CUE_REGEX
                    + "|\\b(?:(?:the|a|this|that|its|their|his|her) (?:message|text|response|reply"
                    + "|answer|output|disclaimer|caveat|preamble|sign-?off|opener|opening|greeting"
                    + "|apology|snippet|template)"
                    + "|reading|that read|which read|dubbed|called|known as|parroting|parroted)\\b"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** Creates a detector. Stateless; one shared instance is fine. */
    public LlmArtifactDetector() {
        // no state
    }

    /** All rule names this detector can report, in rule order. */
    public static List<String> allRuleNames() {
        return RULE_NAMES;
    }

    /**
     * Finds artifacts in {@code text}.
     *
     * @param text article main text, paragraphs separated by blank lines ({@code "\n\n"})
     * @return hits ordered by start offset (then rule order); empty for null or empty text
     */
    public List<Hit> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // Most articles match no pattern at all: run the patterns first and build the costly
        // context (quotes, sentences, cues) only when there is a candidate to judge.
        String[] copies = Context.copies(text);
        Context ctx = null;
        List<Hit> hits = new ArrayList<>();
        List<Integer> ruleOrder = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Matcher m = rule.pattern().matcher(rule.caseSensitive ? copies[0] : copies[1]);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (end <= start) {
                    continue;
                }
                if (ctx == null) {
                    ctx = new Context(text, copies);
                }
                if (!ctx.accepts(rule, start)) {
                    continue;
                }
                hits.add(new Hit(rule.ruleName(), text.substring(start, end), start, end));
                ruleOrder.add(RULE_NAMES.indexOf(rule.ruleName()));
            }
        }
        Integer[] idx = new Integer[hits.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingInt(i -> hits.get(i).start())
                .thenComparingInt(ruleOrder::get));
        List<Hit> sorted = new ArrayList<>(idx.length);
        for (Integer i : idx) {
            sorted.add(hits.get(i));
        }
        return List.copyOf(sorted);
    }

    /**
     * Distinct rule names of {@code hits}, in rule order (names this detector does not know come
     * last, in first-seen order).
     */
    public static List<String> ruleNames(List<Hit> hits) {
        if (hits == null || hits.isEmpty()) {
            return List.of();
        }
        Set<String> present = new LinkedHashSet<>();
        for (Hit h : hits) {
            present.add(h.rule());
        }
        List<String> out = new ArrayList<>();
        for (String name : RULE_NAMES) {
            if (present.remove(name)) {
                out.add(name);
            }
        }
        out.addAll(present);
        return List.copyOf(out);
    }

    /** Replaces each literal space by {@code \s+}. Patterns never put a space in a char class. */
    private static String rx(String regex) {
        return regex.replace(" ", "\\s+");
    }

    // ---------------------------------------------------------------------------------------------
    // Per-call context: normalised copies, sentence / paragraph starts, quoted spans, cues.
    // ---------------------------------------------------------------------------------------------

    private static final class Context {
        final String text;
        final String cased;
        final String lower;
        final int[] sentenceStarts;
        final int[] paraStarts;
        final int[] paraEnds;
        final boolean[] blockquote;
        /** Merged, disjoint quoted spans as (open, close) pairs: position p is quoted if open < p < close. */
        final int[] quoteOpen;
        final int[] quoteClose;
        final Cues speech;
        final Cues intro;
        final Cues meta;

        /** The normalised cased and lower-case copies the patterns run on; cheap, built first. */
        static String[] copies(String text) {
            int n = text.length();
            char[] c = new char[n];
            char[] l = new char[n];
            for (int i = 0; i < n; i++) {
                char ch = normalise(text.charAt(i));
                c[i] = ch;
                l[i] = Character.toLowerCase(ch);
            }
            return new String[] {new String(c), new String(l)};
        }

        Context(String text, String[] copies) {
            this.text = text;
            this.cased = copies[0];
            this.lower = copies[1];

            IntList ps = new IntList();
            IntList pe = new IntList();
            paragraphs(cased, ps, pe);
            this.paraStarts = ps.toArray();
            this.paraEnds = pe.toArray();
            this.sentenceStarts = sentences(cased);

            List<int[]> spans = new ArrayList<>();
            for (int p = 0; p < paraStarts.length; p++) {
                quotedSpans(text, paraStarts[p], paraEnds[p], spans);
            }
            spans.sort(Comparator.comparingInt(a -> a[0]));
            IntList qo = new IntList();
            IntList qc = new IntList();
            for (int[] s : spans) {
                if (qo.size > 0 && s[0] < qc.get(qc.size - 1)) {
                    if (s[1] > qc.get(qc.size - 1)) {
                        qc.set(qc.size - 1, s[1]);
                    }
                } else {
                    qo.add(s[0]);
                    qc.add(s[1]);
                }
            }
            this.quoteOpen = qo.toArray();
            this.quoteClose = qc.toArray();

            this.speech = Cues.find(SPEECH_CUE, lower);
            this.intro = Cues.find(INTRO_CUE, lower);
            this.meta = Cues.find(META_CUE, lower);

            this.blockquote = new boolean[paraStarts.length];
            for (int p = 0; p < paraStarts.length; p++) {
                int first = skipSpace(cased, paraStarts[p], paraEnds[p]);
                if (first < paraEnds[p] && (cased.charAt(first) == '>' || cased.charAt(first) == '|')) {
                    blockquote[p] = true;
                } else if (p > 0) {
                    int prevEnd = trimEnd(cased, paraStarts[p - 1], paraEnds[p - 1]);
                    if (prevEnd > paraStarts[p - 1] && cased.charAt(prevEnd - 1) == ':') {
                        int sent = floor(sentenceStarts, prevEnd - 1);
                        blockquote[p] = speech.anyWithin(sent, prevEnd) || intro.anyWithin(sent, prevEnd);
                    }
                }
            }
        }

        boolean accepts(Rule rule, int start) {
            if (isQuoted(start)) {
                return false;
            }
            int para = floorIndex(paraStarts, start);
            if (para >= 0 && blockquote[para]) {
                return false;
            }
            int sent = floor(sentenceStarts, start);
            if (reported(rule, sent, start)) {
                return false;
            }
            if (rule.position() == Position.SENTENCE_START) {
                return beginsSentence(sent, start);
            }
            return true;
        }

        private boolean isQuoted(int pos) {
            int i = floorIndex(quoteOpen, pos - 1);
            return i >= 0 && quoteOpen[i] < pos && pos < quoteClose[i];
        }

        private boolean reported(Rule rule, int sentStart, int start) {
            if (rule.cuePolicy() == CuePolicy.META_ONLY) {
                return cueBefore(meta, sentStart, start, false);
            }
            return cueBefore(intro, sentStart, start, false) || cueBefore(speech, sentStart, start, true);
        }

        /** The nearest cue ending at or before {@code start}, in the same sentence, close enough. */
        private boolean cueBefore(Cues cues, int sentStart, int start, boolean speechVerb) {
            int i = floorIndex(cues.ends, start);
            if (i < 0) {
                return false;
            }
            int cs = cues.starts[i];
            int ce = cues.ends[i];
            if (cs < sentStart || start - ce > CUE_WINDOW) {
                return false;
            }
            String gap = lower.substring(ce, start).strip();
            Matcher w = WORD.matcher(gap);
            int words = 0;
            while (w.find()) {
                if (++words > CUE_MAX_GAP_WORDS) {
                    return false;
                }
            }
            if (!speechVerb || words == 0) {
                return true;
            }
            return speechGapIntroducesQuote(lower.substring(cs, ce), gap);
        }

        /**
         * After a speech verb the words before the match must look like an introduction, not like
         * the rest of a reported clause: {@code replied, after a pause,} / {@code said in a
         * statement:} / {@code responded that} / {@code told users,} introduce; {@code said output
         * would rise,} does not.
         */
        private static boolean speechGapIntroducesQuote(String verb, String gap) {
            char first = gap.charAt(0);
            char last = gap.charAt(gap.length() - 1);
            if ((first == ',' || first == '-' || first == '(') && (last == ',' || last == '-' || last == ')'
                    || last == ':')) {
                return true;
            }
            if (last == ':' || gap.equals("that") || gap.endsWith(" that")) {
                return true;
            }
            boolean addressee = verb.startsWith("told") || verb.startsWith("tell") || verb.startsWith("ask");
            return addressee && last == ',';
        }

        private boolean beginsSentence(int sentStart, int start) {
            if (start - sentStart > MAX_SENTENCE_LEAD) {
                return false;
            }
            for (int i = sentStart; i < start; i++) {
                char ch = cased.charAt(i);
                if (!Character.isWhitespace(ch) && "-*#>([{•·\"'".indexOf(ch) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Start/end offsets of cue matches, sorted (non-overlapping, from {@link Matcher#find()}). */
    private static final class Cues {
        final int[] starts;
        final int[] ends;

        private Cues(int[] starts, int[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        static Cues find(Pattern p, String s) {
            IntList st = new IntList();
            IntList en = new IntList();
            Matcher m = p.matcher(s);
            while (m.find()) {
                st.add(m.start());
                en.add(m.end());
            }
            return new Cues(st.toArray(), en.toArray());
        }

        /** Any cue lying inside [from, to). */
        boolean anyWithin(int from, int to) {
            int i = floorIndex(ends, to);
            return i >= 0 && starts[i] >= from;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Text helpers
    // ---------------------------------------------------------------------------------------------

    /** Same-length normalisation: quotes, dashes, spaces, control characters. */
    private static char normalise(char ch) {
        switch (ch) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
            case '\uFF07':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2033': case '\uFF02': case '\u2039': case '\u203A':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212':
                return '-';
            case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            case '\n':
                return '\n';
            default:
                break;
        }
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || Character.isISOControl(ch)
                || (ch >= '\u200B' && ch <= '\u200D') || ch == '\uFEFF') {
            return ' ';
        }
        return ch;
    }

    /** Paragraphs are separated by a blank line: a newline, optional spaces, a newline. */
    private static void paragraphs(String s, IntList starts, IntList ends) {
        int n = s.length();
        int paraStart = 0;
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && s.charAt(j) == '\n') {
                    starts.add(paraStart);
                    ends.add(i);
                    while (j < n && (s.charAt(j) == '\n' || s.charAt(j) == ' ')) {
                        j++;
                    }
                    paraStart = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        starts.add(paraStart);
        ends.add(n);
    }

    /**
     * Sentence starts: offset 0, after every newline, and after {@code . ! ? …} (plus optional
     * closing quotes/brackets) followed by whitespace.
     */
    private static int[] sentences(String s) {
        IntList out = new IntList();
        out.add(0);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '\n') {
                out.add(i + 1);
            } else if (ch == '.' || ch == '!' || ch == '?' || ch == '\u2026') {
                int j = i + 1;
                while (j < n && "\"')]}".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < n && s.charAt(j) == ' ') {
                    out.add(j);
                    i = j - 1;
                }
            }
        }
        return out.toArray();
    }

    private static int quoteFamily(char ch) {
        switch (ch) {
            case '"': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB':
            case '\u00BB': case '\uFF02':
                return 0;
            case '\'': case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039':
            case '\u203A':
                return 1;
            default:
                return -1;
        }
    }

    private static boolean leftFlankOk(String t, int i, int from) {
        if (i <= from) {
            return true;
        }
        char p = t.charAt(i - 1);
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || Character.isISOControl(p)
                || "([{<-\u2013\u2014/:;,\u2026".indexOf(p) >= 0 || quoteFamily(p) >= 0;
    }

    private static boolean rightFlankOk(String t, int i, int to) {
        if (i + 1 >= to) {
            return true;
        }
        char q = t.charAt(i + 1);
        return Character.isWhitespace(q) || Character.isSpaceChar(q) || Character.isISOControl(q)
                || ")]}>.,;:!?-\u2013\u2014/\u2026".indexOf(q) >= 0 || quoteFamily(q) >= 0;
    }

    private static boolean spaceAt(String t, int i, int from, int to) {
        if (i < from || i >= to) {
            return true;
        }
        char ch = t.charAt(i);
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }

    /** Pairs quotation marks inside one paragraph and adds (open, close) spans. */
    private static void quotedSpans(String t, int from, int to, List<int[]> out) {
        IntList[] stacks = {new IntList(), new IntList()};
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            int fam = quoteFamily(ch);
            if (fam < 0) {
                continue;
            }
            boolean canOpen = leftFlankOk(t, i, from) && !spaceAt(t, i + 1, from, to);
            boolean canClose = !spaceAt(t, i - 1, from, to) && rightFlankOk(t, i, to);
            if (!canOpen && !canClose) {
                // French spacing: « word » ; ‹ word ›
                if ((ch == '\u00AB' || ch == '\u2039') && leftFlankOk(t, i, from)) {
                    canOpen = true;
                } else if ((ch == '\u00BB' || ch == '\u203A') && rightFlankOk(t, i, to)) {
                    canClose = true;
                }
            }
            IntList stack = stacks[fam];
            if (canOpen && canClose) {
                if (stack.size > 0) {
                    canOpen = false;
                } else {
                    canClose = false;
                }
            }
            if (canClose) {
                if (stack.size > 0) {
                    int open = stack.pop();
                    out.add(new int[] {open, i});
                }
            } else if (canOpen) {
                stack.add(i);
            }
        }
        if (stacks[0].size > 0) {
            out.add(new int[] {stacks[0].get(0), to});
        }
    }

    private static int skipSpace(String s, int i, int to) {
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Largest value in sorted {@code a} that is {@code <= key}, or 0. */
    private static int floor(int[] a, int key) {
        int i = floorIndex(a, key);
        return i < 0 ? 0 : a[i];
    }

    /** Index of the largest value in sorted {@code a} that is {@code <= key}, or -1. */
    private static int floorIndex(int[] a, int key) {
        int i = Arrays.binarySearch(a, key);
        if (i >= 0) {
            while (i + 1 < a.length && a[i + 1] == key) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** Minimal growable int array. */
    private static final class IntList {
        int[] a = new int[16];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int pop() {
            return a[--size];
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
