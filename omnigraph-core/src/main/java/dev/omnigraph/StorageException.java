package dev.omnigraph;

/** The storage layer (Lance, the file system, the object store) failed (HTTP 500). */
public final class StorageException extends OmnigraphException {
  public StorageException(String message) {
    super("storage: " + message);
  }

  public StorageException(String message, Throwable cause) {
    super("storage: " + message, cause);
  }
}
