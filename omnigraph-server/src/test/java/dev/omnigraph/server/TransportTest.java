package dev.omnigraph.server;

import static dev.omnigraph.server.ReadSideEndpointsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.http.AccessLog;
import dev.omnigraph.server.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Framework-level behaviour (http.md §2): routing, content types, limits, decoding, request ids. */
class TransportTest {
  static final long LIMIT = 1024;
  @TempDir
  static Path dir;
  static Omnigraph graph;
  static TestServer server;

  @BeforeAll
  static void start() {
    graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    server = TestServer.start(graph, Map.of(), s -> s.withBodyLimit(LIMIT));
  }

  @AfterAll
  static void stop() {
    server.close();
    graph.close();
  }

  @Test
  void unknownPathIsA404ErrorOutput() {
    assertError(server.get("/nope"), 404, "not_found", "no route for GET /nope");
    assertError(server.get("/branches/"), 404, "not_found", "no route for GET /branches/");
  }

  @Test
  void requestsJettyRejectsBeforeRoutingAreErrorOutputsToo() {
    HttpResponse<String> badUri = server.get("/commits/a%00b");
    assertThat(badUri.statusCode()).isEqualTo(400);
    assertThat(badUri.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(badUri.body()).startsWith("{\"error\":\"").endsWith("\"code\":\"bad_request\"}");
    HttpResponse<String> bigHeader = server.get("/healthz", "X-Big", "a".repeat(20_000));
    assertThat(bigHeader.statusCode()).isEqualTo(431);
    assertThat(bigHeader.body()).startsWith("{\"error\":\"").endsWith("\"code\":\"bad_request\"}");
  }

  @Test
  void requestsJettyRejectsCarryARequestIdAndAreLogged() throws IOException {
    Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    Level level = access.getLevel();
    access.setLevel(Level.INFO);
    access.addAppender(lines);
    try {
      // Jetty's parser rejects these before any handler sees their headers, so the id is generated.
      String badUri = rawExchange("GET /commits/%zz?secret=hidden HTTP/1.1\r\nHost: x\r\n"
          + "Connection: close\r\n\r\n");
      assertThat(badUri).startsWith("HTTP/1.1 400 ").contains("\r\nContent-Type: application/json\r\n")
          .endsWith("\"code\":\"bad_request\"}");
      String bigHeader = rawExchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: "
          + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
      assertThat(bigHeader).startsWith("HTTP/1.1 431 ").endsWith("\"code\":\"bad_request\"}");
      String badHeader = rawExchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n"
          + "Connection: close\r\n\r\n");
      assertThat(badHeader).startsWith("HTTP/1.1 400 ").endsWith("\"code\":\"bad_request\"}");

      List<String> ids = List.of(requestId(badUri), requestId(bigHeader), requestId(badHeader));
      assertThat(ids).allSatisfy(id -> assertThat(id).matches("[0-9a-f-]{36}")).doesNotHaveDuplicates();
      List<ILoggingEvent> events = List.copyOf(lines.list);
      assertThat(events).extracting(ILoggingEvent::getLevel).containsOnly(Level.INFO);
      assertThat(events).extracting(e -> e.getMDCPropertyMap().get("request_id"))
          .containsExactlyElementsOf(ids);
      assertThat(events).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
          // The request line itself was rejected: neither method nor path is known.
          m -> assertThat(m).matches("request method=- path=- status=400 duration_ms=\\d+\\.\\d"
              + " actor_id=null"),
          m -> assertThat(m).matches("request method=GET path=/healthz status=431 "
              + "duration_ms=\\d+\\.\\d actor_id=null"),
          m -> assertThat(m).matches("request method=GET path=/healthz status=400 "
              + "duration_ms=\\d+\\.\\d actor_id=null"));
    } finally {
      access.detachAppender(lines);
      access.setLevel(level);
    }
  }

  /** Sends {@code request} on a fresh connection and returns everything the server answers. */
  private static String rawExchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String requestId(String response) {
    Matcher m = Pattern.compile("(?i)\r\nX-Request-Id: ([^\r]*)\r\n").matcher(response);
    assertThat(m.find()).as(response).isTrue();
    return m.group(1);
  }

  @Test
  void wrongMethodIsA405WithAllow() {
    HttpResponse<String> r = server.send(server.request("/branches")
        .method("PUT", HttpRequest.BodyPublishers.noBody()).build());
    assertError(r, 405, "bad_request", "method PUT not allowed for /branches");
    // HEAD is served on every GET route (http.md §2.3), so it is allowed too (as in the reference).
    assertThat(r.headers().firstValue("allow")).hasValue("GET, HEAD");
    HttpResponse<String> onRead = server.send(server.request("/read")
        .method("PUT", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(onRead.headers().firstValue("allow")).hasValue("POST");
    assertError(server.get("/read"), 405, "bad_request", "method GET not allowed for /read");
  }

  @Test
  void optionsIsNotAllowed() {
    HttpResponse<String> r = server.send(server.request("/snapshot")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    assertError(r, 405, "bad_request", "method OPTIONS not allowed for /snapshot");
  }

  @Test
  void postWithoutJsonContentTypeIs415() {
    HttpResponse<String> none = server.send(server.request("/read")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertError(none, 415, "bad_request", "Expected request with `Content-Type: application/json`");
    HttpResponse<String> text = server.send(server.request("/export")
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(text.statusCode()).isEqualTo(415);
  }

  @Test
  void jsonContentTypeVariantsAreAccepted() {
    for (String type : new String[] {"application/json; charset=utf-8", "application/vnd.x+json",
        "Application/JSON"}) {
      HttpResponse<String> r = server.send(server.request("/read").header("Content-Type", type)
          .POST(HttpRequest.BodyPublishers.ofString("{\"query_source\":\"x\",\"branch\":\"a\","
              + "\"snapshot\":\"b\"}")).build());
      assertThat(r.statusCode()).as(type).isEqualTo(400);
    }
  }

  @Test
  void malformedJsonIs400() {
    HttpResponse<String> r = server.postJson("/read", "{\"query_source\":");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).startsWith(
        "{\"error\":\"Failed to parse the request body as JSON: ").endsWith("\"code\":\"bad_request\"}");
    assertThat(server.postJson("/read", "").statusCode()).isEqualTo(400);
    assertThat(server.postJson("/export", "{} trailing").statusCode()).isEqualTo(400);
  }

  @Test
  void wrongShapeIs422() {
    assertShape(server.postJson("/read", "{}"), "query_source");
    assertShape(server.postJson("/read", "{\"query_source\":null}"), "query_source");
    assertShape(server.postJson("/read", "{\"query_source\":42}"), "query_source");
    assertShape(server.postJson("/read", "{\"query_source\":\"q\",\"branch\":7}"), "branch");
    assertShape(server.postJson("/read", "[]"), "");
    assertShape(server.postJson("/export", "{\"type_names\":null}"), "type_names");
    assertShape(server.postJson("/export", "{\"table_keys\":\"node:Person\"}"), "table_keys");
    assertShape(server.postJson("/export", "{\"type_names\":[1]}"), "type_names");
  }

  private static void assertShape(HttpResponse<String> r, String field) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.body()).startsWith(
        "{\"error\":\"Failed to deserialize the JSON body into the target type: ")
        .contains(field).endsWith("\"code\":\"bad_request\"}");
  }

  @Test
  void unknownRequestFieldsAreIgnored() {
    assertError(server.postJson("/read",
            "{\"query_source\":\"q\",\"extra\":1,\"branch\":\"x\",\"snapshot\":\"y\"}"),
        400, "bad_request", "read request may specify branch or snapshot, not both");
  }

  @Test
  void bodyOfExactlyTheLimitIsAcceptedAndOneMoreByteIs413() {
    String exact = padded(LIMIT);
    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize((int) LIMIT);
    assertThat(server.postJson("/export", exact).statusCode()).isNotEqualTo(413);
    HttpResponse<String> over = server.postJson("/export", padded(LIMIT + 1));
    assertError(over, 413, "bad_request",
        "Failed to buffer the request body: length limit exceeded (limit 1024 bytes)");
  }

  @Test
  void chunkedBodyIsCutOffOnceItPassesTheLimit() throws IOException {
    // A chunked body that never ends: the server must answer 413 after LIMIT bytes, not wait for it.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /export HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String chunk = " ".repeat(512);
      for (int i = 0; i < 4; i++) {
        out.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      String response = readHead(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void brokenChunkFramingIsA400() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\nzz\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400")
          .contains("{\"error\":\"Failed to buffer the request body: ");
    }
  }

  @Test
  void declaredLengthOverTheLimitIsRejectedBeforeReading() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void requestIdIsEchoedOrGenerated() {
    HttpResponse<String> echoed = server.get("/healthz", "X-Request-Id", "abc-123");
    assertThat(echoed.headers().firstValue("x-request-id")).hasValue("abc-123");
    HttpResponse<String> generated = server.get("/nope");
    assertThat(generated.headers().firstValue("x-request-id")).hasValueSatisfying(
        id -> assertThat(id).hasSize(36));
    HttpResponse<String> tooLong = server.get("/healthz", "X-Request-Id", "x".repeat(129));
    assertThat(tooLong.headers().firstValue("x-request-id").orElseThrow()).hasSize(36);
  }

  @Test
  void readAndExportRejectBothTargets() {
    assertError(server.postJson("/read",
            "{\"query_source\":\"q\",\"branch\":\"main\",\"snapshot\":\"01X\"}"),
        400, "bad_request", "read request may specify branch or snapshot, not both");
    assertError(server.postJson("/export", "{\"branch\":\"main\",\"snapshot\":\"01X\"}"),
        400, "bad_request", "export request may specify branch or snapshot, not both");
  }

  @Test
  void readAndExportResolveTheirTarget() {
    // A valid query: /read checks the query before it resolves the target (http.md §4.4).
    String query = "{\"query_source\":\"query q() { match { $p: Person } return { $p.name } }\"";
    assertError(server.postJson("/read", query + ",\"branch\":\"nope\"}"),
        404, "not_found", "branch 'nope' not found");
    assertError(server.postJson("/read", query + ",\"snapshot\":\"01NOPE\"}"),
        404, "not_found", "commit '01NOPE' not found");
    assertError(server.postJson("/read", query + ",\"branch\":\"\"}"),
        400, "bad_request", "branch name cannot be empty");
    assertError(server.postJson("/export", "{\"branch\":\" \"}"),
        400, "bad_request", "branch name cannot be empty");
    assertError(server.postJson("/export", "{\"snapshot\":\"01NOPE\"}"),
        404, "not_found", "commit '01NOPE' not found");
  }

  private static String padded(long size) {
    String base = "{\"branch\":\"main\"}";
    return base.substring(0, base.length() - 1) + " ".repeat((int) (size - base.length())) + "}";
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && sb.length() < 200) {
      sb.append((char) c);
      if (sb.toString().endsWith("\r\n")) {
        break;
      }
    }
    return sb.toString();
  }
}
