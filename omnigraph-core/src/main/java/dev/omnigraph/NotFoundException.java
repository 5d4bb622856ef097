package dev.omnigraph;

/** A named branch, commit or repository does not exist (HTTP 404). */
public non-sealed class NotFoundException extends OmnigraphException {
  public NotFoundException(String message) {
    super(message);
  }
}
