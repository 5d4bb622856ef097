package dev.omnigraph.server;

import static dev.omnigraph.server.ReadSideEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.QueryResult;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.HttpError;
import dev.omnigraph.server.http.Json;
import dev.omnigraph.server.testing.HistoryFixture;
import dev.omnigraph.server.testing.TestServer;
import dev.omnigraph.server.api.ErrorCode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /read} executing queries (http.md §4.4) over setup {@code T} of expected.md: the
 * envelope byte for byte, the rows of the C cases, time travel (G), the error rows of §4.4 and
 * their order.
 */
class ReadEndpointTest {
  static final String TEST_GQ = TestServer.resource("fixtures/test.gq");
  static final String ALL_PERSONS =
      "query all_persons() { match { $p: Person } return { $p.name, $p.age } }";
  static final String YOUNG = "query young($age: I32) { match { $p: Person  $p.age < $age }"
      + " return { $p.name, $p.age } order { $p.age asc } }";
  @TempDir
  static Path dir;
  static HistoryFixture history;

  @BeforeAll
  static void start() {
    history = HistoryFixture.serve(dir.resolve("repo.omni"));
  }

  @AfterAll
  static void stop() {
    history.close();
  }

  static HttpResponse<String> read(String source, String extra) {
    return history.server().postJson("/read",
        "{\"query_source\":" + Json.write(source) + extra + "}");
  }

  static HttpResponse<String> named(String name, String extra) {
    return read(TEST_GQ, ",\"query_name\":\"" + name + "\"" + extra);
  }

