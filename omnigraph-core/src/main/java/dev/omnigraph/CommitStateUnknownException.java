package dev.omnigraph;

/**
 * The publish request left this process but its outcome could not be determined (e.g. the object
 * store timed out). Unlike a conflict, retrying blindly may apply the change twice: look at the
 * branch's commits first. Maps to HTTP 500.
 */
public final class CommitStateUnknownException extends OmnigraphException {
  public CommitStateUnknownException(String message, Throwable cause) {
    super("commit state unknown: " + message, cause);
  }
}
