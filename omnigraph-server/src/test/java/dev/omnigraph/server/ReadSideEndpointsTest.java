package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Commit;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.Snapshot;
import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.auth.Actor;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.HttpError;
import dev.omnigraph.server.testing.TestServer;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Success shapes and engine error rows of the read-side endpoints (http.md §4), byte for byte. */
class ReadSideEndpointsTest {
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer server;

  @BeforeAll
  static void start() {
    graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    graph.createBranch("feature", "main");
    graph.createBranch("Zeta", "main");
    server = TestServer.start(graph);
  }

  @AfterAll
  static void stop() {
    server.close();
    graph.close();
  }

  @Test
  void healthzReportsStatusAndVersion() {
    HttpResponse<String> r = server.get("/healthz");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\",\"version\":\"" + Omnigraph.version() + "\"}");
  }

  @Test
  void snapshotOfMainListsEveryTableInKeyOrder() {
    Snapshot s = graph.snapshot("main");
    HttpResponse<String> r = server.get("/snapshot");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"branch\":\"main\",\"manifest_version\":" + s.manifestVersion()
        + ",\"tables\":[" + s.tables().stream().map(t -> "{\"table_key\":\"" + t.tableKey()
            + "\",\"table_path\":\"" + t.path() + "\",\"table_version\":" + t.version()
            + ",\"table_branch\":null,\"row_count\":" + t.rowCount() + "}")
        .collect(Collectors.joining(",")) + "]}");
    assertThat(r.body()).contains("{\"table_key\":\"edge:Knows\",\"table_path\":\"edges/602a25a3bd0b455b\"");
    assertThat(s.tables()).extracting(t -> t.tableKey())
        .containsExactly("edge:Knows", "edge:WorksAt", "node:Company", "node:Person");
  }

  @Test
  void snapshotOfABranchEchoesTheBranchName() {
    HttpResponse<String> r = server.get("/snapshot?branch=feature");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("{\"branch\":\"feature\",\"manifest_version\":");
  }

  @Test
  void snapshotErrors() {
    assertError(server.get("/snapshot?branch=nope"), 404, "not_found", "branch 'nope' not found");
    assertError(server.get("/snapshot?branch="), 400, "bad_request", "branch name cannot be empty");
    assertError(server.get("/snapshot?branch=%20"), 400, "bad_request",
        "branch name cannot be empty");
    HttpResponse<String> twice = server.get("/snapshot?branch=a&branch=b");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).startsWith(
        "{\"error\":\"Failed to deserialize query string: duplicate field `branch`");
  }

  @Test
  void queryValuesArePercentDecodedWithPlusAsSpace() {
    assertError(server.get("/snapshot?branch=no+such%2Fbranch"), 404, "not_found",
        "branch 'no such/branch' not found");
  }

  @Test
  void unknownQueryParametersAreIgnored() {
    assertThat(server.get("/snapshot?verbose=1&branch=main").statusCode()).isEqualTo(200);
  }

  @Test
  void schemaReturnsTheStoredSourceByteForByte() {
    HttpResponse<String> r = server.get("/schema");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"schema_source\":"
        + dev.omnigraph.server.http.Json.write(TestServer.resource("fixtures/test.pg")) + "}");
  }

  @Test
  void branchesAreListedInByteOrder() {
    HttpResponse<String> r = server.get("/branches");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"branches\":[\"Zeta\",\"feature\",\"main\"]}");
  }

  @Test
  void commitsOfMainOldestFirst() {
    List<Commit> commits = graph.commits("main");
    HttpResponse<String> r = server.get("/commits");
    assertThat(r.statusCode()).isEqualTo(200);
    Commit genesis = commits.get(0);
    assertThat(r.body()).isEqualTo("{\"commits\":[{\"graph_commit_id\":\"" + genesis.graphCommitId()
        + "\",\"manifest_branch\":null,\"manifest_version\":" + genesis.manifestVersion()
        + ",\"parent_commit_id\":null,\"merged_parent_commit_id\":null,\"actor_id\":null,"
        + "\"created_at\":" + genesis.createdAt() + "}]}");
    assertThat(server.get("/commits?branch=main").body()).isEqualTo(r.body());
  }

  @Test
  void commitsOfABranchIncludeTheInheritedHistory() {
    HttpResponse<String> r = server.get("/commits?branch=feature");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains(graph.commits("main").get(0).graphCommitId());
  }

  @Test
  void commitsErrors() {
    assertError(server.get("/commits?branch=nope"), 404, "not_found", "branch 'nope' not found");
    assertError(server.get("/commits?branch="), 400, "bad_request", "branch name cannot be empty");
  }

  @Test
  void oneCommitById() {
    Commit head = graph.snapshot("main").commit();
    HttpResponse<String> r = server.get("/commits/" + head.graphCommitId());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("{\"graph_commit_id\":\"" + head.graphCommitId()
        + "\",\"manifest_branch\":null,");
  }

  @Test
  void unknownCommitIsNotFoundWithTheDecodedId() {
    assertError(server.get("/commits/01NOPE"), 404, "not_found", "commit '01NOPE' not found");
    assertError(server.get("/commits/a%2Fb"), 404, "not_found", "commit 'a/b' not found");
  }

  @Test
  void headBehavesLikeGetWithoutABody() {
    String commit = graph.snapshot("main").commit().graphCommitId();
    for (String path : List.of("/healthz", "/openapi.json", "/snapshot", "/snapshot?branch=feature",
        "/schema", "/branches", "/commits", "/commits?branch=feature", "/commits/" + commit,
        "/snapshot?branch=nope", "/commits?branch=", "/commits/01NOPE")) {
      HttpResponse<String> get = server.get(path);
      HttpResponse<String> head = head(path);
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("content-type")).as(path)
          .isEqualTo(get.headers().firstValue("content-type")).hasValue("application/json");
      assertThat(head.headers().firstValue("content-length")).as(path)
          .isEqualTo(get.headers().firstValue("content-length"));
      assertThat(head.headers().firstValue("transfer-encoding")).as(path)
          .isEqualTo(get.headers().firstValue("transfer-encoding"));
      get.headers().firstValue("content-length").ifPresent(length -> assertThat(length).as(path)
          .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length)));
      assertThat(head.headers().firstValue("x-request-id")).as(path).isPresent();
      assertThat(head.body()).as(path).isEmpty();
    }
    assertThat(head("/snapshot?branch=nope").statusCode()).isEqualTo(404);
    assertThat(head("/commits/01NOPE").statusCode()).isEqualTo(404);
    assertThat(head("/nope").statusCode()).isEqualTo(404);
    assertThat(head("/read").statusCode()).isEqualTo(405);
  }

  @Test
  void headSendsNoBodyBytesOnTheWire() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("HEAD /branches HTTP/1.1\r\nHost: x\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(),
          StandardCharsets.US_ASCII);
      assertThat(response).startsWith("HTTP/1.1 200 ")
          .containsIgnoringCase("\r\nContent-Length: " + "{\"branches\":[\"Zeta\",\"feature\",\"main\"]}".length() + "\r\n")
          .endsWith("\r\n\r\n");
    }
  }

  private static HttpResponse<String> head(String path) {
    return server.send(server.request(path)
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  @Test
  @DisplayName("403 on every read-side GET, with the policy tuple of http.md §7.4")
  void policyDenialAndThePolicyTuples() {
    List<PolicyRequest> seen = new CopyOnWriteArrayList<>();
    Authorizer denyAll = request -> {
      seen.add(request);
      throw new HttpError(403, ErrorCode.FORBIDDEN, "policy denied action '"
          + request.action().wire() + "'"
          + (request.branch() == null ? "" : " on branch '" + request.branch() + "'")
          + " for actor '" + request.actor().id() + "'");
    };
    String commit = graph.snapshot("main").commit().graphCommitId();
    try (TestServer guarded = TestServer.start(graph, Map.of("act-bruno", "team-token"), s -> s,
        denyAll)) {
      String[] auth = {"Authorization", "Bearer team-token"};
      // Policy comes before the engine: an unknown branch or commit is a 403, not a 404.
      Map<String, String> denied = new LinkedHashMap<>();
      denied.put("/snapshot", " on branch 'main'");
      denied.put("/snapshot?branch=feature", " on branch 'feature'");
      denied.put("/snapshot?branch=nope", " on branch 'nope'");
      denied.put("/schema", "");
      denied.put("/branches", "");
      denied.put("/commits", "");
      denied.put("/commits?branch=feature", " on branch 'feature'");
      denied.put("/commits/" + commit, "");
      denied.put("/commits/01NOPE", "");
      denied.forEach((path, branch) -> assertError(guarded.get(path, auth), 403, "forbidden",
          "policy denied action 'read'" + branch + " for actor 'act-bruno'"));
      assertThat(seen).extracting(PolicyRequest::branch).containsExactly("main", "feature", "nope",
          null, null, null, "feature", null, null);
      assertThat(seen).extracting(PolicyRequest::actor).containsOnly(new Actor("act-bruno"));
      assertThat(seen).extracting(PolicyRequest::action).containsOnly(Action.READ);
      assertThat(seen).extracting(PolicyRequest::targetBranch).containsOnlyNulls();

      // HEAD asks the same question; a missing token is a 401 that never reaches the policy.
      seen.clear();
      HttpResponse<String> head = guarded.send(guarded.request("/snapshot").headers(auth)
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
      assertThat(head.statusCode()).isEqualTo(403);
      assertThat(head.body()).isEmpty();
      assertThat(seen).extracting(PolicyRequest::branch).containsExactly("main");
      seen.clear();
      assertError(guarded.get("/commits"), 401, "unauthorized", "missing bearer token");
      assertThat(seen).isEmpty();
    }
  }

  static void assertError(HttpResponse<String> r, int status, String code, String message) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(r.body()).isEqualTo("{\"error\":" + dev.omnigraph.server.http.Json.write(message)
        + ",\"code\":\"" + code + "\"}");
  }
}
