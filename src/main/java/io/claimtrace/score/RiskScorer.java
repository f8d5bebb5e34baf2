package io.claimtrace.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Combines the {@link RiskSignal}s into a fabrication risk for a cluster.
 *
 * <p>{@code fabricationRisk = 1 / (1 + exp(-(bias + sum of weight(signal) x strength(hit))))}: a
 * logistic function of the weighted hit strengths. Strengths are in [-1, 1] (negative for
 * counter-signals such as primary-source links), weights are positive, so a counter-signal lowers
 * the risk by its weight times its strength. Signals that stay silent add nothing.
 *
 * <p><b>Calibration.</b> The weights and bias were set by reasoning about what each signal proves
 * and then checked only against the planted families of {@code data-samples/} (F1-F4 fabricated,
 * F5/F6/F8 well sourced, F7 syndicated); they were not fitted to any other corpus, which is kept
 * for a held-out AUC measurement. The bias (-1.0) is the risk of a cluster no signal says anything
 * about: 1/(1+e) = 0.27, because most repeated news claims are not fabricated. The weights are in
 * "log-odds per unit of strength": an impossible date (3.0) alone takes a cluster to about 0.9,
 * because it is near-proof; vague sourcing (2.0) or a fast, unsourced spread (1.5) alone take it
 * past 0.5; primary-source links in every version (2.5) outweigh any single fabrication signal
 * except an impossible date, but not two together; LLM artefacts (1.0) and outlet track records (0.5) only nudge. 0.5 therefore means "the
 * evidence for fabrication and the evidence against it balance": above 0.5 the cluster shows more
 * signs of an unchecked or invented claim than of a sourced one, and deserves a human check. On
 * hand-built clusters modelled on the planted families the fabricated ones score 0.92-0.99 and the
 * well-sourced and syndicated ones 0.01-0.13 ({@code RiskScorerTest}). The
 * number ranks clusters; it is not a measured probability until the held-out evaluation
 * calibrates it.
 *
 * <p>Configuration ({@code claimtrace-defaults.properties}, section {@code score}):
 * {@code claimtrace.score.signals} (comma-separated chain), {@code claimtrace.score.weight.NAME}
 * for each signal of the chain, and {@code claimtrace.score.bias}. Immutable and Serializable.
 */
