package io.claimtrace.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The project's statistical name finder (OpenNLP maxent {@link NameFinderME}, types person,
 * organization, location), trained at first use from {@link NerTrainingData} and kept in memory
 * for the life of the JVM.
 *
 * <p>Why train at first use: no English name-finder model is available from Maven Central, nothing
 * may be downloaded, and training on the few thousand project-authored sentences takes a few
 * seconds, which is cheaper than maintaining a binary model artifact in the repository. The model
 * is immutable and shared by all threads; {@link NameFinderME} instances are not thread-safe.
 */
public final class NerModel {
  /** Training iterations of the maxent (GIS) trainer. */
  public static final int ITERATIONS = 60;
  public static final int CUTOFF = 1;
  /** Beam size of the decoder: 1 (greedy) is several times faster than OpenNLP's default 3. */
  public static final int BEAM_SIZE = 1;

  private static volatile NerModel instance;

  private final TokenNameFinderModel model;
  private final NerFeatures features;
  private final int sentences;
  private final int tokens;
  private final long trainMillis;

  private NerModel(NerFeatures features) {
    long t0 = System.nanoTime();
    List<NameSample> samples = new NerTrainingData(features).samples();
    int tok = 0;
    for (NameSample s : samples) {
      tok += s.getSentence().length;
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    p.put(TrainingParameters.THREADS_PARAM, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      this.model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), p,
          new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec()));
    } catch (IOException e) {
      throw new UncheckedIOException("Training the name finder failed", e);
    }
    this.features = features;
    this.sentences = samples.size();
    this.tokens = tok;
    this.trainMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** The model trained with the bundled knowledge base, trained once per JVM. */
  public static NerModel get() {
    NerModel m = instance;
    if (m == null) {
      synchronized (NerModel.class) {
        m = instance;
        if (m == null) {
          m = new NerModel(new NerFeatures(KnowledgeBase.bundled()));
          instance = m;
        }
      }
    }
    return m;
  }

  public TokenNameFinderModel model() {
    return model;
  }

  /** Features computed with the bundled knowledge base, as in training. */
  public NerFeatures features() {
    return features;
  }

  public int trainingSentences() {
    return sentences;
  }

  public int trainingTokens() {
    return tokens;
  }

  public long trainingMillis() {
    return trainMillis;
  }
}
