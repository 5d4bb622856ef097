package dev.omnigraph;

/** A strict insert named a key that already exists in the table (HTTP 409). */
public final class KeyConflictException extends ConflictException {
  private final String typeKey;
  private final String entityId;

  public KeyConflictException(String message, String typeKey, String entityId) {
    super(message);
    this.typeKey = typeKey;
    this.entityId = entityId;
  }

  /** The table key of the type, e.g. {@code node:Person}. */
  public String typeKey() {
    return typeKey;
  }

  /** The id that already exists. */
  public String entityId() {
    return entityId;
  }
}
