package dev.omnigraph.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.LongSupplier;

/**
 * The latest version of a local dataset, answered from a {@code stat} of its {@code _versions}
 * directory when that directory has not changed since the last full probe.
 *
 * <p>Every commit adds a manifest file to {@code _versions}, which moves the directory's
 * modification time. File-system timestamps are coarse (a kernel tick), so a change within the
 * same tick as the cached time could go unnoticed; the cache is therefore trusted only when the
 * full probe ran well after the directory's time ({@link #SETTLE_MILLIS}): any later commit then
 * carries a strictly later time. Cuts the per-read head probe from a Lance listing to one stat.
 */
final class VersionProbe {
  /** Far above any file-system timestamp granularity (ext4/xfs: one kernel tick, ≤ 10 ms). */
  static final long SETTLE_MILLIS = 200;

  private final Path versionsDir;
  private final LongSupplier fullProbe;
  private volatile Cached cached;

  private record Cached(FileTime mtime, long version, boolean trusted) {}

  VersionProbe(Path versionsDir, LongSupplier fullProbe) {
    this.versionsDir = versionsDir;
    this.fullProbe = fullProbe;
  }

  long latest() {
    FileTime mtime;
    try {
      mtime = Files.getLastModifiedTime(versionsDir);
    } catch (IOException e) {
      return fullProbe.getAsLong();
    }
    Cached c = cached;
    if (c != null && c.trusted() && c.mtime().equals(mtime)) {
      return c.version();
    }
    long startedAt = System.currentTimeMillis();
    long version = fullProbe.getAsLong();
    cached = new Cached(mtime, version, startedAt - mtime.toMillis() > SETTLE_MILLIS);
    return version;
  }
}
