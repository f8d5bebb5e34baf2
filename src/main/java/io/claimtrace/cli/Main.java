package io.claimtrace.cli;

import io.claimtrace.spark.RunManifest;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code jobs/claimtrace}, {@code jobs/submit} and {@code spark-submit ... claimtrace-job.jar}.
 * Exit codes: 0 success (also when records were rejected), 2 unusable options, paths or
 * configuration, 1 a failed run. Errors are one line on stderr.
 */
@Command(name = "claimtrace",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds repeated and possibly fabricated claims in AI news (Apache Spark batch jobs).",
    subcommands = {RunCommand.class, CrawlCommand.class, IngestCommand.class, AnalyzeCommand.class, ClusterCommand.class, ScoreCommand.class,
        ReportCommand.class, BenchExtractCommand.class,
        BenchAnalyzeCommand.class, BenchNerCommand.class, BenchClaimsCommand.class,
        BenchClusterCommand.class, BenchScoreCommand.class, BenchLshCommand.class, BenchUciCommand.class,
        BenchCrawlCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_FAILED = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of run, ingest, analyze, cluster, score, report, bench-*");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns the exit code (tests call this instead of main). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(System.out, true));
    cli.setErr(new PrintWriter(System.err, true));
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("claimtrace: " + ex.getMessage()
          + " (try: claimtrace " + ex.getCommandLine().getCommandName().replace("claimtrace", "").strip() + " --help)");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      Throwable root = ex;
      if (root instanceof UsageException || root instanceof IllegalArgumentException) {
        commandLine.getErr().println("claimtrace: " + root.getMessage());
        return EXIT_USAGE;
      }
      commandLine.getErr().println("claimtrace: run failed: " + root);
      root.printStackTrace(commandLine.getErr());
      return EXIT_FAILED;
    });
    return cli.execute(args);
  }

  /** Prints claimtrace's version and the versions it was built against. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      var v = RunManifest.versions();
      return new String[] {"claimtrace " + v.get("claimtrace") + " (Spark " + v.get("spark_built_against")
          + ", OpenNLP " + v.get("opennlp") + ", Java " + System.getProperty("java.version") + ")"};
    }
  }
}
