package io.claimtrace.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimtrace.nlp.CheckWorthinessModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The check-worthiness model's training sentences are the project's own writing: none may be a copy
 * or a near copy of a sentence of the public sets it is measured on (CheckThat! 2024 test and
 * dev-test, ClaimBuster ground truth). A sentence written from memory of a real debate ("a famous
 * line") would leak the test into training without anyone copying a file; this catches it by word
 * overlap. ClaimBuster's crowdsourced set (the CheckThat! train split, never reported) is checked
 * too, but only for sentences of {@value #MIN_WORDS_FOR_TRAIN_SPLIT} words or more: stock phrases
 * such as "Thank you very much." occur in any debate.
 */
class ClaimTrainingDataIsolationTest {
  /** Word-set Jaccard similarity at or above which a training sentence counts as a near copy. */
  static final double NEAR_COPY = 0.7;
  static final int MIN_WORDS_FOR_TRAIN_SPLIT = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:['’][\\p{L}]+)*");

  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void jaccardOfWordSets() {
    assertEquals(Set.of("he", "said", "no", "twice"), words("He said \"no\", twice."));
    assertEquals(1, nearCopies(List.of("We cut the deficit in half."), List.of("And we cut the deficit in half!")).size(),
        "6 of 7 words shared");
    assertTrue(nearCopies(List.of("We cut the deficit in half."), List.of("They doubled the deficit."))
        .isEmpty());
  }

  @Test
  void noTrainingSentenceNearlyCopiesAPublicEvaluationSentence() throws IOException {
    Path eval = Paths.get(System.getProperty("claimtrace.shared", "../shared")).resolve("eval");
    assumeTrue(Files.isDirectory(eval.resolve("checkthat2024-task1-english")),
        "shared evaluation data not found at " + eval.toAbsolutePath() + " (set -Dclaimtrace.shared=...): skipped");
    List<String> measured = new ArrayList<>();
    ClaimBenchmark.readTsv(eval.resolve(ClaimBenchmark.CT_TEST)).forEach(r -> measured.add(r.text()));
    ClaimBenchmark.readTsv(eval.resolve(ClaimBenchmark.CT_DEVTEST)).forEach(r -> measured.add(r.text()));
    ClaimBenchmark.readClaimBuster(eval.resolve(ClaimBenchmark.CB_GROUND)).forEach(r -> measured.add(r.text()));
    List<String> training = new ArrayList<>();
    CheckWorthinessModel.bundledExamples().forEach(e -> training.add(e.text()));
    List<String> copies = new ArrayList<>(nearCopies(training, measured));
    Path crowd = eval.resolve("claimbuster/crowdsourced.csv.gz");
    if (Files.isRegularFile(crowd)) {
      List<String> trainSplit = new ArrayList<>();
      ClaimBenchmark.readClaimBuster(crowd).forEach(r -> trainSplit.add(r.text()));
      List<String> longer = training.stream().filter(t -> words(t).size() >= MIN_WORDS_FOR_TRAIN_SPLIT).toList();
      nearCopies(longer, trainSplit).stream().map(c -> c + "  (crowdsourced)").forEach(copies::add);
    }
    assertTrue(copies.isEmpty(), copies.size() + " training sentences nearly copy a public evaluation sentence "
        + "(word Jaccard >= " + NEAR_COPY + "); rewrite or remove them:\n  " + String.join("\n  ", copies));
  }

  /** The training sentences whose word set has Jaccard >= {@link #NEAR_COPY} with some public sentence. */
  static List<String> nearCopies(List<String> training, List<String> publicSentences) {
    List<Set<String>> pub = new ArrayList<>(publicSentences.size());
    Map<String, List<Integer>> postings = new HashMap<>();
    for (String s : publicSentences) {
      Set<String> w = words(s);
      int id = pub.size();
      pub.add(w);
      for (String t : w) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : training) {
      Set<String> w = words(s);
      if (w.size() < 3) {
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (String t : w) {
        for (int id : postings.getOrDefault(t, List.of())) {
          shared.merge(id, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int inter = e.getValue();
        double jaccard = (double) inter / (w.size() + pub.get(e.getKey()).size() - inter);
        if (jaccard >= NEAR_COPY) {
          out.add(String.format(Locale.ROOT, "%.2f  %s", jaccard, s));
          break;
        }
      }
    }
    return out;
  }
}
