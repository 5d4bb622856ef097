package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.testing.Fixtures;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips (semantics.md §13): load a fixture, export, load the export into a fresh repository
 * with the same schema (every mode), export again: byte-identical. Also the commit history loads
 * leave behind.
 */
class LoadExportRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"test", "search", "signals", "context"})
  void fixtureRoundTripsByteForByte(String fixture) {
    String schema = Fixtures.text(fixture + ".pg");
    try (Omnigraph g = Omnigraph.init(dir.resolve("a").toString(), schema)) {
      g.load("main", Fixtures.path(fixture + ".jsonl"), LoadMode.OVERWRITE);
      String first = GraphRows.export(g);
      assertThat(first).isNotEmpty();
      for (LoadMode mode : LoadMode.values()) {
        try (Omnigraph copy = Omnigraph.init(dir.resolve("b-" + mode).toString(), schema)) {
          copy.load("main", new StringReader(first), mode, null);
          assertThat(GraphRows.export(copy)).as(mode.toString()).isEqualTo(first);
        }
      }
    }
  }

  @Test
  @DisplayName("C68 signals fixture loads; Company ids include aws and openai")
  void c68() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("s").toString(), Fixtures.text("signals.pg"))) {
      g.load("main", Fixtures.path("signals.jsonl"), LoadMode.OVERWRITE);
      assertThat(GraphRows.column(g, "main", "node:Company", "id")).contains("aws", "openai");
    }
  }

  @Test
  @DisplayName("each load is one commit with operation load and its actor, oldest first")
  void loadsLeaveOneCommitEach() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("h").toString(), Fixtures.text("test.pg"))) {
      String genesis = g.snapshot("main").id();
      LoadResult first = g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
      LoadResult second = g.load("main", new StringReader(
          "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}"), LoadMode.APPEND, "act-eve");
      List<Commit> history = g.commits("main");
      assertThat(history).extracting(Commit::graphCommitId)
          .containsExactly(genesis, first.commitId(), second.commitId());
      assertThat(history.get(2).parentCommitId()).isEqualTo(first.commitId());
      assertThat(history.get(1).actorId()).isNull();
      assertThat(g.commit(second.commitId()).actorId()).isEqualTo("act-eve");
      assertThat(g.commit(second.commitId()).manifestVersion())
          .isGreaterThan(g.commit(first.commitId()).manifestVersion());
      assertThat(g.snapshot("main").id()).isEqualTo(second.commitId());
      assertThat(g.repository().commit(second.commitId()).operation()).isEqualTo("load");
    }
  }

  @Test
  @DisplayName("a failed load adds no commit")
  void failedLoadAddsNoCommit() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("f").toString(), Fixtures.text("test.pg"))) {
      g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
      List<Commit> before = g.commits("main");
      GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.MERGE,
          "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":\"x\"}}"));
      assertThat(g.commits("main")).isEqualTo(before);
      // a later load succeeds on top (the abandoned staged files never block anyone)
      GraphRows.load(g, LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":5}}");
      assertThat(g.commits("main")).hasSize(before.size() + 1);
    }
  }
}
