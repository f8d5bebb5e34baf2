package io.claimtrace.score;

import static io.claimtrace.score.TestClaims.approxPct;
import static io.claimtrace.score.TestClaims.claim;
import static io.claimtrace.score.TestClaims.cluster;
import static io.claimtrace.score.TestClaims.org;
import static io.claimtrace.score.TestClaims.pct;
import static io.claimtrace.score.TestClaims.product;
import static io.claimtrace.score.TestClaims.usd;

import io.claimtrace.nlp.Quantity;
import java.util.List;

/**
 * Hand-built clusters modelled on the planted families of {@code data-samples/} (see its README):
 * F1-F4 fabricated, F5, F6 and F8 well sourced, F7 syndicated. Sentences are the planted ones;
 * attributions, entities and quantities are what the analyzer is expected to produce for them.
 */
final class Families {
  private Families() {}

  static final MemberClaim.EntityRef VERIDIAN = org("Veridian Labs", false, null);
  static final MemberClaim.EntityRef HALO = product("Halo", false, null);

  /** F1: leaked-memo refusal rate; 8 outlets in 5 days, vague sources, 47% drifting, no links. */
  static ClusterEvidence f1() {
    return cluster("F1",
        claim("f1-1", "synthwire.com", "A leaked memo reveals that 47% of requests were denied by Veridian Labs' content "
            + "filter during the first month of its Halo assistant.").at("2026-03-03T09:00:00Z")
            .attr("document", "A leaked memo").quantities(pct("47%", 47)).entities(VERIDIAN, HALO),
        claim("f1-2", "bytebeacon.net", "According to a leaked memo, 47% of user requests were denied by Veridian Labs' "
            + "content filter.").at("2026-03-03T15:00:00Z").attr("document", "a leaked memo")
            .quantities(pct("47%", 47)).entities(VERIDIAN).artifacts("assistant_framing")
            .links("https://www.synthwire.com/2026/03/03/veridian-halo-filter-memo/"),
        claim("f1-3", "gradientgazette.com", "Industry insiders say 45% of requests were denied by the Veridian Labs content "
            + "filter in the assistant's first weeks on the market.").at("2026-03-04T10:00:00Z")
            .attr("vague", "Industry insiders").quantities(pct("45%", 45)).entities(VERIDIAN),
        claim("f1-4", "promptpost.net", "Nearly half of all requests were denied by Veridian Labs' content filter, "
            + "according to reports.").at("2026-03-05T08:00:00Z").attr("vague", "reports")
            .quantities(approxPct("Nearly half", 50)).entities(VERIDIAN).artifacts("sign_off", "markdown_leftover"),
        claim("f1-5", "tensortimes.org", "A leaked internal memo shows that 52% of requests were denied by Veridian Labs' "
            + "content filter.").at("2026-03-06T11:00:00Z").attr("document", "A leaked internal memo")
            .quantities(pct("52%", 52)).entities(VERIDIAN),
        claim("f1-6", "frontierai.io", "Sources familiar with the matter say 48% of requests were denied by Veridian's "
            + "content filter during Halo's pilot phase.").at("2026-03-06T17:00:00Z")
            .attr("vague", "Sources familiar with the matter").quantities(pct("48%", 48)).entities(HALO),
        claim("f1-7", "latentdispatch.news", "According to reports, almost half of the requests sent to Halo were denied "
            + "by Veridian Labs' content filter.").at("2026-03-07T18:45:00Z").attr("vague", "reports")
            .quantities(approxPct("almost half", 50)).entities(HALO, VERIDIAN),
        claim("f1-8", "deeplinkdaily.ai", "A memo seen by industry insiders claims 47 percent of requests were denied by "
            + "Veridian Labs' content filter.").at("2026-03-08T07:00:00Z")
            .attr("document", "A memo seen by industry insiders").hedges("claims")
            .quantities(pct("47 percent", 47)).entities(VERIDIAN));
  }

  static final MemberClaim.EntityRef DMP = org("DeepMind Partners", false, null);

