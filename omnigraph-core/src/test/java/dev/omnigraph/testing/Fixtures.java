package dev.omnigraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared acceptance fixtures ({@code shared/fixtures}, which sits beside the repository
 * checkout). Found by walking up from the working directory.
 */
public final class Fixtures {
  private static final Path DIR = locate();

  private Fixtures() {}

  public static Path dir() {
    return DIR;
  }

  public static Path path(String name) {
    return DIR.resolve(name);
  }

  public static String text(String name) {
    try {
      return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path locate() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("fixtures");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/fixtures not found above " + Path.of("").toAbsolutePath()
        + ": the repository must be checked out beside the shared/ folder");
  }
}
