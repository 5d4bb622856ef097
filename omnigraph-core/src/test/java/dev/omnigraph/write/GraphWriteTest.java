package dev.omnigraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.table.TableSchemas;
import dev.omnigraph.testing.ArrowRows;
import dev.omnigraph.testing.Fixtures;
import dev.omnigraph.util.Failpoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One write operation per test: lineage choice, publish, isolation, races, repair. */
class GraphWriteTest {
  @TempDir Path dir;
  Repository repo;

  @AfterEach
  void close() {
    Failpoints.reset();
    if (repo != null) {
      repo.close();
    }
  }

  private Repository init(boolean writeQueue) {
    repo = Repository.init(dir.resolve("g").toString(), Fixtures.text("test.pg"),
        OmnigraphOptions.defaults().withWriteQueue(writeQueue));
    return repo;
  }

  private ArrowReader persons(Repository r, String... names) {
    var schema = TableSchemas.node(r.schema().catalog().node("Person"));
    return ArrowRows.of(r.store().allocator(), schema, Arrays.stream(names)
        .map(n -> Map.<String, Object>of("id", n, "name", n, "age", 30)).toList());
  }

  private CommitRecord insert(Repository r, String branch, String... names) {
    try (GraphWrite w = GraphWrite.begin(r, branch, null, "load")) {
      w.table("node:Person").stage(persons(r, names));
      return w.commit().orElseThrow();
    }
  }

  private long persons(String branch) {
    return repo.resolve(ReadTarget.branch(branch)).entry("node:Person").rows();
  }

  @Test
  void aWritePublishesOneCommitAndOpenSnapshotsKeepTheirView() {
    init(true);
    GraphSnapshot before = repo.resolve(ReadTarget.branch("main"));
    CommitRecord c = insert(repo, "main", "Alice", "Bob");
    assertThat(c.parentCommitId()).isEqualTo(before.commit().graphCommitId());
    assertThat(c.operation()).isEqualTo("load");
    TableEntry person = c.table("node:Person");
    assertThat(person.rows()).isEqualTo(2);
    assertThat(person.version()).isGreaterThan(before.entry("node:Person").version());
    assertThat(c.table("node:Company")).isEqualTo(before.entry("node:Company"));
    assertThat(before.entry("node:Person").rows()).isZero(); // snapshots are immutable values
    assertThat(repo.commits("main")).extracting(CommitRecord::graphCommitId)
        .containsExactly(before.commit().graphCommitId(), c.graphCommitId());
    assertThat(repo.resolve(ReadTarget.commit(before.commit().graphCommitId()))
        .entry("node:Person").rows()).isZero();
  }

  @Test
  void aWriteThatChangesNothingPublishesNothing() {
    init(true);
    long v = repo.state().version();
    try (GraphWrite w = GraphWrite.begin(repo, "main", null, "load")) {
      w.table("node:Person");
      assertThat(w.commit()).isEmpty();
    }
    assertThat(repo.state().version()).isEqualTo(v);
  }

  @Test
  void aFailureBeforePublishLeavesTheHeadAndTheNextWriteRepairs() {
    init(true);
    insert(repo, "main", "Alice");
    String head = repo.resolve(ReadTarget.branch("main")).commit().graphCommitId();
    Failpoints.arm("write.before_publish", 1, () -> {
      throw new IllegalStateException("simulated crash");
    });
    assertThatThrownBy(() -> insert(repo, "main", "Ghost"))
        .hasMessage("simulated crash");
    Failpoints.reset();
    repo.close();
    repo = Repository.open(dir.resolve("g").toString(), OmnigraphOptions.defaults());
    assertThat(repo.resolve(ReadTarget.branch("main")).commit().graphCommitId()).isEqualTo(head);
    assertThat(persons("main")).isEqualTo(1);
    CommitRecord next = insert(repo, "main", "Bob"); // the orphan version is repaired, not blocking
    assertThat(next.table("node:Person").rows()).isEqualTo(2);
  }

