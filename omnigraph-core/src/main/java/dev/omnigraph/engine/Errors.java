package dev.omnigraph.engine;

import dev.omnigraph.BadRequestException;
import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.OmnigraphException;
import dev.omnigraph.StorageException;
import dev.omnigraph.manifest.CorruptManifestException;
import dev.omnigraph.storage.ChainBrokenException;
import dev.omnigraph.storage.InvalidLocationException;
import dev.omnigraph.storage.StorageFailure;
import dev.omnigraph.storage.UnsupportedStorageException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Translates internal failures into the public exception types at the API boundary, so callers
 * only ever see {@link OmnigraphException}s (and genuine bugs).
 */
public final class Errors {
  private Errors() {}

  /** Runs {@code body}, translating internal failures. */
  public static <T> T translate(Supplier<T> body) {
    try {
      return body.get();
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** The public form of an internal failure. */
  public static RuntimeException translate(RuntimeException e) {
    if (e instanceof OmnigraphException) {
      return e;
    }
    if (e instanceof StorageFailure f) {
      return new StorageException(f.getMessage(), f);
    }
    if (e instanceof ChainBrokenException c) {
      return new ManifestConflictException(c.path(), c.baseVersion(), c.foundVersion());
    }
    if (e instanceof UncheckedIOException io) {
      // the engine's own I/O sites name what they read; this is the generic rest
      return StorageException.io("I/O failure", io.getCause());
    }
    if (e instanceof CorruptManifestException) {
      return new StorageException(e.getMessage(), e);
    }
    if (e instanceof UnsupportedStorageException || e instanceof InvalidLocationException) {
      return new BadRequestException(e.getMessage(), e);
    }
    return e;
  }
}
