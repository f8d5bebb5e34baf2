package io.claimtrace.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the ingest stage, shared by {@code ingest} and {@code run}. */
public final class IngestOptions {
  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files or folders (recursive) of .html/.htm, .warc/.warc.gz, .jsonl/.jsonl.gz and RSS/Atom .xml, mixed. Local paths or any Hadoop file system URI.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--max-page-bytes", paramLabel = "BYTES",
      description = "Cap on HTML bytes read per page; larger pages are cut and marked text_truncated (default 5242880).")
  Long maxPageBytes;

  Map<String, String> flags() {
    Map<String, String> m = new LinkedHashMap<>();
    if (maxPageBytes != null) {
      m.put("claimtrace.ingest.max-page-bytes", Long.toString(maxPageBytes));
    }
    return m;
  }
}
