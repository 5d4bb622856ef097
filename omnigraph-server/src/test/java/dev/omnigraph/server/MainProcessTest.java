package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.omnigraph.Omnigraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server process (http.md §9): start-up, logging, SIGTERM, exit statuses. */
class MainProcessTest {
  static final Pattern SERVING = Pattern.compile("serving omnigraph uri=(\\S+) bind=(\\S+)");

  @TempDir
  Path dir;

  /** A child JVM running {@link Main} in {@code cwd} with extra environment. */
  static Process launch(Path cwd, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"),
        // The test class path carries logback-test.xml; use the server's production logging.
        "-Dlogback.configurationFile=" + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
        Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("OMNIGRAPH_SERVER_"));
    pb.environment().putAll(env);
    return pb.start();
  }

  /** The output of a child process, complete once {@link #closed} is. */
  record Output(List<String> lines, CompletableFuture<Void> closed) {
    String all() throws Exception {
      closed.get(60, TimeUnit.SECONDS);
      return String.join("\n", lines);
    }
  }

  /** Collects the process output; completes {@code serving} with the base URL once it listens. */
  static Output drain(Process p, CompletableFuture<String> serving) {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            serving.complete("http://" + m.group(2));
          }
        }
      } catch (IOException e) {
        serving.completeExceptionally(e);
      }
      serving.completeExceptionally(new IllegalStateException("exited: " + lines));
      closed.complete(null);
    });
    t.setDaemon(true);
    t.start();
    return new Output(lines, closed);
  }

  @Test
  void servesTheDemoUntilSigtermThenExitsZero() throws Exception {
    Process p = launch(dir, Map.of("OMNIGRAPH_SERVER_BEARER_TOKEN", "tok"), "--demo", "--bind",
        "127.0.0.1:0");
    CompletableFuture<String> serving = new CompletableFuture<>();
    Output out = drain(p, serving);
    String base = serving.get(120, TimeUnit.SECONDS);
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/healthz"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    HttpResponse<String> branches = client.send(HttpRequest.newBuilder(
            URI.create(base + "/branches?secret=hidden")).header("Authorization", "Bearer tok")
        .header("X-Request-Id", "req-42").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(branches.body()).isEqualTo("{\"branches\":[\"main\"]}");
    assertThat(Files.isDirectory(dir.resolve("demo.omni"))).isTrue();

    p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out.all())
        .contains("bearer token authentication enabled source=env-or-file actors=1")
        .contains("created demo graph at ./demo.omni")
        .contains("serving omnigraph uri=demo.omni bind=127.0.0.1:")
        .contains("request_id=req-42 request method=GET path=/branches status=200")
        .contains("actor_id=default")
        .contains("shutdown signal received").contains("stopped")
        .doesNotContain("hidden").doesNotContain("tok\n");
  }

  @Test
  void servesWithTokensFromAFile() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens.json"),
        "{\"act-andrew\": \"token-one\", \"act-ragnor\": \"token-two\"}\n");
    Process p = launch(dir, Map.of("OMNIGRAPH_SERVER_BEARER_TOKENS_FILE", tokens.toString()),
        "--demo", "--bind", "127.0.0.1:0");
    CompletableFuture<String> serving = new CompletableFuture<>();
    Output out = drain(p, serving);
    try {
      String base = serving.get(120, TimeUnit.SECONDS);
      assertThat(get(base + "/branches").statusCode()).isEqualTo(401);
      assertThat(get(base + "/branches", "Authorization", "Bearer nope").statusCode())
          .isEqualTo(401);
      HttpResponse<String> ok = get(base + "/branches", "Authorization", "Bearer token-one");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).isEqualTo("{\"branches\":[\"main\"]}");
      assertThat(get(base + "/commits", "Authorization", "Bearer token-two").statusCode())
          .isEqualTo(200);
    } finally {
      p.toHandle().destroy();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out.all())
        .contains("bearer token authentication enabled source=env-or-file actors=2")
        .contains("path=/branches status=401").contains("actor_id=act-andrew")
        .contains("actor_id=act-ragnor")
        .doesNotContain("authentication is DISABLED").doesNotContain("token-one");
  }

  @Test
  void sigintShutsDownGracefullyAndClosesTheRepository() throws Exception {
    // A child inherits an ignored SIGINT (e.g. under `nohup` or a non-interactive `cmd &`), and the
    // JVM then leaves it ignored: the signal could not reach the server at all.
    assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this environment");
    Process p = launch(dir, Map.of("OMNIGRAPH_SERVER_BEARER_TOKENS_JSON",
        "{\"act-json\":\"json-token\"}"), "--demo", "--bind", "127.0.0.1:0");
    CompletableFuture<String> serving = new CompletableFuture<>();
    Output out = drain(p, serving);
    try {
      String base = serving.get(120, TimeUnit.SECONDS);
      assertThat(get(base + "/snapshot").statusCode()).isEqualTo(401);
      assertThat(get(base + "/snapshot", "Authorization", "Bearer json-token").statusCode())
          .isEqualTo(200);
      Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(kill.exitValue()).isZero();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.toHandle().destroyForcibly();
    }
    assertThat(p.exitValue()).isZero();
    String log = out.all();
    assertThat(log).contains("bearer token authentication enabled source=env-or-file actors=1")
        .contains("actor_id=act-json");
    int signal = log.indexOf("shutdown signal received");
    int closed = log.indexOf("repository closed uri=demo.omni");
    int stopped = log.indexOf("stopped");
    assertThat(signal).isPositive();
    assertThat(closed).isGreaterThan(signal);
    assertThat(stopped).isGreaterThan(closed);
    // Closed cleanly: the repository opens and reads as it was.
    try (Omnigraph graph = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      assertThat(graph.branches()).containsExactly("main");
    }
  }

  /** Whether this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status). */
  private static boolean sigintIgnoredHere() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
      }
    }
    return false;
  }

  private static HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startupFailuresExitOne() throws Exception {
    Process missing = launch(dir, Map.of(), dir.resolve("none.omni").toString());
    assertThat(missing.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(missing.exitValue()).isEqualTo(1);
    assertThat(new String(missing.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("WARN").contains("authentication is DISABLED")
        .contains("error: repository not found at " + dir.resolve("none.omni"));

    Process aws = launch(dir, Map.of("OMNIGRAPH_SERVER_BEARER_TOKENS_AWS_SECRET", "arn:x"), "x");
    assertThat(aws.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(aws.exitValue()).isEqualTo(1);
    assertThat(new String(aws.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("error: OMNIGRAPH_SERVER_BEARER_TOKENS_AWS_SECRET is set but AWS Secrets Manager"
            + " support is not available: ");

    Path emptyFile = Files.writeString(dir.resolve("empty-tokens.json"), "{}");
    Process empty = launch(dir, Map.of("OMNIGRAPH_SERVER_BEARER_TOKENS_FILE", emptyFile.toString()),
        "--demo");
    assertThat(empty.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(empty.exitValue()).isEqualTo(1);
    assertThat(new String(empty.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("error: OMNIGRAPH_SERVER_BEARER_TOKENS_FILE is set but contains no bearer tokens"
            + " (file " + emptyFile + ")")
        .doesNotContain("authentication is DISABLED").doesNotContain("serving omnigraph");
    assertThat(dir.resolve("demo.omni")).doesNotExist();

    Process noUri = launch(dir, Map.of());
    assertThat(noUri.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(noUri.exitValue()).isEqualTo(1);
    assertThat(new String(noUri.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("error: URI must be provided via <URI>, --target, or config");
  }

  @Test
  void usageErrorsExitTwoAndVersionPrints() throws Exception {
    Process bad = launch(dir, Map.of(), "--frobnicate");
    assertThat(bad.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(bad.exitValue()).isEqualTo(2);
    assertThat(new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("error: unknown option --frobnicate").contains("Usage: omnigraph-server");
    Process version = launch(dir, Map.of(), "--version");
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(version.exitValue()).isZero();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("omnigraph-server " + Omnigraph.version() + "\n");
  }
}
