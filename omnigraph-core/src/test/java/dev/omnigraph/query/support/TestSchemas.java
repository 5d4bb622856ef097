package dev.omnigraph.query.support;

import dev.omnigraph.Schema;
import dev.omnigraph.schema.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Catalogs and sources for query tests: inline schema text and the shared fixtures. */
public final class TestSchemas {
  private TestSchemas() {}

  /** The catalog of a schema source. */
  public static Catalog catalog(String pg) {
    return Schema.parse(pg).catalog();
  }

  /** The catalog of {@code fixtures/{name}}. */
  public static Catalog fixtureCatalog(String name) {
    return catalog(fixture(name));
  }

  /** The text of {@code fixtures/{name}}. */
  public static String fixture(String name) {
    try {
      return Files.readString(fixturesDir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shared fixtures directory: {@code shared/fixtures} beside the repository root (or any
   * ancestor of the working directory).
   */
  public static Path fixturesDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("fixtures");
      if (Files.isRegularFile(candidate.resolve("test.pg"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/fixtures not found above " + Path.of("").toAbsolutePath());
  }

  /** The repository root: the nearest ancestor of the working directory with a {@code docs} folder
   * and a {@code pom.xml}. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("omnigraph-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }
}
