package dev.omnigraph;

/**
 * The operation conflicts with the repository's current state: a branch that exists, a schema
 * apply in progress, drift, retries exhausted (HTTP 409). Safe to retry after re-reading.
 */
public non-sealed class ConflictException extends OmnigraphException {
  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
