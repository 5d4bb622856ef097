package dev.omnigraph.server.testing;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.OmnigraphServer;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.TokenTable;
import dev.omnigraph.server.config.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A real server on an ephemeral 127.0.0.1 port over a real repository, with an HTTP client. */
public final class TestServer implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final Omnigraph graph;
  private final OmnigraphServer server;
  private final String base;

  private TestServer(Omnigraph graph, OmnigraphServer server) {
    this.graph = graph;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A new repository at {@code dir} with the {@code test.pg} fixture schema. */
  public static Omnigraph fixtureGraph(Path dir) {
    return Omnigraph.init(dir.toString(), resource("fixtures/test.pg"));
  }

  /** Serves {@code graph} unauthenticated with default settings. */
  public static TestServer start(Omnigraph graph) {
    return start(graph, Map.of(), s -> s);
  }

  /** Serves {@code graph} with bearer tokens (actor → token) and adjusted settings. */
  public static TestServer start(Omnigraph graph, Map<String, String> tokens,
      UnaryOperator<ServerSettings> settings) {
    return start(graph, tokens, settings, Authorizer.ALLOW_ALL);
  }

  /** Serves {@code graph} with bearer tokens, adjusted settings and an authorizer. */
  public static TestServer start(Omnigraph graph, Map<String, String> tokens,
      UnaryOperator<ServerSettings> settings, Authorizer authorizer) {
    ServerSettings s = settings.apply(ServerSettings.defaults(graph.uri()));
    return new TestServer(graph,
        OmnigraphServer.start(graph, s, TokenTable.of(tokens), authorizer));
  }

  public Omnigraph graph() {
    return graph;
  }

  public String base() {
    return base;
  }

  public int port() {
    return server.port();
  }

  /** A request builder for {@code path} (may carry a query string). */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return CLIENT.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = request(path).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  /** POST with {@code Content-Type: application/json}. */
  public HttpResponse<String> postJson(String path, String json, String... headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  public static String resource(String name) {
    try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server; the graph stays open (the test owns it). */
  @Override
  public void close() {
    server.stop();
  }
}
