package dev.omnigraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File access with the messages scripts look for ({@code No such file or directory}). */
final class Files {
  private Files() {}

  static String readText(Path path) {
    try {
      return java.nio.file.Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": No such file or directory";
    }
    return String.valueOf(e.getMessage());
  }
}
