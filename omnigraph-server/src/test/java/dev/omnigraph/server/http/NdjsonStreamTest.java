package dev.omnigraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streaming NDJSON bodies: chunked, lazily committed, aborted on late failures, back-pressured. */
class NdjsonStreamTest {
  static final byte[] LINE = "{\"type\":\"Person\",\"data\":{\"id\":\"x\"}}\n"
      .getBytes(StandardCharsets.UTF_8);
  static final AtomicLong written = new AtomicLong();
  static final AtomicBoolean writerBlocked = new AtomicBoolean();
  static Javalin app;

  @BeforeAll
  static void start() {
    app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/lines", ctx -> {
        NdjsonStream body = new NdjsonStream(ctx);
        for (int i = 0; i < 3; i++) {
          body.write(LINE);
        }
        body.finish();
      });
      c.routes.get("/empty", ctx -> new NdjsonStream(ctx).finish());
      c.routes.get("/late-failure", ctx -> {
        NdjsonStream body = new NdjsonStream(ctx);
        body.write(LINE);
        body.flush();
        body.abort(new IOException("storage failed mid-export"));
      });
      c.routes.get("/endless", ctx -> {
        NdjsonStream body = new NdjsonStream(ctx);
        try {
          while (written.get() < 1L << 32) {
            body.write(LINE);
            written.addAndGet(LINE.length);
          }
        } catch (IOException e) {
          writerBlocked.set(true); // the client went away while the writer waited
        }
      });
    }).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void linesAreStreamedChunkedWithTheNdjsonContentType() throws IOException {
    String response = exchange("/lines");
    assertThat(response).startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Content-Type: application/x-ndjson;")
        .containsIgnoringCase("Transfer-Encoding: chunked")
        .endsWith("0\r\n\r\n");
    assertThat(response.split("\\{\"type\"", -1)).hasSize(4);
  }

  @Test
  void anEmptyStreamIsAnEmptyOkBody() throws IOException {
    String response = exchange("/empty");
    assertThat(response).startsWith("HTTP/1.1 200")
        .containsIgnoringCase("Content-Type: application/x-ndjson;");
    assertThat(response).endsWith("\r\n\r\n0\r\n\r\n");
  }

  @Test
  void aLateFailureTruncatesTheTransfer() throws IOException {
    String response = exchange("/late-failure");
    assertThat(response).startsWith("HTTP/1.1 200").contains("{\"type\":\"Person\"")
        .doesNotEndWith("0\r\n\r\n");
  }

  @Test
  void aSlowClientBlocksTheWriterInsteadOfFillingMemory() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setReceiveBufferSize(64 * 1024);
      OutputStream out = socket.getOutputStream();
      out.write("GET /endless HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      in.read(new byte[1024]); // the headers have arrived; now stop reading
      long previous = -1;
      for (int i = 0; i < 50 && written.get() != previous; i++) {
        previous = written.get();
        Thread.sleep(200);
      }
      // Only socket buffers and Jetty's output buffer hold what the client has not read.
      assertThat(written.get()).isEqualTo(previous).isLessThan(32L << 20);
    }
  }

  /** A keep-alive exchange read up to the terminating chunk or the end of the connection. */
  private String exchange(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      StringBuilder sb = new StringBuilder();
      for (int c; !sb.toString().endsWith("\r\n0\r\n\r\n") && (c = in.read()) != -1; ) {
        sb.append((char) c);
      }
      return sb.toString();
    }
  }
}
