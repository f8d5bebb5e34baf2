package io.claimtrace.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.MissingResourceException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with the OpenNLP {@code langdetect-183.bin} model (103 languages,
 * ISO 639-3 codes), loaded by file name from the classpath, never downloaded.
 *
 * <p>Thread-safety: the model is immutable and loaded once per JVM; {@link LanguageDetectorME} is
 * not documented as thread-safe, so each instance of this class holds its own detector. Use one
 * instance per thread or Spark partition.
 */
public final class LanguageIdentifier {
  /** Classpath resource of the model, from {@code org.apache.opennlp:opennlp-models-langdetect}. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** What we write when the language cannot be decided. */
  public static final String UNDETERMINED = "und";

  private static volatile LanguageDetectorModel model;

  private final LanguageDetectorME detector;
  private final int maxChars;

  /** @param maxChars how much of the text to look at; the start of an article is enough */
  public LanguageIdentifier(int maxChars) {
    this.detector = new LanguageDetectorME(model());
    this.maxChars = maxChars;
  }

  /** A detected language and the model's confidence. */
  public record Detected(String iso3, double confidence) {}

  /** Detects the language of {@code text}; returns {@code und} with confidence 0 for empty text. */
  public Detected detect(String text) {
    if (text == null || text.isBlank()) {
      return new Detected(UNDETERMINED, 0.0);
    }
    CharSequence sample = text.length() > maxChars ? text.subSequence(0, maxChars) : text;
    Language best = detector.predictLanguage(sample);
    return new Detected(best.getLang(), best.getConfidence());
  }

  /**
   * English words that are not also common words of the other languages a news corpus mixes in
   * (no "a", "in", "an", "on", "die", "am"): a short text that uses them is English however little
   * text the statistical model had to go on.
   */
  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
      "the", "of", "and", "to", "is", "was", "are", "were", "that", "for", "with", "by", "from", "this",
      "these", "those", "his", "her", "their", "its", "has", "have", "had", "not", "but", "or", "will",
      "would", "can", "could", "should", "said", "says", "which", "who", "they", "he", "she", "we", "you",
      "there", "been", "after", "about", "more", "than", "also", "into", "over", "it", "what", "when");

  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");

  /**
   * Whether {@code text} reads as English by its function words: at least two of them and at least
   * 15% of the words. The n-gram model needs a few sentences to be sure; a one-sentence brief or a
   * headline ("His trial was moved to Virginia Beach.") often comes out as Latin or Danish at a
   * confidence near zero, while German, French or Spanish text has almost none of these words.
   */
  public static boolean looksEnglish(String text) {
    if (text == null) {
      return false;
    }
    int words = 0;
    int function = 0;
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH_FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    return function >= 2 && function >= 0.15 * words;
  }

  /**
   * Normalizes a language tag as written in markup or input ({@code en}, {@code en-GB},
   * {@code deu}, {@code de_DE}) to ISO 639-3; null when it is not a language we know.
   */
  public static String toIso3(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.trim().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.length() == 3 && primary.chars().allMatch(Character::isLetter)) {
      return primary;
    }
    if (primary.length() != 2) {
      return null;
    }
    try {
      String iso3 = Locale.forLanguageTag(primary).getISO3Language();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (LanguageIdentifier.class) {
        m = model;
        if (m == null) {
          try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("Cannot load language model: " + MODEL_RESOURCE
                  + " is not on the classpath (add org.apache.opennlp:opennlp-models-langdetect)");
            }
            m = new LanguageDetectorModel(in);
            model = m;
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot load language model " + MODEL_RESOURCE, e);
          }
        }
      }
    }
    return m;
  }
}
