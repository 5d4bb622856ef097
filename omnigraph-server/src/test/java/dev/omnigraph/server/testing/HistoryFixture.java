package dev.omnigraph.server.testing;

import dev.omnigraph.LoadMode;
import dev.omnigraph.Omnigraph;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * A served {@code test.pg} repository with three points in its history, for time-travel tests:
 * the genesis commit (empty graph), main after loading {@code test.jsonl}, and a branch
 * {@code feature} off that with Eve (22) added. Closing it stops the server and closes the graph.
 *
 * @param graph the open repository
 * @param server an unauthenticated server over {@code graph}
 * @param genesis commit id of the empty graph
 * @param loaded commit id of main after the load
 * @param withEve commit id of {@code feature} with Eve
 */
public record HistoryFixture(Omnigraph graph, TestServer server, String genesis, String loaded,
    String withEve) implements AutoCloseable {
  /** Creates the repository at {@code dir} and serves it. */
  public static HistoryFixture serve(Path dir) {
    Omnigraph graph = TestServer.fixtureGraph(dir);
    String genesis = graph.snapshot("main").id();
    graph.load("main", new StringReader(TestServer.resource("fixtures/test.jsonl")),
        LoadMode.OVERWRITE, null);
    String loaded = graph.snapshot("main").id();
    graph.createBranch("feature", "main");
    graph.load("feature", new StringReader(
        "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}\n"), LoadMode.MERGE, null);
    String withEve = graph.snapshot("feature").id();
    return new HistoryFixture(graph, TestServer.start(graph), genesis, loaded, withEve);
  }

  @Override
  public void close() {
    server.close();
    graph.close();
  }
}
