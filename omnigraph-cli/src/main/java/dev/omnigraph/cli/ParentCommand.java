package dev.omnigraph.cli;

import picocli.CommandLine;

/** A command that only groups subcommands: running it alone is a usage error (exit 2). */
abstract class ParentCommand extends BaseCommand {
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