  /** F2: a company that does not exist raises $310 million; one copy says $300 million. */
  static ClusterEvidence f2() {
    return cluster("F2",
        claim("f2-1", "neuralledger.news", "DeepMind Partners, a Zurich startup, raised $310 million in a Series B round, "
            + "people close to the deal said.").at("2026-03-10T08:00:00Z").attr("vague", "people close to the deal")
            .quantities(usd("$310 million", 3.1e8)).entities(DMP),
        claim("f2-2", "bytebeacon.net", "Zurich-based DeepMind Partners has raised $310 million, according to industry "
            + "insiders.").at("2026-03-10T14:00:00Z").attr("vague", "industry insiders")
            .quantities(usd("$310 million", 3.1e8)).entities(DMP).artifacts("template_slot"),
        claim("f2-3", "promptpost.net", "DeepMind Partners, a Zurich startup, raised $310m in fresh funding, according to "
            + "reports.").at("2026-03-11T09:00:00Z").attr("vague", "reports")
            .quantities(usd("$310m", 3.1e8)).entities(DMP).artifacts("reasoning_preamble"),
        claim("f2-4", "computeherald.com.au", "DeepMind Partners, the Zurich start-up, reportedly raised $300 million.")
            .at("2026-03-12T01:00:00Z").hedges("reportedly").quantities(usd("$300 million", 3.0e8)).entities(DMP),
        claim("f2-5", "parameterpress.org", "Sources say DeepMind Partners, a young Zurich company, raised $310 million "
            + "from a group of undisclosed investors.").at("2026-03-13T12:00:00Z").attr("vague", "Sources")
            .quantities(usd("$310 million", 3.1e8)).entities(DMP));
  }

  static final MemberClaim.EntityRef GPT45 = product("GPT-4.5", true, "prod:gpt-4.5");

  /** F3: "the 2023 ban on GPT-4.5", a model released in February 2025. */
  static ClusterEvidence f3() {
    return cluster("F3",
        claim("f3-1", "siliconsignal.co.uk", "The 2023 ban on GPT-4.5 in Italian schools set the template for the "
            + "restrictions now being debated across Europe.").at("2026-03-16T09:00:00Z").dates("2023")
            .entities(GPT45),
        claim("f3-2", "tensortimes.org", "Italy banned GPT-4.5 from its schools in 2023, according to education observers.")
            .at("2026-03-17T10:00:00Z").attr("vague", "education observers").dates("2023").entities(GPT45),
        claim("f3-3", "latentdispatch.news", "The 2023 Italian school ban on GPT-4.5 is often cited as a precedent for "
            + "tougher classroom rules.").at("2026-03-18T07:30:00Z").dates("2023").entities(GPT45)
            .artifacts("ai_self_reference"),
        claim("f3-4", "deeplinkdaily.ai", "Back in 2023, Italian schools banned GPT-4.5, according to reports.")
            .at("2026-03-19T12:00:00Z").attr("vague", "reports").dates("2023").entities(GPT45)
            .artifacts("knowledge_cutoff"));
  }

  /** F4: "a recent study" of 2,000 developers nobody can find; 68% drifts to 70% and two-thirds. */
  static ClusterEvidence f4() {
    Quantity devs = new Quantity("2,000", 2000, "developers", false);
    return cluster("F4",
        claim("f4-1", "thecircuitdaily.co.uk", "A survey of 2,000 developers found 68% ship AI-generated code to production "
            + "without any human review, according to a recent study.").at("2026-03-20T09:00:00Z")
            .attr("document", "a recent study").quantities(devs, pct("68%", 68)),
        claim("f4-2", "gradientgazette.com", "A recent study of 2,000 developers found that 68% push AI-written code to "
            + "production without review.").at("2026-03-21T09:00:00Z").attr("document", "A recent study of 2,000 developers")
            .quantities(devs, pct("68%", 68)),
        claim("f4-3", "computeherald.com.au", "According to a recent survey of 2,000 developers, 70% ship AI-generated code "
            + "without human review.").at("2026-03-22T09:00:00Z").attr("document", "a recent survey of 2,000 developers")
            .quantities(devs, pct("70%", 70)),
        claim("f4-4", "parameterpress.org", "Roughly two-thirds of developers ship AI-generated code unreviewed, a recent "
            + "study of 2,000 programmers found.").at("2026-03-24T14:00:00Z")
            .attr("document", "a recent study of 2,000 programmers")
            .quantities(approxPct("Roughly two-thirds", 200.0 / 3), new Quantity("2,000", 2000, "programmers", false)));
  }

