package dev.omnigraph.cli;

/** A user error detected by the CLI itself (exit 1, message printed as {@code error: ...}). */
final class CliException extends RuntimeException {
  CliException(String message) {
    super(message);
  }
}
