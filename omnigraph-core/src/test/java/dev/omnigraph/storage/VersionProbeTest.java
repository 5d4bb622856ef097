package dev.omnigraph.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionProbeTest {
  @TempDir Path dir;

  @Test
  void aSettledUnchangedDirectoryIsAnsweredWithoutAListing() throws Exception {
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(5)));
    AtomicInteger listings = new AtomicInteger();
    AtomicLong version = new AtomicLong(3);
    VersionProbe p = new VersionProbe(dir, () -> {
      listings.incrementAndGet();
      return version.get();
    });
    assertThat(p.latest()).isEqualTo(3);
    assertThat(p.latest()).isEqualTo(3);
    assertThat(listings).hasValue(1);
    version.set(4);
    Files.createFile(dir.resolve("4.manifest")); // a commit adds a file: the directory changes
    assertThat(p.latest()).isEqualTo(4);
    assertThat(listings).hasValue(2);
  }

  @Test
  void aRecentlyChangedDirectoryIsNotTrusted() {
    AtomicInteger listings = new AtomicInteger();
    VersionProbe p = new VersionProbe(dir, () -> {
      listings.incrementAndGet();
      return 1;
    });
    p.latest();
    p.latest();
    assertThat(listings).as("mtime within the settle window: listed every time").hasValue(2);
  }

  @Test
  void aMissingDirectoryFallsBackToTheListing() {
    VersionProbe p = new VersionProbe(dir.resolve("nope"), () -> 7);
    assertThat(p.latest()).isEqualTo(7);
  }
}
