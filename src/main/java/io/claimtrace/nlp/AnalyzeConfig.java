package io.claimtrace.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * Knobs of the analyze stage (see claimtrace-defaults.properties).
 *
 * @param maxSentences sentences analyzed per article; the rest is cut and recorded in rejects
 * @param languages ISO 639-3 languages claims are extracted from (the models are English)
 * @param kbFiles extra knowledge-base files (same format as the bundled one), from {@code --kb}
 */
public record AnalyzeConfig(int maxSentences, List<String> languages, List<String> kbFiles) implements Serializable {
  public static AnalyzeConfig defaults() {
    return new AnalyzeConfig(2000, List.of("eng"), List.of());
  }
}
