package dev.omnigraph.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user cache of unpacked native libraries (no library is loaded here). */
class NativeLibraryCacheTest {
  @TempDir
  Path dir;

  private URL jarEntry(String jarName, String content) throws Exception {
    Path jar = dir.resolve(jarName);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("nativelib/linux-x86-64/libdemo.so"));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return new URL("jar:" + jar.toUri() + "!/nativelib/linux-x86-64/libdemo.so");
  }

  private static String[] names(Path cache) throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void unpacksOnceAndReusesTheCopy() throws Exception {
    Path cache = dir.resolve("cache").resolve("native");
    URL url = jarEntry("v1.jar", "version one");
    Path first = NativeLibraryCache.cached(url, cache, "libdemo.so");
    assertThat(first.getFileName().toString()).matches("libdemo-[0-9a-f]{8}-11\\.so");
    assertThat(Files.readString(first)).isEqualTo("version one");
    Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Path again = NativeLibraryCache.cached(url, cache, "libdemo.so");
    assertThat(again).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(again).toInstant())
        .isEqualTo(Instant.parse("2020-01-01T00:00:00Z")); // not written again
    assertThat(names(cache)).containsExactly(first.getFileName().toString()); // no temp left
  }

  @Test
  void aNewVersionGetsItsOwnFileAndReplacesTheOld() throws Exception {
    Path cache = dir.resolve("cache");
    Path v1 = NativeLibraryCache.cached(jarEntry("v1.jar", "version one"), cache, "libdemo.so");
    Path v2 = NativeLibraryCache.cached(jarEntry("v2.jar", "version two!"), cache, "libdemo.so");
    assertThat(v2).isNotEqualTo(v1);
    assertThat(Files.readString(v2)).isEqualTo("version two!");
    assertThat(names(cache)).containsExactly(v2.getFileName().toString());
  }

  @Test
  void aTruncatedCopyIsReplaced() throws Exception {
    Path cache = dir.resolve("cache");
    URL url = jarEntry("v1.jar", "version one");
    Path copy = NativeLibraryCache.cached(url, cache, "libdemo.so");
    try (OutputStream out = Files.newOutputStream(copy)) {
      out.write("vers".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(NativeLibraryCache.cached(url, cache, "libdemo.so")))
        .isEqualTo("version one");
  }

  @Test
  void theCacheDirectoryIsConfigurable() {
    String old = System.getProperty(NativeLibraryCache.DIR_PROPERTY);
    try {
      System.setProperty(NativeLibraryCache.DIR_PROPERTY, dir.toString());
      assertThat(NativeLibraryCache.cacheDir()).isEqualTo(dir);
      System.clearProperty(NativeLibraryCache.DIR_PROPERTY);
      assertThat(NativeLibraryCache.cacheDir().toString()).endsWith("omnigraph/native");
    } finally {
      if (old != null) {
        System.setProperty(NativeLibraryCache.DIR_PROPERTY, old);
      }
    }
  }

  @Test
  void lanceIsLoadedThroughTheCache() throws Exception {
    org.lance.JniLoader.ensureLoaded();
    String platform = NativeLibraryCache.platformDirectory();
    assertThat(platform).isIn("linux-x86-64", "linux-aarch64", "darwin-aarch64");
    try (Stream<Path> files = Files.list(NativeLibraryCache.cacheDir())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.matches("liblance_jni-[0-9a-f]{8}-\\d+\\.(so|dylib)"));
    }
  }
}