  /**
   * Writers that race on one table of one branch (no in-process queue): exactly one wins, and the
   * history gains exactly its commit, on top of the previous head.
   */
  @Test
  void racingWritersOfOneTableHaveExactlyOneWinner() throws Exception {
    init(false);
    insert(repo, "main", "Base");
    int writers = 6;
    for (int round = 0; round < Integer.getInteger("omnigraph.raceRounds", 10); round++) {
      long base = persons("main");
      List<CommitRecord> historyBefore = repo.commits("main");
      CyclicBarrier start = new CyclicBarrier(writers);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<Optional<CommitRecord>>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String name = "r" + round + "w" + i;
        results.add(pool.submit(() -> {
          try (GraphWrite w = GraphWrite.begin(repo, "main", null, "load")) {
            start.await();
            w.table("node:Person").stage(persons(repo, name, name + "b"));
            return Optional.of(w.commit().orElseThrow());
          } catch (ManifestConflictException e) {
            assertThat(e.tableKey()).isEqualTo("node:Person");
            return Optional.empty();
          }
        }));
      }
      List<CommitRecord> winners = new ArrayList<>();
      for (Future<Optional<CommitRecord>> f : results) {
        f.get().ifPresent(winners::add);
      }
      pool.shutdown();
      assertThat(winners).as("round %d winners", round).hasSize(1);
      assertThat(persons("main")).isEqualTo(base + 2);
      List<CommitRecord> history = repo.commits("main");
      assertThat(history).as("round %d: one commit more", round).hasSize(historyBefore.size() + 1);
      assertThat(history.subList(0, historyBefore.size())).isEqualTo(historyBefore);
      CommitRecord added = history.get(history.size() - 1);
      assertThat(added.graphCommitId()).isEqualTo(winners.get(0).graphCommitId());
      assertThat(added.parentCommitId())
          .isEqualTo(historyBefore.get(historyBefore.size() - 1).graphCommitId());
    }
  }

  @Test
  void writersOfDifferentTablesBothWin() throws Exception {
    init(false);
    var company = TableSchemas.node(repo.schema().catalog().node("Company"));
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Optional<CommitRecord>> a = pool.submit(() -> {
      try (GraphWrite w = GraphWrite.begin(repo, "main", null, "load")) {
        start.await();
        w.table("node:Person").stage(persons(repo, "Alice"));
        return w.commit();
      }
    });
    Future<Optional<CommitRecord>> b = pool.submit(() -> {
      try (GraphWrite w = GraphWrite.begin(repo, "main", null, "load")) {
        start.await();
        w.table("node:Company").stage(ArrowRows.of(repo.store().allocator(), company,
            List.of(Map.of("id", "Acme", "name", "Acme"))));
        return w.commit();
      }
    });
    assertThat(a.get()).isPresent();
    assertThat(b.get()).isPresent();
    pool.shutdown();
    GraphSnapshot s = repo.resolve(ReadTarget.branch("main"));
    assertThat(s.entry("node:Person").rows()).isEqualTo(1);
    assertThat(s.entry("node:Company").rows()).isEqualTo(1);
    assertThat(repo.commits("main")).hasSize(3);
  }

  @Test
  void theWriteQueueLetsSameTableWritersAllSucceedInOrder() throws Exception {
    init(true);
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<CommitRecord>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String name = "q" + i;
      results.add(pool.submit(() -> insert(repo, "main", name)));
    }
    for (Future<CommitRecord> f : results) {
      f.get();
    }
    pool.shutdown();
    assertThat(persons("main")).isEqualTo(writers);
  }

  @Test
  void aBranchForksATableOnItsFirstWriteAndLeavesMainAlone() {
    init(true);
    insert(repo, "main", "Alice");
    repo.createBranch("feature", "main");
    CommitRecord c = insert(repo, "feature", "Bob");
    TableEntry person = c.table("node:Person");
    assertThat(person.owner()).isEqualTo("feature");
    assertThat(person.lineage()).startsWith("f");
    assertThat(person.rows()).isEqualTo(2);
    assertThat(c.table("edge:Knows").owner()).isNull();
    assertThat(persons("main")).isEqualTo(1);
    CommitRecord again = insert(repo, "feature", "Carol"); // owned now: same lineage
    assertThat(again.table("node:Person").lineage()).isEqualTo(person.lineage());
    assertThat(persons("feature")).isEqualTo(3);
    assertThat(repo.commits("feature")).hasSize(4); // genesis, main's load, two on feature
  }
}
