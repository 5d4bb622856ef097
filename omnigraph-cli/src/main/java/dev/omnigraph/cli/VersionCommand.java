package dev.omnigraph.cli;

import dev.omnigraph.Omnigraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code omnigraph version} (also {@code -v}/{@code --version}): prints {@code omnigraph {version}}. */
@Command(name = "version", description = "Print the version.")
final class VersionCommand extends BaseCommand {
  @Override
  public Integer call() {
    env().out().println(text());
    return 0;
  }

  static String text() {
    return "omnigraph " + Omnigraph.version();
  }

  /** Answers {@code -v}/{@code --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {text()};
    }
  }
}
