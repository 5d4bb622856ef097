package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-edited {@code _schema.pg} locks every schema-validating endpoint with 409 (http.md §3.3). */
class SchemaDriftTest {
  @TempDir
  Path dir;

  @Test
  void driftIsA409ExceptForGetSchema() throws Exception {
    Path repo = dir.resolve("repo.omni");
    try (Omnigraph graph = TestServer.fixtureGraph(repo);
        TestServer server = TestServer.start(graph)) {
      // Read once before the edit: the query is then prepared and cached by the server.
      String read = "{\"query_source\":\"query q() { match { $p: Person } return { $p.name } }\"}";
      assertThat(server.postJson("/read", read).statusCode()).isEqualTo(200);
      String head = graph.snapshot("main").commit().graphCommitId();
      assertThat(server.get("/commits/" + head).statusCode()).isEqualTo(200);
      Files.writeString(repo.resolve("_schema.pg"), "\nnode Extra { name: String @key }\n",
          StandardOpenOption.APPEND);
      for (HttpResponse<String> r : new HttpResponse[] {server.get("/snapshot"),
          server.get("/branches"), server.get("/commits"), server.get("/commits?branch=main"),
          server.get("/commits/" + head),
          server.postJson("/read", read), server.postJson("/read", read.replace("q()", "fresh()")),
          server.postJson("/export", "{}")}) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).startsWith("{\"error\":\"schema evolution is locked down in phase 1: ")
            .endsWith("; manual coordination is required\",\"code\":\"conflict\"}");
      }
      HttpResponse<String> schema = server.get("/schema");
      assertThat(schema.statusCode()).isEqualTo(200);
      assertThat(schema.body()).contains("node Extra");
    }
  }
}
