package dev.omnigraph.server.config;

/** Start-up cannot proceed (configuration, tokens, repository); the message is shown to the operator. */
public final class StartupException extends RuntimeException {
  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
