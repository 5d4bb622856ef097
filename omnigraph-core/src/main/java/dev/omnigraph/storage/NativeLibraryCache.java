package dev.omnigraph.storage;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.jar.JarEntry;

/**
 * Loads a JNI library shipped inside a jar (Lance's 181 MB {@code liblance_jni}) from a per-user
 * cache instead of unpacking it into {@code java.io.tmpdir} on every JVM start, as the upstream
 * loader does (seconds of inflating and writing per start, and a leaked copy for every JVM that is
 * killed). The cached file is named by the library's jar entry CRC-32 and size, so a new library
 * version gets a new file; it is written to a temporary file in the cache directory and renamed
 * into place atomically, so a cached file is always complete, and concurrent first starts are safe.
 *
 * <p>Cache directory: the system property {@value #DIR_PROPERTY} when set, else
 * {@code $XDG_CACHE_HOME/omnigraph/native}, else {@code ~/.cache/omnigraph/native}. When it cannot
 * be used (read-only home, no key for the resource) the library is unpacked to a temporary file as
 * before. Used through the drop-in {@code io.questdb.jar.jni.JarJniLoader}.
 */
public final class NativeLibraryCache {
  /** System property naming the cache directory. */
  public static final String DIR_PROPERTY = "omnigraph.native.cache";
  /** Unfinished extractions older than this are removed. */
  private static final Duration STALE_TEMP = Duration.ofHours(1);

  private NativeLibraryCache() {}

  /**
   * Loads the library at {@code resource} (an absolute resource path such as
   * {@code /nativelib/linux-x86-64/liblance_jni.so}) found through {@code owner}'s class loader.
   *
   * @throws UnsatisfiedLinkError when the resource is missing or cannot be loaded
   */
  public static void load(Class<?> owner, String resource) {
    URL url = owner.getResource(resource);
    if (url == null) {
      throw new UnsatisfiedLinkError("native library " + resource + " not found on the class path");
    }
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    Path cached = null;
    try {
      cached = cached(url, cacheDir(), fileName);
    } catch (IOException | RuntimeException e) {
      // No usable cache: unpack to a temporary file, as the upstream loader does.
    }
    if (cached != null) {
      try {
        System.load(cached.toAbsolutePath().toString());
        return;
      } catch (UnsatisfiedLinkError e) {
        if (!String.valueOf(e.getMessage()).contains("another classloader")) {
          throw e;
        }
        // The same file is loaded by another class loader of this JVM: load a private copy.
      }
    }
    System.load(temporaryCopy(url, fileName).getAbsolutePath());
  }

  /** The cache directory (see the class documentation). */
  static Path cacheDir() {
    String configured = System.getProperty(DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("omnigraph").resolve("native");
  }

  /**
   * The cached copy of the library at {@code url} in {@code dir}, unpacked first when absent.
   * Copies of other versions of the same library are removed when a new one is unpacked.
   *
   * @throws IOException when the directory cannot be used or the resource has no key
   */
  static Path cached(URL url, Path dir, String fileName) throws IOException {
    Key key = key(url);
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    String suffix = dot > 0 ? fileName.substring(dot) : "";
    Path target = dir.resolve(base + "-" + key.text() + suffix);
    if (Files.isRegularFile(target) && Files.size(target) == key.size()) {
      return target;
    }
    createPrivateDirectories(dir);
    Path temp = Files.createTempFile(dir, base + "-", ".tmp");
    try {
      long copied;
      try (InputStream in = open(url); OutputStream out = Files.newOutputStream(temp)) {
        copied = in.transferTo(out);
      }
      if (copied != key.size()) {
        throw new IOException("native library " + url + ": read " + copied + " bytes, expected "
            + key.size());
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        if (!Files.isRegularFile(target) || Files.size(target) != key.size()) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    removeOthers(dir, base, suffix, target);
    return target;
  }

  /** What names one version of a library: its CRC-32 and size. */
  record Key(long crc, long size) {
    String text() {
      return String.format(Locale.ROOT, "%08x-%d", crc, size);
    }
  }

  private static Key key(URL url) throws IOException {
    URLConnection c = url.openConnection();
    if (c instanceof JarURLConnection jar) {
      JarEntry entry = jar.getJarEntry();
      if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
        throw new IOException("no CRC or size for " + url);
      }
      return new Key(entry.getCrc(), entry.getSize());
    }
    if ("file".equals(url.getProtocol())) {
      // An unpacked class path entry (development): size and modification time.
      long size = c.getContentLengthLong();
      if (size < 0) {
        throw new IOException("no size for " + url);
      }
      return new Key(c.getLastModified() & 0xffffffffL, size);
    }
    throw new IOException("cannot key " + url);
  }

  private static InputStream open(URL url) throws IOException {
    URLConnection c = url.openConnection();
    c.setUseCaches(false); // not the class loader's shared JarFile, which closing would break
    return c.getInputStream();
  }

  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir.getParent());
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectory(dir);
      }
    } catch (FileAlreadyExistsException e) {
      // created concurrently
    }
  }

  /** Removes other versions of the library and abandoned extractions; failures are ignored. */
  private static void removeOthers(Path dir, String base, String suffix, Path keep) {
    Instant staleBefore = Instant.now().minus(STALE_TEMP);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, base + "-*")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        boolean otherVersion = name.endsWith(suffix) && !f.equals(keep);
        boolean abandoned = name.endsWith(".tmp")
            && Files.getLastModifiedTime(f).toInstant().isBefore(staleBefore);
        if (otherVersion || abandoned) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }

  private static File temporaryCopy(URL url, String fileName) {
    int dot = fileName.lastIndexOf('.');
    try {
      File f = File.createTempFile(dot > 0 ? fileName.substring(0, dot) : fileName,
          dot > 0 ? fileName.substring(dot) : null);
      f.deleteOnExit();
      try (InputStream in = open(url); OutputStream out = Files.newOutputStream(f.toPath())) {
        in.transferTo(out);
      }
      return f;
    } catch (IOException e) {
      UnsatisfiedLinkError error = new UnsatisfiedLinkError("cannot unpack native library " + url
          + ": " + e.getMessage());
      error.initCause(e);
      throw error;
    }
  }

  /**
   * The platform directory of a library inside the jar, in JNA's naming used by Lance's jar
   * ({@code linux-x86-64}, {@code linux-aarch64}, {@code darwin-aarch64}, …).
   */
  public static String platformDirectory() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String osPart = os.startsWith("linux") ? "linux"
        : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
        : os.startsWith("windows") ? "win32" : os.replaceAll("\\W", "");
    String archPart = switch (arch) {
      case "amd64", "x86_64", "x86-64" -> "x86-64";
      case "aarch64", "arm64" -> "aarch64";
      case "x86", "i386", "i686" -> "x86";
      default -> arch;
    };
    return osPart + "-" + archPart;
  }

  /** The file name of library {@code name} on this platform ({@code libX.so}, {@code X.dll}). */
  public static String fileName(String name) {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return name + ".dll";
    }
    return "lib" + name + (os.startsWith("mac") || os.startsWith("darwin") ? ".dylib" : ".so");
  }
}
