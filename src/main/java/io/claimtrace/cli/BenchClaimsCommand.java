package io.claimtrace.cli;

import io.claimtrace.nlp.KnowledgeBase;
import io.claimtrace.nlp.bench.ClaimBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench-claims}: claim detection quality on CheckThat! 2024, ClaimBuster and the project's annotated set. */
@Command(name = "bench-claims", mixinStandardHelpOptions = true,
    description = {"Check-worthy claim detection on the CheckThat! 2024 English test and dev-test, ClaimBuster's",
        "ground truth and the test split of the project's annotated AI-news set (claims, attribution kinds, hedges,",
        "predictions, quantities), with throughput. Needs no Spark."})
public final class BenchClaimsCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "EVAL_DIR", defaultValue = "../shared/eval",
      description = "Folder of the public evaluation sets (default ${DEFAULT-VALUE}).")
  String eval;

  @Option(names = "--project-set", paramLabel = "DIR", defaultValue = "src/test/resources/io/claimtrace/nlp/eval",
      description = "Folder of the project's annotated set (default ${DEFAULT-VALUE}).")
  String projectSet;

  @Option(names = "--no-entities", description = "Run without the entity recognizer (faster, lower F1).")
  boolean noEntities;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "List up to N mistakes (claims, and entity spans missed '-' or spurious '+') on the project "
          + "test split; never on the public sets.")
  int errors;

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(List.of(eval, projectSet, "--errors", Integer.toString(errors)));
    if (noEntities) {
      return ClaimBenchmark.run(args.toArray(new String[0]));
    }
    return new ClaimBenchmark(KnowledgeBase.bundled()).execute(args.toArray(new String[0]), System.out);
  }
}