  static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
    return Json.MAPPER.readTree(r.body());
  }

  /** The {@code rows} member, verbatim (members in projection order). */
  static String rows(HttpResponse<String> r) throws Exception {
    JsonNode body = ok(r);
    assertThat(body.get("row_count").asInt()).isEqualTo(body.get("rows").size());
    return Json.MAPPER.writeValueAsString(body.get("rows"));
  }

  @Test
  @DisplayName("C01 envelope of get_person Alice, byte for byte (H§4.4 example)")
  void envelopeByteForByte() {
    HttpResponse<String> r = named("get_person", ",\"params\":{\"name\":\"Alice\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"query_name\":\"get_person\",\"target\":{\"branch\":\"main\","
        + "\"snapshot\":null},\"row_count\":1,\"columns\":[\"p.name\",\"p.age\"],"
        + "\"rows\":[{\"p.name\":\"Alice\",\"p.age\":30}]}");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "C01|get_person|{\"name\":\"Alice\"}|[{\"p.name\":\"Alice\",\"p.age\":30}]",
      "C02|get_person|{\"name\":\"Nobody\"}|[]",
      "C03|adults||[{\"p.name\":\"Charlie\",\"p.age\":35}]",
      "C04|top_by_age||[{\"p.name\":\"Charlie\",\"p.age\":35},{\"p.name\":\"Alice\",\"p.age\":30}]",
      "C05|friends_of|{\"name\":\"Alice\"}|[{\"f.name\":\"Bob\",\"f.age\":25},{\"f.name\":\"Charlie\",\"f.age\":35}]",
      "C06|friends_of|{\"name\":\"Diana\"}|[]",
      "C07|employees_of|{\"company\":\"Acme\"}|[{\"p.name\":\"Alice\"}]",
      "C08|employees_of|{\"company\":\"Globex\"}|[{\"p.name\":\"Bob\"}]",
      "C09|friends_of_friends|{\"name\":\"Alice\"}|[{\"fof.name\":\"Diana\"}]",
      "C10|friends_of_friends|{\"name\":\"Bob\"}|[]",
      "C11|unemployed||[{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]",
      "C12|friend_counts||[{\"p.name\":\"Alice\",\"friends\":2},{\"p.name\":\"Bob\",\"friends\":1}]",
      "C13|total_people||[{\"total\":4}]",
      "C14|age_stats||[{\"c.name\":\"Acme\",\"total_age\":30.0,\"avg_age\":30.0,\"youngest\":30,\"oldest\":30,\"headcount\":1},{\"c.name\":\"Globex\",\"total_age\":25.0,\"avg_age\":25.0,\"youngest\":25,\"oldest\":25,\"headcount\":1}]",
      "C15|top_connected||[{\"p.name\":\"Alice\",\"friends\":2}]"})
  void fixtureQueries(String id, String name, String params, String expected) {
    HttpResponse<String> r = named(name, params == null ? "" : ",\"params\":" + params);
    assertThat(r.statusCode()).as(id + " " + r.body()).isEqualTo(200);
    // The rows member verbatim: the engine's renderer, not re-encoded (30.0 stays 30.0).
    assertThat(r.body()).as(id).contains(",\"rows\":" + expected + "}");
    assertThat(r.body()).as(id).startsWith("{\"query_name\":\"" + name + "\",");
  }

  @Test
  @DisplayName("C16-C19 inline queries, parameter coercion")
  void inlineQueriesAndParameters() throws Exception {
    assertThat(rows(read("query by_age_asc() { match { $p: Person } return { $p.name, $p.age }"
        + " order { $p.age asc } }", ""))).isEqualTo("[{\"p.name\":\"Bob\",\"p.age\":25},"
        + "{\"p.name\":\"Diana\",\"p.age\":28},{\"p.name\":\"Alice\",\"p.age\":30},"
        + "{\"p.name\":\"Charlie\",\"p.age\":35}]");
    for (String age : new String[] {"28", "28.0", "\"28\""}) {
      assertThat(rows(read(YOUNG, ",\"params\":{\"age\":" + age + "}")))
          .isEqualTo("[{\"p.name\":\"Bob\",\"p.age\":25}]");
    }
  }

  @Test
  void theOnlyQueryOfASourceNeedsNoName() {
    HttpResponse<String> r = read(ALL_PERSONS, ",\"params\":null");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("{\"query_name\":\"all_persons\",\"target\":{\"branch\":\"main\","
        + "\"snapshot\":null},\"row_count\":4,\"columns\":[\"p.name\",\"p.age\"],\"rows\":[");
  }

  @Test
  void rowsAreTheEnginesRendering() {
    QueryResult engine = history.graph().read(ReadTarget.branch("main"), TEST_GQ, "age_stats",
        (JsonNode) null);
    HttpResponse<String> r = named("age_stats", "");
    assertThat(r.body()).endsWith(",\"rows\":" + engine.toJsonRows() + "}");
  }

  @Test
  void aZeroRowReadStillListsItsColumns() {
    HttpResponse<String> r = named("get_person", ",\"params\":{\"name\":\"Nobody\"}");
    assertThat(r.body()).isEqualTo("{\"query_name\":\"get_person\",\"target\":{\"branch\":\"main\","
        + "\"snapshot\":null},\"row_count\":0,\"columns\":[\"p.name\",\"p.age\"],\"rows\":[]}");
  }

  @Test
  void theBranchIsEchoedAndReadFresh() throws Exception {
    HttpResponse<String> r = read(ALL_PERSONS, ",\"branch\":\"feature\"");
    assertThat(r.body()).startsWith("{\"query_name\":\"all_persons\",\"target\":{\"branch\":\"feature\","
        + "\"snapshot\":null},\"row_count\":5,");
    assertThat(rows(r)).contains("{\"p.name\":\"Eve\",\"p.age\":22}");
    assertThat(ok(read(ALL_PERSONS, "")).get("row_count").asInt()).isEqualTo(4);
  }

  @Test
  @DisplayName("G20/G21 time travel: a read at a commit id sees that commit's state")
  void readAtACommit() throws Exception {
    HttpResponse<String> atLoaded = read(ALL_PERSONS, ",\"snapshot\":\"" + history.loaded() + "\"");
    assertThat(atLoaded.body()).startsWith("{\"query_name\":\"all_persons\",\"target\":{\"branch\":null,"
        + "\"snapshot\":\"" + history.loaded() + "\"},\"row_count\":4,");
    assertThat(rows(atLoaded)).isEqualTo("[{\"p.name\":\"Alice\",\"p.age\":30},"
        + "{\"p.name\":\"Bob\",\"p.age\":25},{\"p.name\":\"Charlie\",\"p.age\":35},"
        + "{\"p.name\":\"Diana\",\"p.age\":28}]");
    assertThat(rows(read(ALL_PERSONS, ",\"snapshot\":\"" + history.withEve() + "\""))).endsWith(
        "{\"p.name\":\"Eve\",\"p.age\":22}]");
    assertThat(rows(named("get_person", ",\"params\":{\"name\":\"Eve\"},\"snapshot\":\""
        + history.loaded()
        + "\""))).isEqualTo("[]");
    // The genesis commit: the empty graph, with the columns still listed.
    assertThat(named("get_person", ",\"params\":{\"name\":\"Alice\"},\"snapshot\":\""
        + history.genesis()
        + "\"").body()).isEqualTo("{\"query_name\":\"get_person\",\"target\":{\"branch\":null,"
        + "\"snapshot\":\"" + history.genesis()
        + "\"},\"row_count\":0,\"columns\":[\"p.name\",\"p.age\"],"
        + "\"rows\":[]}");
  }

  @Test
  void repeatedReadsOfOneQueryAgreeWithTheOneShotEngineRead() {
    for (int i = 0; i < 3; i++) {
      for (String name : List.of("Alice", "Bob", "Nobody")) {
        String params = "{\"name\":\"" + name + "\"}";
        QueryResult engine = history.graph().read(ReadTarget.branch("main"), TEST_GQ, "friends_of",
            Map.of("name", name));
        assertThat(named("friends_of", ",\"params\":" + params).body())
            .endsWith(",\"row_count\":" + engine.rowCount() + ",\"columns\":[\"f.name\",\"f.age\"],"
                + "\"rows\":" + engine.toJsonRows() + "}");
      }
    }
  }

  // --- error rows of http.md §4.4 -------------------------------------------------------------

  @Test
  @DisplayName("G34 both targets")
  void bothTargets() {
    assertError(named("get_person",
        ",\"branch\":\"main\",\"snapshot\":\"" + history.loaded() + "\""), 400,
        "bad_request", "read request may specify branch or snapshot, not both");
  }

  @Test
  void parseError() {
    HttpResponse<String> r = read("query broken( {", "");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith("{\"error\":\"parse error: ")
        .endsWith(",\"code\":\"bad_request\"}");
  }

  @Test
  @DisplayName("J05/J06 selection")
  void selection() {
    assertError(read(TEST_GQ, ""), 400, "bad_request",
        "query file contains multiple queries; pass --name");
    assertError(named("nope", ""), 400, "bad_request", "query 'nope' not found");
  }

  @Test
  @DisplayName("J08, C20-C24 parameter binding")
  void parameterBinding() {
    assertError(named("get_person", ",\"params\":[1]"), 400, "bad_request",
        "params must be a JSON object");
    assertError(named("get_person", ",\"params\":{}"), 400, "bad_request",
        "parameter 'name' not provided");
    assertError(read(YOUNG, ",\"params\":{}"), 400, "bad_request", "parameter 'age' not provided");
    assertError(named("get_person", ",\"params\":{\"name\":5}"), 400, "bad_request",
        "param 'name': expected string, got number");
    assertError(read(YOUNG, ",\"params\":{\"age\":3000000000}"), 400, "bad_request",
        "param 'age': value 3000000000 exceeds I32");
    HttpResponse<String> fraction = read(YOUNG, ",\"params\":{\"age\":28.5}");
    assertThat(fraction.statusCode()).isEqualTo(400);
    assertThat(fraction.body()).contains("param 'age'").contains("expected integer number")
        .endsWith(",\"code\":\"bad_request\"}");
  }

  @Test
  @DisplayName("J07 and other type errors")
  void typeErrors() {
    assertError(read(ReadRequestTest.MUTATION, ""), 400, "bad_request",
        "type error: mutation query cannot be typechecked with read-query API");
    HttpResponse<String> r = read("query q() { match { $p: Robot } return { $p.name } }", "");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith("{\"error\":\"type error: ")
        .endsWith(",\"code\":\"bad_request\"}");
  }

  @Test
  @DisplayName("B59 a nearest() ordering without a limit is a 400 (search fixture schema)")
  void nearestOrderingNeedsALimit() {
    try (Omnigraph search = Omnigraph.init(dir.resolve("search.omni").toString(),
        "node Doc {\n    slug: String @key\n    title: String @index\n    body: String @index\n"
            + "    embedding: Vector(4)\n}\n");
        TestServer searchServer = TestServer.start(search)) {
      HttpResponse<String> r = searchServer.postJson("/read", "{\"query_source\":" + Json.write(
          "query q($q: Vector(4)) { match { $d: Doc } return { $d.slug }"
              + " order { nearest($d.embedding, $q) } }") + ",\"params\":{\"q\":[1,0,0,0]}}");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("nearest ordering requires a limit clause")
          .endsWith(",\"code\":\"bad_request\"}");
    }
  }

  @Test
  @DisplayName("G33 unknown snapshot, unknown branch")
  void unknownTargets() {
    assertError(named("get_person", ",\"params\":{\"name\":\"Alice\"},\"snapshot\":"
        + "\"01ZZZZZZZZZZZZZZZZZZZZZZZZ\""), 404, "not_found",
        "commit '01ZZZZZZZZZZZZZZZZZZZZZZZZ' not found");
    assertError(named("get_person", ",\"params\":{\"name\":\"Alice\"},\"branch\":\"nope\""), 404,
        "not_found", "branch 'nope' not found");
    assertError(named("get_person", ",\"params\":{\"name\":\"Alice\"},\"branch\":\" \""), 400,
        "bad_request", "branch name cannot be empty");
  }

  @Test
  void theQueryIsCheckedBeforeTheTargetIsResolved() {
    // http.md §4.4: select, bind, type-check, execute — the target is resolved by execution.
    // Run twice: the second request finds the query prepared and cached.
    for (int i = 0; i < 2; i++) {
      assertError(named("get_person", ",\"params\":[1],\"branch\":\"nope\""), 400, "bad_request",
          "params must be a JSON object");
      assertError(named("get_person", ",\"params\":{},\"snapshot\":\"01NOPE\""), 400,
          "bad_request", "parameter 'name' not provided");
      assertError(named("nope", ",\"branch\":\"nope\""), 400, "bad_request",
          "query 'nope' not found");
    }
  }

  @Test
  @DisplayName("403: the policy request names the branch, or a snapshot's branch")
  void policyDenialAndThePolicyBranch() {
    List<PolicyRequest> seen = new CopyOnWriteArrayList<>();
    Authorizer denyFeature = request -> {
      seen.add(request);
      if ("feature".equals(request.branch())) {
        throw new HttpError(403, ErrorCode.FORBIDDEN, "policy denied action '"
            + request.action().wire() + "' on branch 'feature' for actor 'anonymous'");
      }
    };
    try (TestServer guarded = TestServer.start(history.graph(), Map.of(), s -> s, denyFeature)) {
      String body = "{\"query_source\":" + Json.write(ALL_PERSONS);
      assertThat(guarded.postJson("/read", body + "}").statusCode()).isEqualTo(200);
      assertError(guarded.postJson("/read", body + ",\"branch\":\"feature\"}"), 403, "forbidden",
          "policy denied action 'read' on branch 'feature' for actor 'anonymous'");
      // A commit made on feature is governed by feature's rules; one made on main by main's.
      assertError(guarded.postJson("/read",
          body + ",\"snapshot\":\"" + history.withEve() + "\"}"), 403,
          "forbidden", "policy denied action 'read' on branch 'feature' for actor 'anonymous'");
      assertThat(guarded.postJson("/read",
          body + ",\"snapshot\":\"" + history.loaded() + "\"}").statusCode())
          .isEqualTo(200);
      assertThat(seen).extracting(PolicyRequest::branch)
          .containsExactly("main", "feature", "feature", "main");
      assertThat(seen).extracting(p -> p.action().wire()).containsOnly("read");
      // With a policy, an unknown commit is a 404 before authorization.
      seen.clear();
      assertError(guarded.postJson("/read", body + ",\"snapshot\":\"01NOPE\"}"), 404, "not_found",
          "commit '01NOPE' not found");
      assertThat(seen).isEmpty();
    }
  }
}
