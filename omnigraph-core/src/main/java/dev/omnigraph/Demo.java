package dev.omnigraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled demo graph (people, companies, who knows whom, who works where) used by
 * {@code omnigraph demo} and {@code omnigraph-server --demo}.
 */
public final class Demo {
  private Demo() {}

  /** The demo schema source. */
  public static String schemaSource() {
    return resource("demo.pg");
  }

  /** The demo queries ({@code .gq}). */
  public static String querySource() {
    return resource("demo.gq");
  }

  /** The demo data as JSONL. */
  public static String data() {
    return resource("demo.jsonl");
  }

  /**
   * Opens the demo repository at {@code uri}, creating it and loading the demo data first when
   * there is none.
   *
   * @return the open graph and whether it was created now
   */
  public static Opened openOrCreate(String uri) {
    try {
      return new Opened(Omnigraph.open(uri), false);
    } catch (NotFoundException e) {
      Omnigraph g = Omnigraph.init(uri, schemaSource());
      try {
        g.load("main", new java.io.StringReader(data()), LoadMode.OVERWRITE, null);
      } catch (RuntimeException failed) {
        g.close();
        throw failed;
      }
      return new Opened(g, true);
    }
  }

  /** An opened demo graph. */
  public record Opened(Omnigraph graph, boolean created) {}

  private static String resource(String name) {
    try (InputStream in = Demo.class.getResourceAsStream("demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
