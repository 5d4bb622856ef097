package dev.omnigraph.server;

import static dev.omnigraph.server.ReadSideEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.ExportSelection;
import dev.omnigraph.LoadMode;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.HttpError;
import dev.omnigraph.server.testing.HistoryFixture;
import dev.omnigraph.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /export} (http.md §4.5; expected.md I): NDJSON of a branch head or commit, every
 * check done before the first byte, streamed with flat memory.
 */
class ExportEndpointTest {
  static final String ULID = "[0-9A-HJKMNP-TV-Z]{26}";
  static final List<String> PERSONS = List.of(
      "{\"type\":\"Person\",\"data\":{\"id\":\"Alice\",\"age\":30,\"name\":\"Alice\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Bob\",\"age\":25,\"name\":\"Bob\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Charlie\",\"age\":35,\"name\":\"Charlie\"}}",
      "{\"type\":\"Person\",\"data\":{\"id\":\"Diana\",\"age\":28,\"name\":\"Diana\"}}");
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

  static String engineExport(ReadTarget target, ExportSelection selection) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    history.graph().export(target, selection, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static HttpResponse<String> ndjson(String request) {
    HttpResponse<String> r = history.server().postJson("/export", request);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type"))
        .hasValue("application/x-ndjson; charset=utf-8");
    return r;
  }

  @Test
  @DisplayName("I01 everything on main: edges then nodes, rows by id, the engine's bytes")
  void everythingOnMainAsNdjson() throws Exception {
    HttpResponse<String> r = ndjson("{}");
    assertThat(r.body()).isEqualTo(engineExport(ReadTarget.branch("main"), ExportSelection.all()));
    assertThat(r.body()).endsWith("\n");
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.subList(0, 3)).allMatch(l -> l.matches(
        "\\{\"edge\":\"Knows\",\"from\":\"\\w+\",\"to\":\"\\w+\",\"data\":\\{\"id\":\"" + ULID
            + "\",\"since\":null}}"));
    assertThat(lines.subList(3, 5)).allMatch(l -> l.matches(
        "\\{\"edge\":\"WorksAt\",\"from\":\"\\w+\",\"to\":\"\\w+\",\"data\":\\{\"id\":\"" + ULID
            + "\"}}"));
    assertThat(lines.subList(5, 11)).containsExactly(
        "{\"type\":\"Company\",\"data\":{\"id\":\"Acme\",\"name\":\"Acme\"}}",
        "{\"type\":\"Company\",\"data\":{\"id\":\"Globex\",\"name\":\"Globex\"}}",
        PERSONS.get(0), PERSONS.get(1), PERSONS.get(2), PERSONS.get(3));
    assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
  }

  @Test
  @DisplayName("I02 type_names")
  void typeFilter() {
    assertThat(ndjson("{\"type_names\":[\"Person\"]}").body().lines().toList())
        .isEqualTo(PERSONS);
    assertThat(ndjson("{\"type_names\":[\"Company\"]}").body()).isEqualTo(
        "{\"type\":\"Company\",\"data\":{\"id\":\"Acme\",\"name\":\"Acme\"}}\n"
            + "{\"type\":\"Company\",\"data\":{\"id\":\"Globex\",\"name\":\"Globex\"}}\n");
  }

  @Test
  @DisplayName("I03 table_keys, and the union of both filters")
  void tableKeyFilterAndUnion() throws Exception {
    List<String> worksAt = ndjson("{\"table_keys\":[\"edge:WorksAt\"]}").body().lines().toList();
    assertThat(worksAt).hasSize(2).allMatch(l -> l.startsWith("{\"edge\":\"WorksAt\","));
    assertThat(ndjson("{\"type_names\":[\"Company\"],\"table_keys\":[\"edge:WorksAt\"]}").body())
        .isEqualTo(engineExport(ReadTarget.branch("main"),
            new ExportSelection(List.of("Company"), List.of("edge:WorksAt"))))
        .startsWith("{\"edge\":\"WorksAt\"");
  }

