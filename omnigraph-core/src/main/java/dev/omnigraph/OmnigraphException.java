package dev.omnigraph;

/**
 * Root of every error the engine raises. The subtype says what went wrong (and which HTTP status and
 * wire code the server answers with); {@link #getMessage()} is the exact user-facing text.
 */
public abstract sealed class OmnigraphException extends RuntimeException
    permits BadRequestException, NotFoundException, ConflictException, CommitStateUnknownException,
        StorageException {

  protected OmnigraphException(String message) {
    super(message);
  }

  protected OmnigraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
