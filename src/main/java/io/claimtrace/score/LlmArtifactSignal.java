package io.claimtrace.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * LLM artefacts in the articles that carry the claim: unedited machine output such as "Certainly!
 * Here is...", "As an AI language model" or "[Insert quote from CEO]" (the ingest detector's
 * rule codes). Articles published without anyone reading them are where unchecked claims spread.
 *
 * <p>Strength = 0.3 + 0.7 x share of versions whose article has an artefact (one sloppy amplifier
 * is a weak hint, most of them a strong one); silent without artefacts.
 */
public final class LlmArtifactSignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "llm-artifacts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    int with = 0;
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    List<String> ev = new ArrayList<>();
    for (MemberClaim m : members) {
      List<String> a = new ArrayList<>();
      for (String c : Claims.nz(m.articleLlmArtifacts())) {
        if (c != null && !c.isBlank()) {
          a.add(c);
        }
      }
      if (!a.isEmpty()) {
        with++;
        outlets.add(m.outlet());
        codes.addAll(a);
        ev.add(m.claimId() + " (" + m.outlet() + ", article " + m.articleId() + "): " + String.join(", ", a));
      }
    }
    if (with == 0) {
      return Optional.empty();
    }
    double share = (double) with / members.size();
    String sentence = Claims.plural(with, "article", "articles") + " carrying this claim (" + Claims.list(outlets, 3)
        + ") " + (with == 1 ? "contains" : "contain") + " leftover chatbot text (" + Claims.list(describe(codes), 3)
        + "), a sign they were published without human editing.";
    return Optional.of(new SignalHit(NAME, Claims.clamp(0.3 + 0.7 * share), sentence, ev));
  }

  private static List<String> describe(Set<String> codes) {
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      out.add(switch (c) {
        case "reasoning_preamble" -> "a reasoning preamble";
        case "assistant_framing" -> "\u201cCertainly! Here is\u2026\u201d framing";
        case "sign_off" -> "a chatbot sign-off";
        case "template_slot" -> "an unfilled template slot";
        case "knowledge_cutoff" -> "a knowledge-cutoff disclaimer";
        case "ai_self_reference" -> "\u201cas an AI language model\u201d";
        case "markdown_leftover" -> "leftover Markdown";
        default -> c.replace('_', ' ');
      });
    }
    return out;
  }
}
