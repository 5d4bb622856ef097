package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.exec.ReadExecutor;
import dev.omnigraph.exec.ResultRows;
import dev.omnigraph.exec.store.GraphCache;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.plan.PhysicalPlanner;
import dev.omnigraph.testing.Fixtures;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads see one snapshot: time travel by commit id, and reads racing writes (engine.md §2). */
class ReadSnapshotTest {
  private static final String ALL_PERSONS = "query all_persons() { match { $p: Person } "
      + "return { $p.name, $p.age } order { $p.name asc } }";
  private static final String TEST_GQ = Fixtures.text("test.gq");

  @TempDir
  Path dir;

  @Test
  @DisplayName("G20–G22: a read at an older commit sees that commit's rows and edges")
  void timeTravel() {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve("g"), OmnigraphOptions.defaults())) {
      String s0 = g.snapshot("main").commit().graphCommitId();
      g.load("main", new StringReader("""
          {"type":"Person","data":{"name":"Eve","age":22}}
          {"edge":"Knows","from":"Eve","to":"Alice"}
          """), LoadMode.APPEND, null);
      ReadTarget before = ReadTarget.commit(s0);
      ReadTarget head = ReadTarget.branch("main");
      assertThat(g.read(before, ALL_PERSONS, null, Map.of()).toJsonRows()).isEqualTo(
          "[{\"p.name\":\"Alice\",\"p.age\":30},{\"p.name\":\"Bob\",\"p.age\":25},"
          + "{\"p.name\":\"Charlie\",\"p.age\":35},{\"p.name\":\"Diana\",\"p.age\":28}]");
      assertThat(g.read(head, ALL_PERSONS, null, Map.of()).rowCount()).isEqualTo(5);
      assertThat(g.read(before, TEST_GQ, "get_person", Map.of("name", "Eve")).rowCount()).isZero();
      assertThat(g.read(head, TEST_GQ, "get_person", Map.of("name", "Eve")).toJsonRows())
          .isEqualTo("[{\"p.name\":\"Eve\",\"p.age\":22}]");
      assertThat(g.read(before, TEST_GQ, "friends_of", Map.of("name", "Alice")).toJsonRows())
          .isEqualTo("[{\"f.name\":\"Bob\",\"f.age\":25},{\"f.name\":\"Charlie\",\"f.age\":35}]");
      assertThat(g.read(head, TEST_GQ, "friends_of", Map.of("name", "Eve")).toJsonRows())
          .isEqualTo("[{\"f.name\":\"Alice\",\"f.age\":30}]");
      PreparedRead prepared = g.prepare(TEST_GQ, "friends_of");
      assertThat(prepared.run(before, Map.of("name", "Eve")).rowCount()).isZero();
      assertThat(prepared.run(head, Map.of("name", "Eve")).rowCount()).isOne();
      assertThatThrownBy(() -> g.read(ReadTarget.commit("01ZZZZZZZZZZZZZZZZZZZZZZZZ"), ALL_PERSONS,
          null, Map.of())).isInstanceOf(NotFoundException.class)
          .hasMessage("commit '01ZZZZZZZZZZZZZZZZZZZZZZZZ' not found");
    }
  }

  @Test
  @DisplayName("a snapshot without a type's table (a type added later) has no such nodes or edges")
  void typeWithoutTable() {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve("g"), OmnigraphOptions.defaults())) {
      GraphSnapshot head = g.repository().resolve(ReadTarget.branch("main"));
      CommitRecord c = head.commit();
      TreeMap<String, TableEntry> tables = new TreeMap<>(c.tables());
      tables.remove("node:Company");
      tables.remove("edge:Knows");
      GraphSnapshot older = new GraphSnapshot(head.branch(), new CommitRecord(c.graphCommitId(),
          c.manifestBranch(), c.manifestVersion(), c.parentCommitId(), c.parentManifestVersion(),
          c.mergedParentCommitId(), c.mergedParentManifestVersion(), c.actorId(), c.createdAt(),
          c.operation(), c.schemaIrHash(), tables), head.schema());
      // without Company every WorksAt edge dangles: everyone is unemployed, nobody employed
      for (String q : new String[] {"unemployed", "friends_of", "employees_of"}) {
        PreparedQuery prepared = QueryFile.parse(TEST_GQ).prepareRead(head.schema().catalog(), q,
            new ObjectMapper().valueToTree(Map.of("name", "Alice", "company", "Acme")));
        ResultRows rows = ReadExecutor.run(PhysicalPlanner.plan(prepared.read()), older,
            prepared.params(), 0, new TableData(g.repository().store(), new GraphCache(1 << 20)));
        assertThat(rows.rows()).as(q).hasSize(q.equals("unemployed") ? 4 : 0);
      }
    }
  }

  @Test
  @DisplayName("a read during concurrent writes sees the old or the new head, never a mix")
  void readsRacingWrites() throws Exception {
    String orphans = "query orphans() { match { $p: Person  not { $x knows $p } } "
        + "return { count($p) as n } }";
    String linked = "query linked() { match { $r: Person { name: \"root\" }  $r knows $p } "
        + "return { count($p) as edges } }";
    String persons = "query persons() { match { $p: Person } return { count($p) as n } }";
    Path path = dir.resolve("race");
    try (Omnigraph writer = ReadFixtures.graph(path, ReadFixtures.CHAIN_PG,
        "{\"type\":\"Person\",\"data\":{\"name\":\"root\"}}\n", OmnigraphOptions.defaults());
         Omnigraph cached = Omnigraph.open(path.toString());
         Omnigraph uncached = Omnigraph.open(path.toString(),
             OmnigraphOptions.defaults().withCacheBytes(0))) {
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<Integer> writes = pool.submit(() -> {
          int n = 0;
          for (; n < 25; n++) {
            // each commit adds a person and the edge that links it, in two tables at once
            writer.load("main", List.of(LoadRecord.node("Person", Map.of("name", "p" + n)),
                LoadRecord.edge("Knows", "root", "p" + n, Map.of())), LoadMode.APPEND, null);
          }
          done.set(true);
          return n;
        });
        List<Future<Integer>> reads = List.of(
            pool.submit(() -> readUntil(cached, done, orphans, linked, persons)),
            pool.submit(() -> readUntil(uncached, done, orphans, linked, persons)));
        assertThat(writes.get(120, TimeUnit.SECONDS)).isEqualTo(25);
        for (Future<Integer> r : reads) {
          assertThat(r.get(120, TimeUnit.SECONDS)).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Reads until the writer is done; every snapshot has exactly one person without a knower. */
  private static int readUntil(Omnigraph g, AtomicBoolean done, String orphans, String linked,
      String persons) {
    int reads = 0;
    long lastPersons = 0;
    do {
      assertThat(g.read(ReadTarget.branch("main"), orphans, null, Map.of()).toJsonRows())
          .isEqualTo("[{\"n\":1}]");
      QueryResult count = g.read(ReadTarget.branch("main"), persons, null, Map.of());
      long n = (Long) count.get(0, 0);
      assertThat(n).isGreaterThanOrEqualTo(lastPersons);
      lastPersons = n;
      long edges = (Long) g.read(ReadTarget.branch("main"), linked, null, Map.of()).get(0, 0);
      assertThat(edges).isGreaterThanOrEqualTo(n - 1);
      reads++;
    } while (!done.get());
    return reads;
  }
}
