package dev.omnigraph.storage;

import java.io.IOException;
import java.util.Optional;

/**
 * The few non-Lance files of a repository (the schema source, IR and state files and their
 * staging copies). Paths are relative to the repository root. Implementations exist per storage
 * kind so the engine never knows whether it talks to a file system or an object store.
 */
public interface TextFiles {
  /** The file's text, or empty when it does not exist. */
  Optional<String> read(String path) throws IOException;

  /** Writes (replaces) the file atomically enough that readers never see a torn file. */
  void write(String path, String text) throws IOException;

  boolean exists(String path) throws IOException;

  /** Moves {@code from} over {@code to}. */
  void rename(String from, String to) throws IOException;

  /** Deletes the file; a missing file is fine. */
  void delete(String path) throws IOException;

  /**
   * A cheap fingerprint of the file's current content (size + modification time locally, ETag on
   * object stores), used to skip re-parsing unchanged files; empty when absent.
   */
  Optional<String> fingerprint(String path) throws IOException;

  /** Text files for the given location. */
  static TextFiles forLocation(RepoLocation location) {
    if (location.local()) {
      return new LocalTextFiles(java.nio.file.Path.of(location.root()));
    }
    throw new UnsupportedStorageException(
        "object-store repositories are not supported by this build yet: " + location.root());
  }
}
