package dev.omnigraph.cli;

import dev.omnigraph.Omnigraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code omnigraph version}: prints {@code omnigraph {version}}. */
@Command(name = "version", description = "Print the version.", mixinStandardHelpOptions = true)
final class VersionCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().println("omnigraph " + Omnigraph.version());
  }

  /** Answers {@code -v}/{@code --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"omnigraph " + Omnigraph.version()};
    }
  }
}
