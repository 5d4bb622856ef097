package dev.omnigraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File access with the messages scripts look for ({@code No such file or directory}). */
public final class IoErrors {
  private IoErrors() {}

  /** The user-facing text of an I/O failure; a missing file reads {@code {path}: No such file or directory}. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": No such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return a.getFile() + ": Permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Reads a UTF-8 text file.
   *
   * @throws CliException with {@link #describe} text when it cannot be read
   */
  public static String readText(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(describe(e));
    }
  }

  /** The cause of an {@link UncheckedIOException} as user-facing text. */
  static String describe(UncheckedIOException e) {
    return describe(e.getCause());
  }
}
