package dev.omnigraph.testkit;

import dev.omnigraph.LoadMode;
import dev.omnigraph.Omnigraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests real graphs: every {@link Omnigraph} parameter annotated with
 * {@link TempGraph} is a repository on real Lance storage in its own temporary directory. The
 * graph is closed and the directory deleted when the test (or the class, for lifecycle methods)
 * ends. Test JVMs need {@code --add-opens=java.base/java.nio=ALL-UNNAMED} and
 * {@code LANCE_CPU_THREADS=4}, like every JVM running Omnigraph.
 */
public final class OmnigraphExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(OmnigraphExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext ctx) {
    return p.getParameter().getType() == Omnigraph.class && p.isAnnotated(TempGraph.class);
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext ctx) {
    TempGraph spec = p.findAnnotation(TempGraph.class).orElseThrow();
    Class<?> owner = ctx.getRequiredTestClass();
    String schema = spec.schemaText().isEmpty() ? resource(owner, spec.schema()) : spec.schemaText();
    try {
      Path dir = Files.createTempDirectory("omnigraph-test");
      Omnigraph graph = Omnigraph.init(dir.resolve("graph.omni").toString(), schema);
      // stored before loading, so that a failing load still cleans up
      ctx.getStore(NS).put(p.getIndex() + ":" + dir, new Cleanup(graph, dir));
      if (!spec.data().isEmpty()) {
        graph.load("main", new java.io.StringReader(resource(owner, spec.data())),
            LoadMode.OVERWRITE, null);
      }
      return graph;
    } catch (IOException e) {
      throw new ParameterResolutionException("cannot create a temporary graph", e);
    }
  }

  private static String resource(Class<?> owner, String name) {
    if (name.isEmpty()) {
      throw new ParameterResolutionException("@TempGraph needs schema or schemaText");
    }
    String path = name.startsWith("/") ? name : "/" + name;
    try (InputStream in = owner.getResourceAsStream(path)) {
      if (in == null) {
        throw new ParameterResolutionException("class-path resource not found: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the graph and deletes its directory when the JUnit store is closed (JUnit closes
   * {@link AutoCloseable} store values). */
  private record Cleanup(Omnigraph graph, Path dir) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      graph.close();
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path f : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
