package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import dev.omnigraph.server.config.ServerSettings;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting and stopping a server: binding failures, and graceful stop that drains in-flight
 * requests within the grace period and refuses new ones (http.md §9.4).
 */
class ServerLifecycleTest {
  static final String BODY = "{\"query_source\":\"q\",\"branch\":\"a\",\"snapshot\":\"b\"}";

  @TempDir
  Path dir;

  @Test
  void inFlightRequestCompletesAndNewConnectionsAreRefused() throws Exception {
    try (Omnigraph graph = TestServer.fixtureGraph(dir.resolve("repo.omni"))) {
      TestServer server = TestServer.start(graph, Map.of(),
          s -> s.withShutdownGrace(Duration.ofSeconds(20)));
      int port = server.port();
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        out.write(("POST /read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, 10);
        out.flush();
        Thread.sleep(300); // the request is now being handled, its body half read

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(500);
        assertThat(stopping).isNotDone();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
            .isInstanceOf(ConnectException.class);

        out.write(body, 10, body.length - 10);
        out.flush();
        String response = new String(socket.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        assertThat(response).startsWith("HTTP/1.1 400")
            .contains("read request may specify branch or snapshot, not both");
        stopping.get();
      }
    }
  }

  @Test
  void graceIsBounded() throws Exception {
    try (Omnigraph graph = TestServer.fixtureGraph(dir.resolve("repo.omni"))) {
      TestServer server = TestServer.start(graph, Map.of(),
          s -> s.withShutdownGrace(Duration.ofSeconds(1)));
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        stall(socket);
        long start = System.nanoTime();
        server.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
      }
    }
  }

  @Test
  void anAddressInUseFailsTheStart() throws Exception {
    try (Omnigraph graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> TestServer.start(graph, Map.of(),
          s -> new ServerSettings(s.uri(), false, "127.0.0.1", taken.getLocalPort(),
              s.bodyLimitBytes(), true, s.shutdownGrace())))
          .hasRootCauseInstanceOf(java.net.BindException.class);
    }
  }

  @Test
  void storageFailuresAre500Internal() throws Exception {
    Omnigraph graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
    String head = graph.snapshot("main").commit().graphCommitId();
    try (TestServer server = TestServer.start(graph)) {
      graph.close(); // every storage access of the engine now fails
      for (HttpResponse<String> r : List.of(server.get("/snapshot"),
          server.postJson("/read", "{\"query_source\":\"query q() { match { $p: Person }"
              + " return { $p.name } }\"}"),
          server.postJson("/export", "{}"), server.get("/branches"),
          server.get("/commits"), server.get("/commits?branch=main"),
          server.get("/commits/" + head))) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).startsWith("{\"error\":\"storage: ")
            .endsWith("\"code\":\"internal\"}").doesNotContain("\\tat ");
      }
      // GET /schema reads the stored source file, not the tables: make that file unreadable.
      Path schemaFile = dir.resolve("repo.omni").resolve("_schema.pg");
      Files.delete(schemaFile);
      Files.createDirectory(schemaFile);
      HttpResponse<String> schema = server.get("/schema");
      assertThat(schema.statusCode()).as(schema.body()).isEqualTo(500);
      assertThat(schema.body())
          .isEqualTo("{\"error\":\"io: cannot read _schema.pg: Is a directory\",\"code\":\"internal\"}");
    }
  }

  /** Starts a request whose body never arrives. */
  private static void stall(Socket socket) throws IOException, InterruptedException {
    OutputStream out = socket.getOutputStream();
    out.write(("POST /read HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    Thread.sleep(300);
  }
}
