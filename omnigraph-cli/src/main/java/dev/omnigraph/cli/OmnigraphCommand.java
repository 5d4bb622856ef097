package dev.omnigraph.cli;

import dev.omnigraph.OmnigraphException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code omnigraph} command. */
@Command(name = "omnigraph", versionProvider = VersionCommand.Provider.class,
    description = "A typed, versioned property-graph database.",
    subcommands = {VersionCommand.class, InitCommand.class, SnapshotCommand.class,
        DemoCommand.class})
public final class OmnigraphCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version.")
  boolean version;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Runs the CLI with the given streams and returns the exit code (cli.md §0). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new OmnigraphCommand());
    PrintWriter errWriter = new PrintWriter(err, true);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(errWriter);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      errWriter.println("error: " + message(e));
      return 1;
    });
    return cl.execute(args);
  }

  /** The user-facing text of a failure: engine messages as the server would send them. */
  static String message(Throwable e) {
    if (e instanceof OmnigraphException || e instanceof CliException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return Files.describe(u.getCause());
    }
    if (e instanceof java.io.IOException io) {
      return Files.describe(io);
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
