package dev.omnigraph.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@link TextFiles} on a local directory; writes go through a temp file and an atomic rename. */
final class LocalTextFiles implements TextFiles {
  private final Path root;

  LocalTextFiles(Path root) {
    this.root = root;
  }

  @Override
  public Optional<String> read(String path) throws IOException {
    try {
      return Optional.of(Files.readString(root.resolve(path), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void write(String path, String text) throws IOException {
    Path target = root.resolve(path);
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(root.resolve(path));
  }

  @Override
  public void rename(String from, String to) throws IOException {
    move(root.resolve(from), root.resolve(to));
  }

  @Override
  public void delete(String path) throws IOException {
    Files.deleteIfExists(root.resolve(path));
  }

  @Override
  public Optional<String> fingerprint(String path) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
      // size + nanosecond mtime: cheap to format, and a rewrite changes at least one of them
      return Optional.of(a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