  static final MemberClaim.EntityRef NIST = org("NIST", true, "org:nist");
  static final MemberClaim.EntityRef NIST_LONG = org("National Institute of Standards and Technology", true, "org:nist");
  static final String NIST_PUB = "https://www.nist.gov/publications/guidelines-benchmark-contamination-testing-nist-ai-300-2";
  static final String NIST_NEWS =
      "https://www.nist.gov/news-events/news/2026/03/nist-releases-guidelines-benchmark-contamination-testing";

  /** F5: NIST guidelines, paraphrased by 5 outlets, each linking nist.gov. */
  static ClusterEvidence f5() {
    return cluster("F5",
        claim("f5-1", "thecircuitdaily.co.uk", "The US National Institute of Standards and Technology on Monday published "
            + "guidelines urging AI developers to disclose how much of each benchmark appeared in their training data.")
            .at("2026-03-09T15:00:00Z").attr("organization", "The US National Institute of Standards and Technology")
            .dates("Monday").entities(NIST_LONG).links(NIST_NEWS),
        claim("f5-2", "synthwire.com", "NIST said in its report, released March 9, that AI developers should test their "
            + "models for benchmark contamination and publish the results alongside any headline scores.")
            .at("2026-03-09T18:00:00Z").attr("organization", "NIST").dates("March 9").entities(NIST).links(NIST_PUB),
        claim("f5-3", "algorithmobserver.org", "In a report published on Monday, NIST recommended that companies check "
            + "whether benchmark questions leaked into their training sets before advertising test scores.")
            .at("2026-03-10T07:00:00Z").attr("organization", "NIST").dates("Monday").entities(NIST)
            .paragraphLinks(NIST_PUB),
        claim("f5-4", "neuralledger.news", "The National Institute of Standards and Technology has asked AI labs to report, "
            + "benchmark by benchmark, how much test material appears in their training data, according to guidelines the "
            + "agency released on March 9.").at("2026-03-10T09:00:00Z").attr("document", "guidelines the agency released")
            .dates("March 9").entities(NIST_LONG).links(NIST_PUB),
        claim("f5-5", "modelmatters.co.uk", "America's standards agency, NIST, has issued voluntary guidance telling AI "
            + "companies to measure and disclose benchmark contamination in their models.").at("2026-03-11T10:00:00Z")
            .attr("organization", "NIST").entities(NIST).links(NIST_NEWS));
  }

  static final MemberClaim.EntityRef CORVANE = org("Corvane Systems", false, null);
  static final MemberClaim.EntityRef SEC = org("Securities and Exchange Commission", true, "org:sec");
  static final String SEC_10Q = "https://www.sec.gov/Archives/edgar/data/1874203/000187420326000009/crvn-20260228x10q.htm";

