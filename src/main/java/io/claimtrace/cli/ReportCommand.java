package io.claimtrace.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report}: the self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Reads the tables of DIR and writes DIR/report/index.html: a self-contained page (no network) with",
        "the run summary, the riskiest repeated clusters with their variants and spread timeline, outlets and rejects."})
public final class ReportCommand implements Callable<Integer> {
  @Mixin JobOptions job;

  @Override
  public Integer call() {
    return Pipeline.execute("report", List.of(), job, Map.of(), List.of(Pipeline.Stage.REPORT), List.of());
  }
}
