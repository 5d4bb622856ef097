package dev.omnigraph;

/** The request itself is invalid: bad names, bad input, schema or query errors (HTTP 400). */
public non-sealed class BadRequestException extends OmnigraphException {
  public BadRequestException(String message) {
    super(message);
  }

  public BadRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
