package io.questdb.jar.jni;

import dev.omnigraph.storage.NativeLibraryCache;

/**
 * Drop-in replacement for {@code org.questdb:jar-jni}'s loader, which {@code omnigraph-core}
 * excludes from {@code lance-core}'s dependencies (see its {@code pom.xml}). Lance's
 * {@code org.lance.JniLoader} calls {@link #loadLib(Class, String, String)} once per JVM; the
 * upstream implementation unpacks the 181 MB library into {@code java.io.tmpdir} every time,
 * this one loads it from a per-user cache ({@link NativeLibraryCache}). Same signatures, same
 * resource layout ({@code {prefix}/{platform}/lib{name}.so}).
 */
public interface JarJniLoader {
  /** Loads library {@code name} from {@code {jarPathPrefix}/{platform}/} next to {@code cls}. */
  static <T> void loadLib(Class<T> cls, String jarPathPrefix, String name) {
    loadLib(cls, jarPathPrefix, name, NativeLibraryCache.platformDirectory());
  }

  /** Loads library {@code name} from {@code {jarPathPrefix}/{platformDir}/} next to {@code cls}. */
  static <T> void loadLib(Class<T> cls, String jarPathPrefix, String name, String platformDir) {
    String dir = jarPathPrefix.endsWith("/") ? jarPathPrefix : jarPathPrefix + "/";
    if (platformDir != null) {
      dir = dir + platformDir + "/";
    }
    NativeLibraryCache.load(cls, dir + NativeLibraryCache.fileName(name));
  }
}
