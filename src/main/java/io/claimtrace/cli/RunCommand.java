package io.claimtrace.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code run}: the whole pipeline, as far as it is built, from raw inputs to tables and _run.json. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs the pipeline from raw inputs to tables: ingest (articles, rejects), analyze (entities, claims),",
        "cluster (claims.cluster_id, near-duplicate articles), score (claim_clusters, outlets), report",
        "(report/index.html), then the run manifest _run.json.",
        "Every stage is also a command of its own, reading the tables the earlier ones wrote."})
public final class RunCommand implements Callable<Integer> {
  @Mixin JobOptions job;
  @Mixin IngestOptions ingest;
  @Mixin KbOptions kb;

  @Override
  public Integer call() {
    return Pipeline.execute("run", ingest.inputs, job, ingest.flags(),
        List.of(Pipeline.Stage.INGEST, Pipeline.Stage.ANALYZE, Pipeline.Stage.CLUSTER, Pipeline.Stage.SCORE,
            Pipeline.Stage.REPORT), kb.files);
  }
}
