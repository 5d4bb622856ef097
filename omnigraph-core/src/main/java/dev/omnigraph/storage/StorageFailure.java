package dev.omnigraph.storage;

/**
 * A Lance or I/O failure, already classified ({@link LanceErrors}) and with the Rust source
 * location stripped from its message. The engine maps kinds to its public exception types.
 */
public final class StorageFailure extends RuntimeException {
  private final LanceErrors.Kind kind;

  public StorageFailure(LanceErrors.Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public LanceErrors.Kind kind() {
    return kind;
  }

  /** Wraps a Lance exception with the action that failed. Already-wrapped failures pass through. */
  public static StorageFailure wrap(String action, Throwable e) {
    if (e instanceof StorageFailure f) {
      return f;
    }
    return new StorageFailure(LanceErrors.classify(e), action + ": " + LanceErrors.message(e), e);
  }
}