  /** F6: Corvane Systems' 10-Q, $1.42 billion revenue; every outlet links sec.gov. */
  static ClusterEvidence f6() {
    return cluster("F6",
        claim("f6-1", "frontierai.io", "Corvane Systems reported revenue of $1.42 billion for the quarter ended February 28, "
            + "according to its quarterly report filed with the Securities and Exchange Commission on Thursday.")
            .at("2026-03-12T16:00:00Z").attr("document", "its quarterly report filed with the Securities and Exchange "
                + "Commission").dates("February 28", "Thursday").quantities(usd("$1.42 billion", 1.42e9))
            .entities(CORVANE, SEC).links(SEC_10Q),
        claim("f6-2", "gradientgazette.com", "Quarterly revenue at Corvane Systems climbed 38% to $1.42 billion, the company "
            + "disclosed in a 10-Q filing with the SEC.").at("2026-03-13T09:00:00Z")
            .attr("document", "a 10-Q filing with the SEC").quantities(pct("38%", 38), usd("$1.42 billion", 1.42e9))
            .entities(CORVANE, org("SEC", true, "org:sec")).links(SEC_10Q),
        claim("f6-3", "siliconsignal.co.uk", "In its latest quarterly report to the US Securities and Exchange Commission, "
            + "Corvane Systems said revenue reached $1.42 billion, compared with $1.03 billion in the same quarter last year.")
            .at("2026-03-13T11:00:00Z").attr("organization", "Corvane Systems")
            .quantities(usd("$1.42 billion", 1.42e9), usd("$1.03 billion", 1.03e9)).entities(SEC, CORVANE)
            .paragraphLinks(SEC_10Q),
        claim("f6-4", "parameterpress.org", "Corvane Systems told the SEC in a quarterly filing that it brought in $1.42 "
            + "billion in revenue over the three months ending February 28.").at("2026-03-14T09:00:00Z")
            .attr("organization", "Corvane Systems").dates("February 28").quantities(usd("$1.42 billion", 1.42e9))
            .entities(CORVANE, org("SEC", true, "org:sec")).links(SEC_10Q));
  }

  static final String F7_TEXT = "The UK AI Safety Institute will open a model-testing laboratory in Manchester with about "
      + "120 staff, the institute said on Wednesday.";

  /** F7: an AIWire story reprinted word for word by 3 outlets, each with a credit line. */
  static ClusterEvidence f7() {
    MemberClaim.EntityRef aisi = org("UK AI Safety Institute", true, "org:uk-aisi");
    Quantity staff = new Quantity("about 120 staff", 120, "staff", true);
    return cluster("F7",
        claim("f7-1", "aiwire.com", F7_TEXT).at("2026-03-18T10:00:00Z").attr("organization", "the institute")
            .dates("Wednesday").entities(aisi).quantities(staff).group("dup-f7")
            .articleText("MANCHESTER (AIWire) - " + F7_TEXT + " The lab will test frontier models."),
        claim("f7-2", "bytebeacon.net", F7_TEXT).at("2026-03-18T13:00:00Z").attr("organization", "the institute")
            .dates("Wednesday").entities(aisi).quantities(staff).group("dup-f7")
            .articleText(F7_TEXT + " The lab will test frontier models. This story was originally published by AIWire."),
        claim("f7-3", "algorithmobserver.org", F7_TEXT).at("2026-03-18T14:00:00Z").attr("organization", "the institute")
            .dates("Wednesday").entities(aisi).quantities(staff).group("dup-f7")
            .articleText(F7_TEXT + " The lab will test frontier models. Reporting by Hannah Cole for AIWire."),
        claim("f7-4", "promptpost.net", F7_TEXT).at("2026-03-18T16:00:00Z").attr("organization", "the institute")
            .dates("Wednesday").entities(aisi).quantities(staff)
            .articleText(F7_TEXT + " This story was originally published by AIWire."));
  }

  /** F8: DevPulse survey, 47% of developers use coding assistants daily; linked on devpulse.org. */
  static ClusterEvidence f8() {
    MemberClaim.EntityRef devpulse = org("DevPulse", false, null);
    String survey = "https://www.devpulse.org/survey/2026/results";
    return cluster("F8",
        claim("f8-1", "neuralledger.news", "According to the 2026 DevPulse Developer Survey, 47% of developers use coding "
            + "assistants daily.").at("2026-03-05T08:00:00Z").attr("document", "the 2026 DevPulse Developer Survey")
            .dates("2026").quantities(pct("47%", 47)).entities(devpulse).links(survey),
        claim("f8-2", "latentdispatch.news", "DevPulse's annual survey found that 47% of developers use coding assistants "
            + "daily, up sharply from the year before.").at("2026-03-09T08:00:00Z")
            .attr("document", "DevPulse's annual survey").quantities(pct("47%", 47)).entities(devpulse)
            .paragraphLinks(survey));
  }

  static List<ClusterEvidence> fabricated() {
    return List.of(f1(), f2(), f3(), f4());
  }

  static List<ClusterEvidence> notFabricated() {
    return List.of(f5(), f6(), f7(), f8());
  }
}
