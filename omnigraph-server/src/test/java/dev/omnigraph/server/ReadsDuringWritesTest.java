package dev.omnigraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.LoadResult;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.http.Json;
import dev.omnigraph.server.testing.TestServer;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads never wait for writes (http.md §8): a read pins the published head and runs while a write
 * of the same branch, through the same {@link Omnigraph}, is in progress. The write is held open
 * deterministically: its input blocks on a latch after more than one batch of rows, so it has
 * its branch's write turn and staged data files but has not published.
 */
class ReadsDuringWritesTest {
  /** Rows before the input blocks: more than one 8,192-row batch, so data files are staged. */
  static final int BEFORE_BLOCK = 10_000;
  static final String PERSONS = "{\"query_source\":"
      + Json.write("query persons() { match { $p: Person } return { $p.name } }") + "}";
  static final String P0 = "{\"query_source\":" + Json.write("query p($name: String) {"
      + " match { $p: Person { name: $name } } return { $p.name, $p.age } }")
      + ",\"params\":{\"name\":\"p0\"}}";

  @TempDir
  Path dir;

  @Test
  void aReadCompletesAndSeesThePublishedHeadWhileAWriteIsInProgress() throws Exception {
    try (Omnigraph graph = TestServer.fixtureGraph(dir.resolve("repo.omni"));
        TestServer server = TestServer.start(graph)) {
      graph.load("main", new StringReader(TestServer.resource("fixtures/test.jsonl")),
          LoadMode.OVERWRITE, null);
      String head = graph.snapshot("main").id();
      CountDownLatch blocked = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<LoadResult> write = CompletableFuture.supplyAsync(() -> graph.load("main",
          () -> new BlockingRecords(blocked, release), LoadMode.MERGE, "writer"));
      try {
        assertThat(blocked.await(120, TimeUnit.SECONDS)).as("the write reached its block").isTrue();
        assertThat(write).isNotDone();

        // Each request would time out (and fail the test) if reads waited for the write.
        JsonNode persons = ok(server, post(server, "/read", PERSONS));
        assertThat(persons.get("row_count").asInt()).isEqualTo(4);
        assertThat(ok(server, post(server, "/read", P0)).get("row_count").asInt()).isZero();
        JsonNode snapshot = ok(server, get(server, "/snapshot"));
        assertThat(snapshot.get("manifest_version").asLong())
            .isEqualTo(graph.snapshot("main").manifestVersion());
        assertThat(personRows(snapshot)).isEqualTo(4);
        assertThat(ok(server, get(server, "/commits")).get("commits")).hasSize(2);
        assertThat(graph.snapshot("main").id()).isEqualTo(head);
        assertThat(write).as("the write is still held open").isNotDone();
      } finally {
        release.countDown();
      }

      LoadResult loaded = write.get(120, TimeUnit.SECONDS);
      assertThat(loaded).isNotNull();
      // The write is published: the next read sees it.
      assertThat(ok(server, post(server, "/read", P0)).get("row_count").asInt()).isEqualTo(1);
      assertThat(personRows(ok(server, get(server, "/snapshot")))).isEqualTo(4 + BEFORE_BLOCK + 1);
      assertThat(ok(server, get(server, "/commits")).get("commits")).hasSize(3);
    }
  }

  private static long personRows(JsonNode snapshot) {
    for (JsonNode t : snapshot.get("tables")) {
      if (t.get("table_key").asText().equals("node:Person")) {
        return t.get("row_count").asLong();
      }
    }
    throw new AssertionError("no node:Person table in " + snapshot);
  }

  private static HttpRequest get(TestServer server, String path) {
    return server.request(path).timeout(Duration.ofSeconds(60)).GET().build();
  }

  private static HttpRequest post(TestServer server, String path, String json) {
    return server.request(path).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static JsonNode ok(TestServer server, HttpRequest request) throws Exception {
    HttpResponse<String> r = server.send(request);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  /**
   * {@link #BEFORE_BLOCK} Person records, then (signalling {@code blocked}) a wait for
   * {@code release}, then one more record.
   */
  private static final class BlockingRecords implements Iterator<LoadRecord> {
    private final CountDownLatch blocked;
    private final CountDownLatch release;
    private int next;

    BlockingRecords(CountDownLatch blocked, CountDownLatch release) {
      this.blocked = blocked;
      this.release = release;
    }

    @Override
    public boolean hasNext() {
      if (next == BEFORE_BLOCK) {
        blocked.countDown();
        try {
          if (!release.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return next <= BEFORE_BLOCK;
    }

    @Override
    public LoadRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int i = next++;
      return LoadRecord.node("Person", Map.of("name", "p" + i, "age", i % 90));
    }
  }
}
