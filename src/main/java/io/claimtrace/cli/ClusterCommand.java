package io.claimtrace.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cluster}: cluster ids for the claims of an output folder, and near-duplicate articles. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"Reads DIR/claims and DIR/articles; gives every claim a cluster_id (singletons too) and marks",
        "near-duplicate articles (syndicated or copied) in articles. MinHash LSH with banding, verified edges,",
        "connected components in Spark; ids are stable for the same input."})
public final class ClusterCommand implements Callable<Integer> {
  @Mixin JobOptions job;

  @Override
  public Integer call() {
    return Pipeline.execute("cluster", List.of(), job, Map.of(), List.of(Pipeline.Stage.CLUSTER), List.of());
  }
}
