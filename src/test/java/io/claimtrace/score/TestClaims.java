package io.claimtrace.score;

import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-built claims for the scoring tests. */
final class TestClaims {
  private TestClaims() {}

  static final ScoringContext CTX = ScoringContext.of(KnowledgeBase.bundled());

  static ScoringContext ctx(Map<String, OutletProfile> outlets) {
    return new ScoringContext(KnowledgeBase.bundled(), outlets);
  }

  static B claim(String id, String outlet, String text) {
    return new B(id, outlet, text);
  }

  static ClusterEvidence cluster(String id, B... members) {
    List<MemberClaim> l = new ArrayList<>();
    for (B b : members) {
      l.add(b.build());
    }
    return new ClusterEvidence(id, l);
  }

  static Quantity pct(String text, double v) {
    return new Quantity(text, v, "percent", false);
  }

  static Quantity approxPct(String text, double v) {
    return new Quantity(text, v, "percent", true);
  }

  static Quantity usd(String text, double v) {
    return new Quantity(text, v, "USD", false);
  }

  static MemberClaim.EntityRef org(String text, boolean known, String kbId) {
    return new MemberClaim.EntityRef(text, "ORG", known, kbId);
  }

  static MemberClaim.EntityRef product(String text, boolean known, String kbId) {
    return new MemberClaim.EntityRef(text, "PRODUCT", known, kbId);
  }

  /** A fluent MemberClaim builder; defaults: no attribution, no links, nothing detected. */
  static final class B {
    String id;
    String outlet;
    String text;
    Instant at;
    String kind = "none";
    String source;
    List<String> hedges = List.of();
    List<String> links = List.of();
    List<String> paragraphLinks = List.of();
    List<Quantity> quantities = List.of();
    List<MemberClaim.EntityRef> entities = List.of();
    List<String> dates = List.of();
    List<String> artifacts = List.of();
    String group;
    String articleText;

    B(String id, String outlet, String text) {
      this.id = id;
      this.outlet = outlet;
      this.text = text;
    }

    B at(String iso) {
      at = Instant.parse(iso);
      return this;
    }

    B attr(String kind, String source) {
      this.kind = kind;
      this.source = source;
      return this;
    }

    B hedges(String... h) {
      hedges = Arrays.asList(h);
      return this;
    }

    B links(String... l) {
      links = Arrays.asList(l);
      return this;
    }

    B paragraphLinks(String... l) {
      paragraphLinks = Arrays.asList(l);
      return this;
    }

    B quantities(Quantity... q) {
      quantities = Arrays.asList(q);
      return this;
    }

    B entities(MemberClaim.EntityRef... e) {
      entities = Arrays.asList(e);
      return this;
    }

    B dates(String... d) {
      dates = Arrays.asList(d);
      return this;
    }

    B artifacts(String... a) {
      artifacts = Arrays.asList(a);
      return this;
    }

    B group(String g) {
      group = g;
      return this;
    }

    B articleText(String t) {
      articleText = t;
      return this;
    }

    MemberClaim build() {
      return new MemberClaim(id, "a-" + id, outlet, "https://" + outlet + "/story/" + id, at, text, kind, source,
          hedges, false, links, paragraphLinks, quantities, entities, dates, artifacts, group, articleText);
    }
  }
}
