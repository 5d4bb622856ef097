package dev.omnigraph.manifest;

/** A manifest value could not be decoded: the repository was damaged or written by something else. */
public final class CorruptManifestException extends RuntimeException {
  public CorruptManifestException(String message, Throwable cause) {
    super(message, cause);
  }
}
