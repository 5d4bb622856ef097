package dev.omnigraph.server.bench;

import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.Omnigraph;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Server benchmarks (targets on the project's 2-core machine):
 * <ul>
 *   <li>point {@code POST /read} throughput and p99 latency with 16 concurrent keep-alive clients
 *       on a graph of 100,000 Person nodes {pid (key), name, age, city (one of 50), bio} and
 *       500,000 random Knows edges (≥ 2,000 reads/s, p99 ≤ 20 ms);</li>
 *   <li>cold start of {@code bin/omnigraph-server} on that existing repository: process start to
 *       the first 200 from {@code /healthz} (≤ 3 s).</li>
 * </ul>
 * The server is the real launcher in its own process (its JVM flags, INFO access log written to a
 * file); the clients run in this JVM and talk to 127.0.0.1 only. Each figure is the median of
 * {@link #RUNS} runs; every request's status is checked and the first response of each query is
 * compared with the expected row.
 *
 * <p>Run (check {@code uptime} first: the machine should be quiet):
 * {@code mvn -q -B -o -pl omnigraph-server -am test-compile} then
 * {@code mvn -q -B -o -pl omnigraph-server exec:exec -Dbench=ServerBench}. The graph is built once
 * under {@code omnigraph-server/target/serverbench} and reused by later runs.
 */
public final class ServerBench {
  static final int CLIENTS = 16;
  static final int RUNS = 3;
  static final int PERSONS = 100_000;
  static final int EDGES = 500_000;
  static final int CITIES = 50;
  static final Duration WARMUP = Duration.ofSeconds(10);
  static final Duration RUN_WARMUP = Duration.ofSeconds(2);
  static final Duration MEASURE = Duration.ofSeconds(15);

  static final String SCHEMA = """
      node Person {
          pid: String @key
          name: String
          age: I32
          city: String
          bio: String
      }
      edge Knows: Person -> Person
      """;

  static final String QUERIES = """
      query point($k: String) {
          match { $p: Person { pid: $k } }
          return { $p.name, $p.age, $p.city }
      }
      query hop1($k: String) {
          match { $p: Person { pid: $k }  $p knows $f }
          return { $f.name }
      }
      """;

  /** One measured result. */
  record Result(double perSecond, double p50Millis, double p99Millis, long requests) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target", "serverbench").toAbsolutePath();
    Path repo = dir.resolve("graph-v1");
    if (!Files.exists(dir.resolve("graph-v1.done"))) {
      build(repo.toString());
      Files.writeString(dir.resolve("graph-v1.done"), "ok");
    }
    System.out.println("load before: " + uptime());
    Path launcher = Path.of("..", "bin", "omnigraph-server").toAbsolutePath().normalize();
    run(new ProcessBuilder(launcher.toString(), "--version")); // builds the jars if needed

    coldStart(launcher, repo, dir.resolve("coldstart.log"));

    int port = freePort();
    Process server = new ProcessBuilder(launcher.toString(), repo.toString(), "--bind",
        "127.0.0.1:" + port).redirectErrorStream(true)
        .redirectOutput(dir.resolve("server.log").toFile()).start();
    try {
      awaitHealthy(server, URI.create("http://127.0.0.1:" + port + "/healthz"));
      Random rnd = new Random(7);
      String point = "{\"query_source\":" + json(QUERIES) + ",\"query_name\":\"point\","
          + "\"params\":{\"k\":\"p%d\"}}";
      String hop1 = point.replace("\"point\"", "\"hop1\"");
      check(port, String.format(point, 42),
          ",\"rows\":[{\"p.name\":\"" + name(42) + "\",\"p.age\":" + age(42) + ",\"p.city\":\"city"
              + (42 * 13 % CITIES) + "\"}]}");
      series(port, "GET /healthz (HTTP stack only)", "GET", "/healthz", i -> null);
      series(port, "POST /read point lookup by key", "POST", "/read",
          i -> String.format(point, rnd.nextInt(PERSONS)));
      series(port, "POST /read 1-hop names", "POST", "/read",
          i -> String.format(hop1, rnd.nextInt(PERSONS)));
    } finally {
      server.toHandle().destroy(); // SIGTERM: graceful
      server.waitFor(60, TimeUnit.SECONDS);
    }
    System.out.println("load after: " + uptime());
  }

  /** Process start of the launcher (already built) to the first 200 from /healthz; 5 runs. */
  static void coldStart(Path launcher, Path repo, Path log) throws Exception {
    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      int port = freePort();
      URI health = URI.create("http://127.0.0.1:" + port + "/healthz");
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(launcher.toString(), repo.toString(), "--bind",
          "127.0.0.1:" + port).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
      awaitHealthy(p, health);
      millis[i] = (System.nanoTime() - t0) / 1_000_000;
      p.toHandle().destroy();
      p.waitFor(60, TimeUnit.SECONDS);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("cold start to first 200 /healthz: median %d ms (runs %s)%n",
        sorted[sorted.length / 2], Arrays.toString(millis));
  }

  /** A warm-up, then {@link #RUNS} measured runs; prints each and the medians. */
  static void series(int port, String label, String method, String path,
      IntFunction<String> body) throws Exception {
    measure(port, method, path, body, WARMUP);
    List<Result> results = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      measure(port, method, path, body, RUN_WARMUP);
      results.add(measure(port, method, path, body, MEASURE));
    }
    double[] rate = results.stream().mapToDouble(Result::perSecond).sorted().toArray();
    double[] p50 = results.stream().mapToDouble(Result::p50Millis).sorted().toArray();
    double[] p99 = results.stream().mapToDouble(Result::p99Millis).sorted().toArray();
    System.out.printf("%s, %d clients: median %.0f req/s, p50 %.2f ms, p99 %.2f ms%n", label,
        CLIENTS, rate[RUNS / 2], p50[RUNS / 2], p99[RUNS / 2]);
    for (Result r : results) {
      System.out.printf("    run: %.0f req/s, p50 %.2f ms, p99 %.2f ms (%d requests)%n",
          r.perSecond(), r.p50Millis(), r.p99Millis(), r.requests());
    }
  }

  /**
   * {@link #CLIENTS} clients, each with its own connection, sending requests back to back for
   * {@code duration}; every status must be 200.
   */
  static Result measure(int port, String method, String path, IntFunction<String> body,
      Duration duration) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<Exception> failure = new AtomicReference<>();
    long[][] latencies = new long[CLIENTS][];
    int[] counts = new int[CLIENTS];
    CountDownLatch done = new CountDownLatch(CLIENTS);
    CountDownLatch connected = new CountDownLatch(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    for (int c = 0; c < CLIENTS; c++) {
      latencies[c] = new long[1_000_000];
      int client = c;
      Thread t = new Thread(() -> {
        try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
          connected.countDown();
          go.await();
          int i = 0;
          while (running.get()) {
            byte[] request;
            synchronized (body) { // the generator's Random is shared
              request = http.request(method, path, body.apply(i++));
            }
            long t0 = System.nanoTime();
            int status = http.exchange(request, false);
            long elapsed = System.nanoTime() - t0;
            if (status != 200) {
              throw new IllegalStateException("status " + status);
            }
            if (counts[client] < latencies[client].length) {
              latencies[client][counts[client]++] = elapsed;
            }
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        } finally {
          connected.countDown();
          done.countDown();
        }
      }, "client-" + c);
      t.setDaemon(true);
      t.start();
    }
    connected.await();
    long t0 = System.nanoTime();
    go.countDown();
    Thread.sleep(duration.toMillis());
    running.set(false);
    double seconds = (System.nanoTime() - t0) / 1e9;
    done.await(60, TimeUnit.SECONDS);
    if (failure.get() != null) {
      throw new IllegalStateException("a client failed", failure.get());
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < CLIENTS; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(total / seconds, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
        total);
  }

  /** One request whose body must end with {@code expectedTail}. */
  static void check(int port, String body, String expectedTail) throws Exception {
    try (KeepAliveClient http = new KeepAliveClient("127.0.0.1", port)) {
      int status = http.exchange(http.request("POST", "/read", body), true);
      if (status != 200 || !http.lastBody().endsWith(expectedTail)) {
        throw new IllegalStateException("unexpected response " + status + ": " + http.lastBody());
      }
    }
  }

  /** Builds the graph: nodes, then edges, each one load (in-memory records). */
  static void build(String uri) {
    Random rnd = new Random(42);
    long t0 = System.nanoTime();
    try (Omnigraph g = Omnigraph.init(uri, SCHEMA)) {
      List<LoadRecord> nodes = new AbstractList<>() {
        @Override
        public LoadRecord get(int i) {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("pid", "p" + i);
          data.put("name", name(i));
          data.put("age", age(i));
          data.put("city", "city" + (i * 13 % CITIES));
          data.put("bio", "Bio of person " + i + ": likes graphs, tables and long walks.");
          return LoadRecord.node("Person", data);
        }

        @Override
        public int size() {
          return PERSONS;
        }
      };
      g.load("main", nodes, LoadMode.OVERWRITE, null);
      List<LoadRecord> edges = new ArrayList<>(EDGES);
      for (int e = 0; e < EDGES; e++) {
        edges.add(LoadRecord.edge("Knows", "p" + rnd.nextInt(PERSONS), "p" + rnd.nextInt(PERSONS),
            Map.of()));
      }
      g.load("main", edges, LoadMode.APPEND, null);
    }
    System.out.printf("built the graph in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  static String name(int i) {
    return "person-" + Integer.toString(i * 7919 % PERSONS, 36);
  }

  static int age(int i) {
    return 18 + (i * 31 % 60);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static void awaitHealthy(Process p, URI health) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!ok(client, health)) {
      if (!p.isAlive()) {
        throw new IllegalStateException("server exited with " + p.exitValue());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("server did not become healthy");
      }
      Thread.sleep(10);
    }
  }

  private static boolean ok(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(500)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  private static String uptime() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void run(ProcessBuilder pb) throws Exception {
    Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .directory(new File(".")).start();
    if (p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() != 0) {
      throw new IllegalStateException("launcher failed: " + pb.command());
    }
  }
}
