package dev.omnigraph.server;

import static dev.omnigraph.server.ReadSideEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.http.Json;
import dev.omnigraph.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /read} request errors (http.md §4.4; expected.md J05–J08). */
class ReadRequestTest {
  static final String TEST_GQ = TestServer.resource("fixtures/test.gq");
  static final String MUTATION = "query insert_person($name: String, $age: I32) {"
      + " insert Person { name: $name, age: $age } }";
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer server;

  @BeforeAll
  static void start() {
    graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    server = TestServer.start(graph);
  }

  @AfterAll
  static void stop() {
    server.close();
    graph.close();
  }

  static HttpResponse<String> read(String source, String extra) {
    return server.postJson("/read", "{\"query_source\":" + Json.write(source) + extra + "}");
  }

  @Test
  void severalQueriesNeedAName() {
    assertError(read(TEST_GQ, ""), 400, "bad_request",
        "query file contains multiple queries; pass --name");
  }

  @Test
  void unknownQueryName() {
    assertError(read(TEST_GQ, ",\"query_name\":\"nope\""), 400, "bad_request",
        "query 'nope' not found");
  }

  @Test
  void mutationSentToRead() {
    assertError(read(MUTATION, ""), 400, "bad_request",
        "type error: mutation query cannot be typechecked with read-query API");
  }

  @Test
  void paramsMustBeAnObject() {
    assertError(read(TEST_GQ, ",\"query_name\":\"get_person\",\"params\":[1]"), 400,
        "bad_request", "params must be a JSON object");
  }

  @Test
  void parseErrors() {
    HttpResponse<String> r = read("query broken( {", "");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith("{\"error\":\"parse error: ").endsWith(",\"code\":\"bad_request\"}");
  }

  @Test
  void aValidReadResolvesItsTargetAndRuns() {
    assertError(read(TEST_GQ, ",\"query_name\":\"get_person\",\"params\":{\"name\":\"Alice\"},"
        + "\"branch\":\"nope\""), 404, "not_found", "branch 'nope' not found");
    HttpResponse<String> r = read(TEST_GQ,
        ",\"query_name\":\"get_person\",\"params\":{\"name\":\"Alice\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"query_name\":\"get_person\",\"target\":{\"branch\":\"main\","
        + "\"snapshot\":null},\"row_count\":0,\"columns\":[\"p.name\",\"p.age\"],\"rows\":[]}");
  }
}
