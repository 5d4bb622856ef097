package dev.omnigraph.server;

import static dev.omnigraph.server.ReadSideEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer authentication over HTTP (http.md §6.2) and its place in the order of checks (§2.4). */
class AuthenticationTest {
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer server;

  @BeforeAll
  static void start() {
    graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    server = TestServer.start(graph, Map.of("act-andrew", "token-one", "act-ragnor", "token-two"),
        s -> s.withBodyLimit(64));
  }

  @AfterAll
  static void stop() {
    server.close();
    graph.close();
  }

  @Test
  void missingHeaderIs401WithChallenge() {
    HttpResponse<String> r = server.get("/snapshot");
    assertError(r, 401, "unauthorized", "missing bearer token");
    assertThat(r.headers().firstValue("www-authenticate")).hasValue("Bearer");
  }

  @Test
  void headIsAuthenticatedLikeGet() {
    for (String path : new String[] {"/snapshot", "/snapshot?branch=nope", "/schema", "/branches",
        "/commits", "/commits/xyz"}) {
      HttpResponse<String> r = head(path);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().firstValue("www-authenticate")).as(path).hasValue("Bearer");
      assertThat(r.body()).as(path).isEmpty();
      assertThat(head(path, "Authorization", "Bearer nope").statusCode()).as(path).isEqualTo(401);
    }
    assertThat(head("/snapshot", "Authorization", "Bearer token-one").statusCode()).isEqualTo(200);
    assertThat(head("/snapshot?branch=nope", "Authorization", "Bearer token-one").statusCode())
        .isEqualTo(404);
    assertThat(head("/commits/xyz", "Authorization", "Bearer token-two").statusCode())
        .isEqualTo(404);
    assertThat(head("/healthz").statusCode()).isEqualTo(200);
    assertThat(head("/openapi.json").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> head(String path, String... headers) {
    java.net.http.HttpRequest.Builder b = server.request(path)
        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      b.headers(headers);
    }
    return server.send(b.build());
  }

  @Test
  void malformedSchemesAreMissingTokens() {
    for (String header : new String[] {"bearer token-one", "Basic token-one", "Bearer", "Token x",
        "Bearer\ttoken-one"}) {
      HttpResponse<String> r = server.get("/branches", "Authorization", header);
      assertThat(r.statusCode()).as(header).isEqualTo(401);
      assertError(r, 401, "unauthorized", "missing bearer token");
    }
  }

  @Test
  void unknownTokenIs401Invalid() {
    assertError(server.get("/branches", "Authorization", "Bearer nope"), 401, "unauthorized",
        "invalid bearer token");
    assertError(server.get("/branches", "Authorization", "Bearer  token-one"), 401,
        "unauthorized", "invalid bearer token");
  }

  @Test
  void tokensCompareExactlyOnAReusedConnection() {
    assertThat(server.get("/branches", "Authorization", "Bearer token-one").statusCode())
        .isEqualTo(200);
    assertError(server.get("/branches", "Authorization", "Bearer TOKEN-ONE"), 401,
        "unauthorized", "invalid bearer token");
    assertError(server.get("/branches", "Authorization", "bearer token-one"), 401,
        "unauthorized", "missing bearer token");
  }

  @Test
  void everyConfiguredTokenAuthenticates() {
    assertThat(server.get("/branches", "Authorization", "Bearer token-one").statusCode())
        .isEqualTo(200);
    assertThat(server.get("/commits", "Authorization", "Bearer token-two").statusCode())
        .isEqualTo(200);
  }

  @Test
  void healthAndOpenApiAreNeverAuthenticated() {
    assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> doc = server.get("/openapi.json");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body()).contains("\"securitySchemes\":{\"bearer_token\"");
  }

  @Test
  void routingComesBeforeAuthentication() {
    assertError(server.get("/nope"), 404, "not_found", "no route for GET /nope");
    assertThat(server.get("/read").statusCode()).isEqualTo(405);
  }

  @Test
  void authenticationComesBeforeTheBody() {
    // Oversized, wrong content type, malformed: without a token all of these are 401.
    assertError(server.postJson("/read", "{" + " ".repeat(1000) + "}"), 401, "unauthorized",
        "missing bearer token");
    assertError(server.send(server.request("/export")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("nope")).build()),
        401, "unauthorized", "missing bearer token");
    assertThat(server.postJson("/read", "{" + " ".repeat(1000) + "}",
        "Authorization", "Bearer token-one").statusCode()).isEqualTo(413);
  }
}
