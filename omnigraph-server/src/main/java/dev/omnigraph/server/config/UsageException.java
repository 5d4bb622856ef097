package dev.omnigraph.server.config;

/** The command line is malformed (exit status 2). */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
