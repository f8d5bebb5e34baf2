package io.claimtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code analyze}: entities and claims from the articles table of an output folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Reads DIR/articles and writes the entities and claims tables (OpenNLP), and its rows of rejects.",
        "Claims are extracted from English articles; others get a rejects row saying why."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Mixin JobOptions job;
  @Mixin KbOptions kb;

  @Override
  public Integer call() {
    return Pipeline.execute("analyze", List.of(), job, java.util.Map.of(), List.of(Pipeline.Stage.ANALYZE), kb.files);
  }
}
