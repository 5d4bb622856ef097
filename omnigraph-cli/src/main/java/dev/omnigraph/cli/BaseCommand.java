package dev.omnigraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A subcommand: {@code -h/--help}, and access to the invocation's process view. */
abstract class BaseCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  HelpOption helpOption;

  CliEnv env() {
    return OmnigraphCommand.env(spec);
  }
}
