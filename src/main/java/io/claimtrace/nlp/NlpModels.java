package io.claimtrace.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The pretrained OpenNLP models, loaded once per JVM (per Spark executor) by file name from the
 * classpath. They come from Maven artifacts; nothing is downloaded. Models are immutable and
 * shared across threads; the {@code ...ME} tools built on them are not thread-safe (see
 * {@link NlpPipeline}).
 *
 * <p>The Apache model jars each carry a {@code model.properties} at their root that collide on a
 * merged classpath, which is why every model is addressed by its own file name.
 */
public final class NlpModels {
  public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String UD_POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** OpenNLP 1.5 Penn Treebank tagger (edu.washington.cs.knowitall:opennlp-postag-models). */
  public static final String PENN_POS = "/en-pos-maxent.bin";
  /** OpenNLP 1.5 chunker over Penn tags (edu.washington.cs.knowitall:opennlp-chunk-models). */
  public static final String CHUNKER = "/en-chunker.bin";

  private static final ConcurrentHashMap<String, Object> LOADED = new ConcurrentHashMap<>();

  private NlpModels() {}

  public static SentenceModel sentences() {
    return load(SENTENCE, SentenceModel::new);
  }

  public static TokenizerModel tokens() {
    return load(TOKENS, TokenizerModel::new);
  }

  public static POSModel udPos() {
    return load(UD_POS, POSModel::new);
  }

  public static LemmatizerModel lemmas() {
    return load(LEMMAS, LemmatizerModel::new);
  }

  public static POSModel pennPos() {
    return load(PENN_POS, POSModel::new);
  }

  public static ChunkerModel chunker() {
    return load(CHUNKER, ChunkerModel::new);
  }

  /** Functional form of the model constructors that read a stream. */
  @FunctionalInterface
  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  @SuppressWarnings("unchecked")
  private static <T> T load(String resource, ModelReader<T> reader) {
    Function<String, Object> loader = r -> {
      try (InputStream in = NlpModels.class.getResourceAsStream(r)) {
        if (in == null) {
          throw new IllegalStateException("Cannot load OpenNLP model: " + r + " is not on the classpath"
              + " (it ships in the OpenNLP model artifacts declared in pom.xml)");
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load OpenNLP model " + r, e);
      }
    };
    return (T) LOADED.computeIfAbsent(resource, loader);
  }
}
