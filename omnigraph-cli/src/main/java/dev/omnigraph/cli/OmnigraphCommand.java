package dev.omnigraph.cli;

import dev.omnigraph.OmnigraphException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code omnigraph} command. Exit codes (cli.md §0): 0 success, 1 runtime error
 * ({@code error: {message}} on stderr), 2 usage error.
 */
@Command(name = "omnigraph", versionProvider = VersionCommand.Provider.class,
    description = "A typed, versioned property-graph database.",
    subcommands = {VersionCommand.class, InitCommand.class, LoadCommand.class,
        SnapshotCommand.class, ExportCommand.class, ReadCommand.class, CommitCommand.class,
        QueryCommand.class, DemoCommand.class, CompletionCommand.class})
public final class OmnigraphCommand implements Runnable {
  private final CliEnv env;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version.")
  boolean version;

  OmnigraphCommand(CliEnv env) {
    this.env = env;
  }

  /** The invocation's process view, for the subcommands. */
  CliEnv env() {
    return env;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /**
   * Runs the CLI in the current process (its working directory and environment) with the given
   * streams, drawing no progress bars; returns the exit code.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, new CliEnv(out, err, Path.of(""), System.getenv(), false));
  }

  /** Runs the CLI against {@code env}; returns the exit code. */
  public static int run(String[] args, CliEnv env) {
    CommandLine cl = commandLine(env);
    int code = cl.execute(args);
    env.out().flush();
    env.err().flush();
    return code;
  }

  /** The configured command line (also the model completion scripts are generated from). */
  static CommandLine commandLine(CliEnv env) {
    CommandLine cl = new CommandLine(new OmnigraphCommand(env))
        .setCaseInsensitiveEnumValuesAllowed(true);
    PrintWriter err = new PrintWriter(env.err(), true, StandardCharsets.UTF_8);
    cl.setOut(new PrintWriter(env.out(), true, StandardCharsets.UTF_8));
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      env.out().flush();
      err.println("error: " + message(e));
      return 1;
    });
    return cl;
  }

  /** The user-facing text of a failure: engine messages exactly as the server would send them. */
  static String message(Throwable e) {
    if (e instanceof OmnigraphException || e instanceof CliException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException u) {
      return IoErrors.describe(u);
    }
    if (e instanceof java.io.IOException io) {
      return IoErrors.describe(io);
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The process view of the invocation that runs {@code spec}. */
  static CliEnv env(CommandLine.Model.CommandSpec spec) {
    return ((OmnigraphCommand) spec.root().userObject()).env();
  }
}
