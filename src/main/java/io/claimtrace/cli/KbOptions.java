package io.claimtrace.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The --kb option of the commands that recognize entities. */
public final class KbOptions {
  @Option(names = "--kb", paramLabel = "FILE",
      description = "Extra knowledge-base file (same TSV format as the bundled one), repeatable: your own labs, models, people and places.")
  List<String> files = new ArrayList<>();
}
