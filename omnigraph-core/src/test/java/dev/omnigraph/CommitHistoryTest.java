package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.testing.Fixtures;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * expected.md §G.3: commit history through the API ({@code commits(branch)}, {@code commit(id)}).
 *
 * <p>The cases' steps use the mutation {@code insert_person {"name":"Eve","age":22}}; mutations do
 * not exist yet, so each such step is a load of the same person in append mode here — a load is
 * one commit on its branch exactly like a mutation (engine.md §3.2).
 */
class CommitHistoryTest {
  private static final String EVE = "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}";
  private static final String TEST_GQ = Fixtures.text("test.gq");

  @TempDir Path dir;
  Omnigraph g;

  /** Setup T: test.pg, test.jsonl loaded in overwrite mode on main. */
  @BeforeEach
  void setUpT() {
    g = ReadFixtures.testGraph(dir.resolve("g.omni"), OmnigraphOptions.defaults());
  }

  @AfterEach
  void close() {
    g.close();
  }

  /** insert_person Eve 22 on a branch, as a load (append) with an actor. */
  private LoadResult insertEve(String branch, String actor) {
    return g.load(branch, new StringReader(EVE), LoadMode.APPEND, actor);
  }

  private static long micros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  @Test
  @DisplayName("G40 commits(main): oldest → newest, parents chain from genesis to the head")
  void g40() {
    long before = micros();
    LoadResult eve = insertEve("main", null);
    long after = micros();
    List<Commit> commits = g.commits("main");

    // init (genesis), the setup load, the Eve load
    assertThat(commits).hasSize(3);
    Commit genesis = commits.get(0);
    assertThat(genesis.parentCommitId()).isNull();
    assertThat(commits.get(2).graphCommitId()).isEqualTo(eve.commitId());
    assertThat(commits.get(2)).isEqualTo(g.snapshot("main").commit()); // last = head
    assertThat(commits.get(2).createdAt()).as("created_at: µs since the epoch, at publish")
        .isBetween(before, after);
    for (int i = 1; i < commits.size(); i++) {
      assertThat(commits.get(i).parentCommitId()).as("parent of commit %d", i)
          .isEqualTo(commits.get(i - 1).graphCommitId());
      assertThat(commits.get(i).manifestVersion()).as("manifest version of commit %d", i)
          .isGreaterThan(commits.get(i - 1).manifestVersion());
    }
    assertThat(commits).allSatisfy(c -> {
      assertThat(c.graphCommitId()).matches("[0-9A-HJKMNP-TV-Z]{26}");
      assertThat(c.mergedParentCommitId()).isNull();
      assertThat(c.manifestBranch()).isNull(); // made on main
      assertThat(c.actorId()).isNull(); // local writes without an actor
    });
    assertThat(commits).extracting(Commit::graphCommitId).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("G40 a write's actor is recorded on its commit; reading the history writes nothing")
  void actorIsRecorded() {
    insertEve("main", "act-ragnor");
    List<Commit> commits = g.commits("main");

    assertThat(commits).extracting(Commit::actorId).containsExactly(null, null, "act-ragnor");
    assertThat(g.commits("main")).isEqualTo(commits);
  }

  @Test
  @DisplayName("G41 commit(id) is the commits(main) element, for every commit")
  void g41() {
    insertEve("main", "act-ragnor");
    List<Commit> commits = g.commits("main");

    Commit last = commits.get(commits.size() - 1);
    assertThat(g.commit(last.graphCommitId())).isEqualTo(last);
    Commit load = commits.get(1); // the setup load: neither genesis nor head
    assertThat(g.commit(load.graphCommitId())).isEqualTo(load);
    assertThat(g.commit(commits.get(0).graphCommitId())).isEqualTo(commits.get(0));
  }

  @Test
  @DisplayName("G42 commit(NOPE) is not found")
  void g42() {
    assertThatThrownBy(() -> g.commit("NOPE"))
        .isInstanceOf(NotFoundException.class).hasMessage("commit 'NOPE' not found");
  }

  @Test
  @DisplayName("G43 commits(feature): main's commits up to the fork, then the feature commit")
  void g43() {
    List<Commit> mainAtFork = g.commits("main");
    g.createBranch("feature", "main");
    assertThat(g.commits("main")).as("creating a branch writes no commit").isEqualTo(mainAtFork);
    assertThat(g.commits("feature")).as("a new branch's history is its source's")
        .isEqualTo(mainAtFork);

    LoadResult eve = insertEve("feature", "act-ragnor");
    List<Commit> feature = g.commits("feature");

    assertThat(feature).hasSize(mainAtFork.size() + 1);
    assertThat(feature.subList(0, mainAtFork.size())).isEqualTo(mainAtFork);
    Commit onFeature = feature.get(feature.size() - 1);
    assertThat(onFeature.graphCommitId()).isEqualTo(eve.commitId());
    assertThat(onFeature.manifestBranch()).isEqualTo("feature");
    assertThat(onFeature.parentCommitId())
        .isEqualTo(mainAtFork.get(mainAtFork.size() - 1).graphCommitId());
    assertThat(onFeature.mergedParentCommitId()).isNull();
    assertThat(onFeature.actorId()).isEqualTo("act-ragnor");
    assertThat(onFeature).isEqualTo(g.snapshot("feature").commit());
    // main is untouched (G02/G03): same history, no Eve
    assertThat(g.commits("main")).isEqualTo(mainAtFork);
    assertThat(g.read(ReadTarget.branch("main"), TEST_GQ, "get_person",
        Map.of("name", "Eve")).toJsonRows()).isEqualTo("[]");
    assertThat(g.read(ReadTarget.branch("feature"), TEST_GQ, "get_person",
        Map.of("name", "Eve")).toJsonRows())
        .isEqualTo("[{\"p.name\":\"Eve\",\"p.age\":22}]");
  }

  @Test
  @DisplayName("G43 commit(id) finds a branch-only commit; later main commits stay off the branch")
  void branchCommitLookupAndIsolation() {
    g.createBranch("feature", "main");
    LoadResult onFeature = insertEve("feature", null);
    LoadResult onMain = g.load("main", new StringReader(
        "{\"type\":\"Person\",\"data\":{\"name\":\"Frank\",\"age\":41}}"), LoadMode.APPEND, null);

    Commit found = g.commit(onFeature.commitId());
    assertThat(found.manifestBranch()).isEqualTo("feature");
    assertThat(found).isEqualTo(g.commits("feature").get(g.commits("feature").size() - 1));
    assertThat(g.commits("feature")).extracting(Commit::graphCommitId)
        .doesNotContain(onMain.commitId());
    assertThat(g.commits("main")).extracting(Commit::graphCommitId)
        .doesNotContain(onFeature.commitId())
        .endsWith(onMain.commitId());
    // both branches share the inherited commits and then diverge from the same parent
    Commit mainHead = g.commit(onMain.commitId());
    assertThat(mainHead.parentCommitId()).isEqualTo(found.parentCommitId());
    assertThat(mainHead.manifestBranch()).isNull();
  }

  @Test
  @DisplayName("commits of an unknown branch: not found")
  void unknownBranch() {
    assertThatThrownBy(() -> g.commits("nope"))
        .isInstanceOf(NotFoundException.class).hasMessage("branch 'nope' not found");
  }
}