public final class RiskScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULTS = "/claimtrace-defaults.properties";
  public static final String SIGNALS_KEY = "claimtrace.score.signals";
  public static final String WEIGHT_PREFIX = "claimtrace.score.weight.";
  public static final String BIAS_KEY = "claimtrace.score.bias";

  /** Every signal by its configuration name. */
  private static final Map<String, Supplier<RiskSignal>> REGISTRY = registry();

  private static volatile RiskScorer defaults;

  private final List<RiskSignal> signals;
  private final Map<String, Double> weights;
  private final double bias;

  /** A scorer with an explicit chain, weights by signal name (every signal needs one) and bias. */
  public RiskScorer(List<RiskSignal> signals, Map<String, Double> weights, double bias) {
    this.signals = List.copyOf(signals);
    Map<String, Double> w = new LinkedHashMap<>();
    for (RiskSignal s : this.signals) {
      Double v = weights.get(s.name());
      if (v == null || v.isNaN() || v.isInfinite() || v < 0) {
        throw new IllegalArgumentException("Signal " + s.name() + " needs a finite weight >= 0 (" + WEIGHT_PREFIX
            + s.name() + "), got " + v);
      }
      w.put(s.name(), v);
    }
    if (Double.isNaN(bias) || Double.isInfinite(bias)) {
      throw new IllegalArgumentException(BIAS_KEY + " must be finite, got " + bias);
    }
    this.weights = Map.copyOf(w);
    this.bias = bias;
  }

  private static Map<String, Supplier<RiskSignal>> registry() {
    Map<String, Supplier<RiskSignal>> r = new LinkedHashMap<>();
    r.put(SpreadSignal.NAME, SpreadSignal::new);
    r.put(VagueAttributionSignal.NAME, VagueAttributionSignal::new);
    r.put(PrimarySourceSignal.NAME, PrimarySourceSignal::new);
    r.put(SyndicationSignal.NAME, SyndicationSignal::new);
    r.put(IndependentCorroborationSignal.NAME, IndependentCorroborationSignal::new);
    r.put(NumericDriftSignal.NAME, NumericDriftSignal::new);
    r.put(UnknownEntitySignal.NAME, UnknownEntitySignal::new);
    r.put(TemporalInconsistencySignal.NAME, TemporalInconsistencySignal::new);
    r.put(LlmArtifactSignal.NAME, LlmArtifactSignal::new);
    r.put(OutletProfileSignal.NAME, OutletProfileSignal::new);
    return r;
  }

  /** The names of all available signals. */
  public static List<String> availableSignals() {
    return List.copyOf(REGISTRY.keySet());
  }

  /** The scorer of the bundled defaults file, loaded once per JVM. */
  public static RiskScorer defaults() {
    RiskScorer s = defaults;
    if (s == null) {
      synchronized (RiskScorer.class) {
        s = defaults;
        if (s == null) {
          s = build(bundledProperties());
          defaults = s;
        }
      }
    }
    return s;
  }

  /**
   * A scorer from configuration keys. Keys given here override the bundled defaults, so a map
   * with only {@code claimtrace.score.weight.spread=2} changes that weight and keeps the rest;
   * keys outside {@code claimtrace.score.} are ignored.
   *
   * @throws IllegalArgumentException for an unknown signal name, a missing or bad weight or bias
   */
  public static RiskScorer fromProperties(Map<String, String> properties) {
    Map<String, String> p = new HashMap<>(bundledProperties());
    if (properties != null) {
      properties.forEach((k, v) -> {
        if (k != null && v != null) {
          p.put(k.strip(), v.strip());
        }
      });
    }
    return build(p);
  }

  private static RiskScorer build(Map<String, String> p) {
    String chain = p.get(SIGNALS_KEY);
    if (chain == null || chain.isBlank()) {
      throw new IllegalArgumentException(SIGNALS_KEY + " is missing or empty (available: "
          + String.join(",", REGISTRY.keySet()) + ")");
    }
    List<RiskSignal> signals = new ArrayList<>();
    Map<String, Double> weights = new HashMap<>();
    for (String raw : chain.split(",")) {
      String name = raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      Supplier<RiskSignal> sup = REGISTRY.get(name);
      if (sup == null) {
        throw new IllegalArgumentException("Unknown signal '" + name + "' in " + SIGNALS_KEY + " (available: "
            + String.join(",", REGISTRY.keySet()) + ")");
      }
      if (weights.containsKey(name)) {
        throw new IllegalArgumentException("Signal '" + name + "' listed twice in " + SIGNALS_KEY);
      }
      signals.add(sup.get());
      weights.put(name, number(p, WEIGHT_PREFIX + name));
    }
    return new RiskScorer(signals, weights, number(p, BIAS_KEY));
  }

  private static double number(Map<String, String> p, String key) {
    String v = p.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(key + " is missing");
    }
    try {
      return Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number: '" + v + "'");
    }
  }

  private static Map<String, String> bundledProperties() {
    Properties props = new Properties();
    try (InputStream in = RiskScorer.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("Defaults file missing from the classpath: " + DEFAULTS);
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
    }
    Map<String, String> m = new HashMap<>();
    for (String k : props.stringPropertyNames()) {
      m.put(k, props.getProperty(k));
    }
    return m;
  }

  public List<RiskSignal> signals() {
    return signals;
  }

  public Map<String, Double> weights() {
    return weights;
  }

  public double bias() {
    return bias;
  }

  /**
   * Scores a cluster. A signal that throws is a bug, but must not lose the cluster: its exception
   * propagates with the signal and cluster named.
   */
  public RiskAssessment score(ClusterEvidence cluster, ScoringContext context) {
    List<Map.Entry<SignalHit, Double>> scored = new ArrayList<>();
    double z = bias;
    for (RiskSignal s : signals) {
      Optional<SignalHit> h;
      try {
        h = s.evaluate(cluster, context);
      } catch (RuntimeException e) {
        throw new IllegalStateException("Signal " + s.name() + " failed on cluster "
            + (cluster == null ? null : cluster.clusterId()) + ": " + e, e);
      }
      if (h != null && h.isPresent()) {
        double c = weights.get(s.name()) * h.get().strength();
        scored.add(Map.entry(h.get(), c));
        z += c;
      }
    }
    scored.sort(Comparator.comparingDouble((Map.Entry<SignalHit, Double> e) -> -Math.abs(e.getValue()))
        .thenComparing(e -> e.getKey().signal()));
    List<SignalHit> hits = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<SignalHit, Double> e : scored) {
      hits.add(e.getKey());
      sentences.add(e.getKey().sentence());
    }
    return new RiskAssessment(logistic(z), sentences, hits);
  }

  static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
