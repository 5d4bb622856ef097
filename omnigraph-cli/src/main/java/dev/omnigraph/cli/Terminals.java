package dev.omnigraph.cli;

import org.jline.nativ.CLibrary;

/** Whether a standard stream is a terminal (for progress bars, cli.md §3.3). */
final class Terminals {
  private Terminals() {}

  /** {@code isatty(fd)}; when the native check is unavailable, whether the JVM has a console. */
  static boolean isTerminal(int fd) {
    try {
      return CLibrary.isatty(fd) == 1;
    } catch (LinkageError | RuntimeException e) {
      return System.console() != null;
    }
  }
}
