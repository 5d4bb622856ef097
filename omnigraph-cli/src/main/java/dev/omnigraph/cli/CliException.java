package dev.omnigraph.cli;

/** A user error detected by the CLI itself: printed as {@code error: {message}}, exit 1. */
public final class CliException extends RuntimeException {
  public CliException(String message) {
    super(message);
  }
}