  @Test
  @DisplayName("I08 two exports without writes in between are byte-identical")
  void exportsAreDeterministic() {
    assertThat(ndjson("{}").body()).isEqualTo(ndjson("{\"branch\":\"main\"}").body());
  }

  @Test
  @DisplayName("I13 a commit exports its state; a branch its head")
  void aCommitExportsItsState() {
    assertThat(ndjson("{\"snapshot\":\"" + history.loaded()
        + "\",\"type_names\":[\"Person\"]}").body()
        .lines().toList()).isEqualTo(PERSONS);
    assertThat(ndjson("{\"branch\":\"feature\",\"type_names\":[\"Person\"]}").body().lines())
        .hasSize(5).anyMatch(l -> l.contains("\"Eve\""));
    assertThat(ndjson("{\"snapshot\":\"" + history.withEve()
        + "\",\"table_keys\":[\"node:Person\"]}")
        .body().lines()).hasSize(5);
    // The empty genesis state: 200 with an empty body, headers included.
    assertThat(ndjson("{\"snapshot\":\"" + history.genesis() + "\"}").body()).isEmpty();
  }

  @Test
  @DisplayName("I09-I12 every validation failure is a JSON error before any byte")
  void filterErrorsAreJsonBeforeAnyByte() {
    assertError(history.server().postJson("/export", "{\"type_names\":[\"Robot\"]}"), 400,
        "bad_request",
        "unknown export type 'Robot'");
    assertError(history.server().postJson("/export", "{\"table_keys\":[\"node:Robot\"]}"), 400,
        "bad_request", "unknown export table 'node:Robot'");
    // A valid filter does not hide an invalid one.
    assertError(history.server().postJson("/export",
        "{\"type_names\":[\"Person\"],\"table_keys\":[\"edge:Nope\"]}"), 400, "bad_request",
        "unknown export table 'edge:Nope'");
    assertError(history.server().postJson("/export", "{\"branch\":\"nope\"}"), 404, "not_found",
        "branch 'nope' not found");
    assertError(history.server().postJson("/export", "{\"branch\":\"\"}"), 400, "bad_request",
        "branch name cannot be empty");
    assertError(history.server().postJson("/export", "{\"snapshot\":\"01NOPE\"}"), 404, "not_found",
        "commit '01NOPE' not found");
    assertError(history.server().postJson("/export",
        "{\"branch\":\"main\",\"snapshot\":\"" + history.loaded() + "\"}"),
        400, "bad_request", "export request may specify branch or snapshot, not both");
  }

  @Test
  @DisplayName("403: action export, the branch or the snapshot's branch")
  void policyDenialAndThePolicyBranch() {
    List<PolicyRequest> seen = new CopyOnWriteArrayList<>();
    Authorizer denyFeature = request -> {
      seen.add(request);
      if ("feature".equals(request.branch())) {
        throw new HttpError(403, ErrorCode.FORBIDDEN,
            "policy denied action 'export' on branch 'feature' for actor 'anonymous'");
      }
    };
    try (TestServer guarded = TestServer.start(history.graph(), Map.of(), s -> s, denyFeature)) {
      assertThat(guarded.postJson("/export", "{}").statusCode()).isEqualTo(200);
      assertError(guarded.postJson("/export", "{\"branch\":\"feature\"}"), 403, "forbidden",
          "policy denied action 'export' on branch 'feature' for actor 'anonymous'");
      assertError(guarded.postJson("/export", "{\"snapshot\":\"" + history.withEve() + "\"}"), 403,
          "forbidden", "policy denied action 'export' on branch 'feature' for actor 'anonymous'");
      assertThat(seen).extracting(PolicyRequest::branch)
          .containsExactly("main", "feature", "feature");
      assertThat(seen).extracting(p -> p.action().wire()).containsOnly("export");
    }
  }

