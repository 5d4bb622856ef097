package dev.omnigraph.storage;

/** A repository URI that cannot be used: empty, a server address, or an unknown scheme. */
public final class InvalidLocationException extends IllegalArgumentException {
  public InvalidLocationException(String message) {
    super(message);
  }
}
