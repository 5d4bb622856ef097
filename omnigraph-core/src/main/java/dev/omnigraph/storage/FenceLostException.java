package dev.omnigraph.storage;

/** A config commit lost the compare-and-set: someone published since its read version. */
public final class FenceLostException extends RuntimeException {
  public FenceLostException(String message) {
    super(message);
  }
}