  @Test
  void aLargeExportStreamsWithFlatHeap() throws Exception {
    try (Omnigraph big = Omnigraph.init(dir.resolve("big.omni").toString(),
        "node Doc {\n    slug: String @key\n    body: String\n}\n");
        TestServer bigServer = TestServer.start(big)) {
      String body = "x".repeat(1000);
      StringBuilder jsonl = new StringBuilder();
      int rows = 60_000;
      for (int i = 0; i < rows; i++) {
        jsonl.append("{\"type\":\"Doc\",\"data\":{\"slug\":\"d").append(i).append("\",\"body\":\"")
            .append(body).append("\"}}\n");
      }
      big.load("main", new StringReader(jsonl.toString()), LoadMode.MERGE, null);
      jsonl.setLength(0);
      long baseline = usedAfterGc();
      HttpResponse<InputStream> r = bigServer.send(bigServer.request("/export")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
      long total = 0;
      long lines = 0;
      long peak = 0;
      byte[] buf = new byte[64 * 1024];
      try (InputStream in = r.body()) {
        // A slow client: a server that buffered the body would hold most of it by now.
        Thread.sleep(1000);
        peak = usedAfterGc() - baseline;
        // A write during the export: the export keeps reading the snapshot it started with.
        big.load("main", new StringReader("{\"type\":\"Doc\",\"data\":{\"slug\":\"late\","
            + "\"body\":\"written while exporting\"}}\n"), LoadMode.MERGE, null);
        for (int n, reads = 0; (n = in.read(buf)) != -1; reads++) {
          total += n;
          for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
              lines++;
            }
          }
          if (reads % 200 == 0) {
            peak = Math.max(peak, usedAfterGc() - baseline);
          }
        }
      }
      assertThat(lines).isEqualTo(rows);
      assertThat(big.snapshot("main").tables().get(0).rowCount()).isEqualTo(rows + 1);
      assertThat(total).isGreaterThan(60_000_000L);
      // Retained memory while streaming (about one engine batch) stays well below the export size.
      assertThat(peak).isLessThan(total / 2);
    }
  }

  @Test
  @DisplayName("DECISIONS 14: a storage failure after streaming began truncates the transfer")
  void aFailureAfterTheFirstByteTruncatesTheTransfer() throws Exception {
    try (Omnigraph broken = Omnigraph.init(dir.resolve("broken.omni").toString(),
        "node A {\n    slug: String @key\n    body: String\n}\n"
            + "node B {\n    slug: String @key\n}\n");
        TestServer brokenServer = TestServer.start(broken)) {
      String body = "y".repeat(1000);
      StringBuilder jsonl = new StringBuilder();
      for (int i = 0; i < 40_000; i++) {
        jsonl.append("{\"type\":\"A\",\"data\":{\"slug\":\"a").append(i)
            .append("\",\"body\":\"").append(body).append("\"}}\n");
      }
      jsonl.append("{\"type\":\"B\",\"data\":{\"slug\":\"b0\"}}\n");
      broken.load("main", new StringReader(jsonl.toString()), LoadMode.MERGE, null);
      String pathOfB = broken.snapshot("main").tables().stream()
          .filter(t -> t.tableKey().equals("node:B")).findFirst().orElseThrow().path();
      HttpResponse<InputStream> r = brokenServer.send(brokenServer.request("/export")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      // node:A streams first and the server now waits for this client; node:B, exported after
      // it, loses its storage in the meantime.
      deleteRecursively(dir.resolve("broken.omni").resolve(pathOfB));
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      IOException failure = null;
      try (InputStream in = r.body()) {
        in.transferTo(received);
      } catch (IOException e) {
        failure = e;
      }
      assertThat(failure).as("the transfer must end without its terminating chunk").isNotNull();
      String text = received.toString(StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("\"type\":\"B\"").doesNotContain("\"error\"");
      assertThat(text).startsWith("{\"type\":\"A\",\"data\":{\"id\":\"a0\",");
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
