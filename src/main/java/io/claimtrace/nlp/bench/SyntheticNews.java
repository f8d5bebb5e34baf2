package io.claimtrace.nlp.bench;

import io.claimtrace.model.Article;
import io.claimtrace.model.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic generator of AI-news-like articles for benchmarks: the same seed gives the
 * same corpus on every machine. Sentences mix claims (quantities, named actors, studies, dated
 * events, attributions of every kind) with the prose around them (opinion, questions, quotes,
 * transitions), in paragraphs of two to four sentences, about 450-600 words per article.
 */
public final class SyntheticNews {
  private static final String[] ORGS = {"Veridian Labs", "OpenAI", "Anthropic", "Google DeepMind", "Mistral AI",
      "Cohere", "Northwind Robotics", "Helix Analytics", "Quantix", "the European Commission", "NIST", "the FTC",
      "Meta", "Nvidia", "Lumora AI", "Tessellate Systems", "Stanford HAI", "Brightline Health"};
  private static final String[] PEOPLE = {"Maria Okafor", "James Whitfield", "Priya Raman", "Tomasz Nowak",
      "Elena Duarte", "Kenji Sato", "Amara Osei", "Lukas Brandt", "Sofia Marino", "Daniel Cho"};
  private static final String[] ROLES = {"chief executive", "head of research", "policy director", "chief technology officer",
      "spokesperson", "analyst"};
  private static final String[] PRODUCTS = {"GPT-4.5", "Claude 3.5 Sonnet", "Gemini 1.5", "Llama 3", "Halo 2",
      "Atlas-7", "Mythos 5", "Mistral Large"};
  private static final String[] PLACES = {"London", "Zurich", "Paris", "Berlin", "San Francisco", "Toronto", "Singapore",
      "Italy", "Japan", "Brazil"};
  private static final String[] NOUNS = {"requests", "developers", "companies", "hospitals", "schools", "users",
      "data centres", "startups", "researchers", "teachers"};
  private static final String[] VERBS = {"denied", "approved", "flagged", "rejected", "delayed", "reviewed", "blocked"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] VAGUE = {"a leaked memo", "industry insiders", "people familiar with the matter",
      "sources close to the company", "a recent study", "according to reports"};

  private final SplittableRandom random;

  public SyntheticNews(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public List<Article> articles(int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(article(i));
    }
    return out;
  }

  public Article article(int i) {
    StringBuilder text = new StringBuilder(4000);
    int paragraphs = 7 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        text.append(sentence());
      }
    }
    String url = "https://news" + (i % 40) + ".example.com/2026/03/" + (1 + i % 28) + "/story-" + i;
    String body = text.toString();
    return new Article(Ids.articleId(url), "synthetic:" + i, url, "news" + (i % 40) + ".example.com",
        "Story " + i, null, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * i), "eng", body,
        List.of(), List.of(), List.of(new Article.Link(pick(ORGS), "https://example.org/report/" + i)), "jsonl",
        null, false, null, Ids.sha256Hex(body, 32), List.of());
  }

  private String sentence() {
    String org = pick(ORGS);
    String person = pick(PEOPLE);
    int pct = 5 + random.nextInt(90);
    return switch (random.nextInt(14)) {
      case 0 -> cap(pick(VAGUE)) + " suggests that " + pct + "% of " + pick(NOUNS) + " were " + pick(VERBS) + " by "
          + org + "'s new filter.";
      case 1 -> cap(org) + " said on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + " that it had raised $"
          + (10 + random.nextInt(900)) + " million in new funding.";
      case 2 -> "A survey of " + (500 + random.nextInt(5000)) + " " + pick(NOUNS) + " found that " + pct
          + " percent use " + pick(PRODUCTS) + " at least once a week.";
      case 3 -> "\"We are not slowing down,\" said " + person + ", the company's " + pick(ROLES) + ".";
      case 4 -> "The reality is far more interesting than the headlines suggest.";
      case 5 -> "What does this mean for " + pick(NOUNS) + " in " + pick(PLACES) + "?";
      case 6 -> cap(org) + " reportedly plans to open a research lab in " + pick(PLACES) + " next year.";
      case 7 -> "Analysts expect the market could reach $" + (1 + random.nextInt(90)) + " billion by "
          + (2027 + random.nextInt(6)) + ".";
      case 8 -> person + ", " + pick(ROLES) + " at " + org + ", told reporters that " + pick(PRODUCTS)
          + " would be released to " + pick(NOUNS) + " in " + pick(MONTHS) + ".";
      case 9 -> "Still, it is worth asking who benefits from the hype.";
      case 10 -> "The claim could not be independently verified.";
      case 11 -> "In " + (2019 + random.nextInt(7)) + ", " + pick(PLACES) + " banned the use of " + pick(PRODUCTS)
          + " in public " + pick(NOUNS) + ".";
      case 12 -> "According to the company's quarterly filing, revenue rose " + pct + "% to $"
          + (1 + random.nextInt(40)) + "." + random.nextInt(10) + " billion.";
      default -> "That is a familiar pattern in this industry, and one that deserves scrutiny.";
    };
  }

  private String pick(String[] pool) {
    return pool[random.nextInt(pool.length)];
  }

  private static String cap(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
