package dev.omnigraph.load;

/**
 * A value that does not convert to its property's type; the message is the exact user-facing
 * text. Thrown per bad value on the hot path, so it carries no stack trace.
 */
final class CoercionError extends Exception {
  CoercionError(String message) {
    super(message, null, false, false);
  }
}
