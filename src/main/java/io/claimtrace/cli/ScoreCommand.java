package io.claimtrace.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code score}: fabrication risk per cluster with its evidence, and outlet profiles. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Reads DIR/claims and DIR/articles and writes claim_clusters (fabrication_risk in 0..1 with the",
        "signals behind it, in plain sentences) and outlets. Signals, weights and bias: claimtrace.score.* settings."})
public final class ScoreCommand implements Callable<Integer> {
  @Mixin JobOptions job;
  @Mixin KbOptions kb;

  @Override
  public Integer call() {
    return Pipeline.execute("score", List.of(), job, Map.of(), List.of(Pipeline.Stage.SCORE), kb.files);
  }
}
