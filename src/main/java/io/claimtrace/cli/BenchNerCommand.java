package io.claimtrace.cli;

import io.claimtrace.nlp.bench.NerBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bench-ner}: entity recognition quality on CoNLL-2003, CoNLL++ and the UNER news half. */
@Command(name = "bench-ner", mixinStandardHelpOptions = true,
    description = {"Exact-span precision, recall and F1 per type (PER, ORG, LOC; MISC left out) of the entity",
        "recognizer on CoNLL-2003 test, CoNLL++ and the news half of UNER English-PUD, and its speed. Needs no Spark."})
public final class BenchNerCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "EVAL_DIR", defaultValue = "../shared/eval",
      description = "Folder of the public evaluation sets (default ${DEFAULT-VALUE}).")
  String eval;

  @Override
  public Integer call() {
    return NerBenchmark.run(new String[] {eval});
  }
}
