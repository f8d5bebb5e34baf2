package io.claimtrace.model;

import java.io.Serializable;

/** Either an article or a reject: what reading one input record yields. */
public record IngestResult(Article article, Reject reject) implements Serializable {
  public static IngestResult of(Article article) {
    return new IngestResult(article, null);
  }

  public static IngestResult of(Reject reject) {
    return new IngestResult(null, reject);
  }

  public boolean isArticle() {
    return article != null;
  }
}
