package dev.omnigraph.cli;

import picocli.CommandLine;

/** Process entry point of the {@code omnigraph} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(OmnigraphCommand.run(args, System.out, System.err));
  }
}
