package dev.omnigraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code omnigraph} command. */
@Command(name = "omnigraph", mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "A typed, versioned property-graph database.",
    subcommands = {VersionCommand.class})
public final class OmnigraphCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Runs the CLI with the given streams and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new OmnigraphCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
