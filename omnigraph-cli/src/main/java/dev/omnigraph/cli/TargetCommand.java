package dev.omnigraph.cli;

import picocli.CommandLine.Mixin;

/** A subcommand that acts on a repository: also {@code --target} and {@code --config}. */
abstract class TargetCommand extends BaseCommand {
  @Mixin
  TargetOptions targetOptions;

  /** Loads the config and env file for this invocation (cli.md §2.1). */
  CliContext context() {
    return CliContext.load(env(), targetOptions);
  }
}
