package io.claimtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ingest}: articles and rejects from raw inputs. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads HTML, WARC, JSONL and RSS/Atom inputs and writes the articles and rejects tables.",
        "Bad records never stop the job: each becomes a row of rejects with its source and reason."})
public final class IngestCommand implements Callable<Integer> {
  @Mixin JobOptions job;
  @Mixin IngestOptions ingest;

  @Override
  public Integer call() {
    return Pipeline.execute("ingest", ingest.inputs, job, ingest.flags(), List.of(Pipeline.Stage.INGEST), List.of());
  }
}
