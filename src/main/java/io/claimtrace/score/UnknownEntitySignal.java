package io.claimtrace.score;

import io.claimtrace.nlp.KbEntry;
import io.claimtrace.nlp.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unknown entities: organisations or products the claim is about that the knowledge base does not
 * know ({@code known=false}, type ORG or PRODUCT), such as "DeepMind Partners". The knowledge base
 * is incomplete, so this is a moderate signal on its own; it grows when the unknown name contains
 * a known one (easy to confuse with a real lab: "DeepMind" in "DeepMind Partners") and shrinks to
 * 30% when the cluster links a primary source (a filing on sec.gov, the company's own site), which
 * vouches for an organisation the knowledge base merely lacks.
 *
 * <p>Strength = (0.4 + 0.4 x share of versions naming an unknown entity + 0.2 if confusable)
 * x (0.3 if any version links a primary source).
 */
public final class UnknownEntitySignal implements RiskSignal {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "unknown-entity";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SignalHit> evaluate(ClusterEvidence cluster, ScoringContext context) {
    List<MemberClaim> members = Claims.members(cluster);
    if (members.isEmpty()) {
      return Optional.empty();
    }
    KnowledgeBase kb = context == null ? null : context.kb();
    Set<String> outlets = Claims.outlets(members);
    Map<String, String> unknown = new LinkedHashMap<>();
    Map<String, String> confusable = new LinkedHashMap<>();
    int naming = 0;
    boolean primary = false;
    List<String> ev = new ArrayList<>();
    for (MemberClaim m : members) {
      primary |= !Claims.primaryLinks(m, outlets, kb).isEmpty();
      boolean any = false;
      for (MemberClaim.EntityRef e : Claims.nz(m.entities())) {
        if (e == null || e.known() || e.text() == null || e.text().isBlank()
            || !("ORG".equals(e.type()) || "PRODUCT".equals(e.type()))) {
          continue;
        }
        String name = display(e.text());
        String key = Claims.alnum(name);
        if (key.length() < 3 || knownAfterPlace(name, kb)) {
          continue;
        }
        any = true;
        if (unknown.putIfAbsent(key, name) == null) {
          KbEntry like = lookalike(e.text(), kb);
          if (like != null) {
            confusable.put(key, like.name());
          }
        }
        ev.add(m.claimId() + " (" + m.outlet() + "): " + Claims.quote(name));
      }
      naming += any ? 1 : 0;
    }
    if (unknown.isEmpty()) {
      return Optional.empty();
    }
    double strength = 0.4 + 0.4 * naming / members.size() + (confusable.isEmpty() ? 0 : 0.2);
    if (primary) {
      strength *= 0.3;
    }
    List<String> names = new ArrayList<>();
    for (String n : unknown.values()) {
      names.add(Claims.quote(n));
    }
    StringBuilder s = new StringBuilder();
    s.append(names.size() == 1 ? "The organisation or product " + names.get(0) + " is"
        : "The organisations or products " + Claims.list(names, 4) + " are");
    s.append(" not in our reference list of AI companies, labs and products");
    if (!confusable.isEmpty()) {
      Map.Entry<String, String> c = confusable.entrySet().iterator().next();
      s.append(", and ").append(Claims.quote(unknown.get(c.getKey()))).append(" is easy to confuse with ")
          .append(c.getValue());
    }
    s.append(primary ? ", though the claim links a primary source that may vouch for it." : ".");
    return Optional.of(new SignalHit(NAME, Claims.clamp(strength), s.toString(), ev));
  }

  /** The name without a trailing possessive or stray apostrophe ("Veridian Labs'" is "Veridian Labs"). */
  static String display(String text) {
    String t = text.strip().replace('\u2019', '\'');
    if (t.endsWith("'s")) {
      t = t.substring(0, t.length() - 2);
    }
    while (t.endsWith("'") || t.endsWith("-")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }

  /**
   * True when the knowledge base knows the name as written, or once leading place words are
   * dropped: "US Securities and Exchange Commission" is the SEC, not an unknown organisation.
   */
  static boolean knownAfterPlace(String name, KnowledgeBase kb) {
    if (kb == null) {
      return false;
    }
    if (!kb.lookup(name).isEmpty()) {
      return true;
    }
    String[] w = name.split("\\s+");
    for (int i = 0; i < w.length - 1; i++) {
      boolean place = false;
      for (KbEntry k : kb.lookup(w[i])) {
        place |= "LOC".equals(k.type());
      }
      if (!place && !w[i].matches("(?i)the|U\\.?S\\.?|U\\.?K\\.?|EU")) {
        return false;
      }
      if (!kb.lookup(String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A known ORG/PRODUCT whose name is a run of whole words inside {@code text}, or null. */
  static KbEntry lookalike(String text, KnowledgeBase kb) {
    if (kb == null) {
      return null;
    }
    String[] w = text.strip().split("\\s+");
    for (int len = w.length - 1; len >= 1; len--) {
      for (int i = 0; i + len <= w.length; i++) {
        String part = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len));
        if (part.length() < 4) {
          continue;
        }
        for (KbEntry k : kb.lookup(part)) {
          if ("ORG".equals(k.type()) || "PRODUCT".equals(k.type())) {
            return k;
          }
        }
      }
    }
    return null;
  }
}
