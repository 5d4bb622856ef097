package dev.omnigraph.storage;

/** A repository location whose storage kind this build cannot access. */
public final class UnsupportedStorageException extends RuntimeException {
  public UnsupportedStorageException(String message) {
    super(message);
  }
}
