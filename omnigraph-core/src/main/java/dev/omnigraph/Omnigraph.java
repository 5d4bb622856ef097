package dev.omnigraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** An open graph repository. (Being written: see issue 4.) */
public final class Omnigraph implements AutoCloseable {
  private static final String VERSION = loadVersion();

  private Omnigraph() {}

  /** The library version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  private static String loadVersion() {
    try (InputStream in = Omnigraph.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public void close() {}
}
