package dev.omnigraph;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The storage layer (Lance, the file system, the object store) failed (HTTP 500). The message is
 * {@code storage: …} for a failure of the storage library and {@code io: …} for an I/O failure
 * (http.md §3).
 */
public final class StorageException extends OmnigraphException {
  public StorageException(String message) {
    super("storage: " + message);
  }

  public StorageException(String message, Throwable cause) {
    super("storage: " + message, cause);
  }

  private StorageException(String prefix, String message, Throwable cause) {
    super(prefix + message, cause);
  }

  /**
   * An I/O failure: {@code io: {what}: {reason}}, the reason in words rather than as an exception
   * class name (for example {@code io: cannot read _schema.pg: Is a directory}).
   */
  public static StorageException io(String what, IOException cause) {
    return new StorageException("io: ", what + ": " + reason(cause), cause);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f) {
      return f.getMessage();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
