package dev.omnigraph.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served document equals the checked-in {@code omnigraph-server/openapi.json} (authenticated
 * mode) and drops security without tokens (http.md §4.2, §12).
 *
 * <p>After an intended change, regenerate the checked-in file with
 * {@code mvn -q -B -o -pl omnigraph-server -am test -Dtest=OpenApiDocumentTest
 * -Domnigraph.openapi.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class OpenApiDocumentTest {
  static final Path CHECKED_IN = Path.of("openapi.json");
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer authenticated;
  static TestServer open;

  @BeforeAll
  static void start() {
    graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    authenticated = TestServer.start(graph, Map.of("act-a", "token-a"), s -> s);
    open = TestServer.start(graph);
  }

  @AfterAll
  static void stop() {
    authenticated.close();
    open.close();
    graph.close();
  }

  @Test
  void servedDocumentMatchesTheCheckedInFile() throws Exception {
    String served = authenticated.get("/openapi.json").body();
    if (Boolean.getBoolean("omnigraph.openapi.regenerate")) {
      Files.writeString(CHECKED_IN, OpenApiDocument.prettyJson(Omnigraph.version()),
          StandardCharsets.UTF_8);
    }
    assertThat(CHECKED_IN).as("omnigraph-server/openapi.json (regenerate: see this test's javadoc)")
        .exists();
    assertThat(JSON.readTree(served))
        .as("served /openapi.json differs from omnigraph-server/openapi.json;"
            + " regenerate it (see this test's javadoc) if the change is intended")
        .isEqualTo(JSON.readTree(Files.readString(CHECKED_IN)));
  }

  @Test
  void authenticatedDocumentDeclaresBearerSecurityOnProtectedOperations() throws Exception {
    JsonNode doc = JSON.readTree(authenticated.get("/openapi.json").body());
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.at("/components/securitySchemes/bearer_token").toString())
        .isEqualTo("{\"type\":\"http\",\"scheme\":\"bearer\"}");
    assertThat(doc.at("/paths/~1snapshot/get/security").toString())
        .isEqualTo("[{\"bearer_token\":[]}]");
    assertThat(doc.at("/paths/~1healthz/get/security").isMissingNode()).isTrue();
    assertThat(doc.at("/paths/~1openapi.json").isMissingNode()).isTrue();
  }

  @Test
  void unauthenticatedDocumentHasNoSecurity() throws Exception {
    String body = open.get("/openapi.json").body();
    JsonNode doc = JSON.readTree(body);
    assertThat(doc.at("/components/securitySchemes").isMissingNode()).isTrue();
    assertThat(body).doesNotContain("\"security\"");
    assertThat(doc.path("paths").size()).isEqualTo(JSON.readTree(
        authenticated.get("/openapi.json").body()).path("paths").size());
  }
}
