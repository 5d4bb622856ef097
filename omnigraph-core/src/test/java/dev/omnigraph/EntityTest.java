package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Omnigraph#entity}: one row by id from a table in a snapshot, as a JSON object of all its
 * columns (engine.md §2.4 {@code entity_at_target}; expected.md C.6).
 */
class EntityTest {
  private static final ReadTarget MAIN = ReadTarget.branch("main");

  @TempDir
  Path dir;

  private static LoadResult load(Omnigraph g, String jsonl, LoadMode mode) {
    return g.load("main", new StringReader(jsonl), mode, null);
  }

  @Test
  @DisplayName("C66: entity `node:Flagged` `alpha` has typed JSON members id, active, rating")
  void c66TypedJsonValues() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(),
        "node Flagged { slug: String @key  active: Bool  rating: I32? }")) {
      load(g, "{\"type\":\"Flagged\",\"data\":{\"slug\":\"alpha\",\"active\":true,\"rating\":42}}",
          LoadMode.OVERWRITE);

      assertThat(g.entity(MAIN, "node:Flagged", "alpha"))
          .contains("{\"id\":\"alpha\",\"active\":true,\"rating\":42,\"slug\":\"alpha\"}");
    }
  }

  @Test
  @DisplayName("C67: a nullable vector reads back as null, a set one as its array")
  void c67NullableVectors() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(),
        "node Doc { slug: String @key  embedding: Vector(2)? }")) {
      load(g, """
          {"type":"Doc","data":{"slug":"a"}}
          {"type":"Doc","data":{"slug":"b","embedding":[1.0,2.0]}}
          """, LoadMode.OVERWRITE);

      assertThat(g.entity(MAIN, "node:Doc", "a"))
          .contains("{\"id\":\"a\",\"embedding\":null,\"slug\":\"a\"}");
      assertThat(g.entity(MAIN, "node:Doc", "b"))
          .contains("{\"id\":\"b\",\"embedding\":[1.0,2.0],\"slug\":\"b\"}");
    }
  }

  @Test
  @DisplayName("every column type is encoded as in query results; blobs are null")
  void valuesAsInQueryResults() {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("g"), ReadOperatorsTest.TYPES_PG,
        ReadOperatorsTest.TYPES_JSONL, OmnigraphOptions.defaults())) {
      String t1 = "{\"id\":\"t1\",\"at\":\"2024-02-29T11:45:00.500Z\",\"big\":9007199254740993,"
          + "\"day\":\"2024-02-29\",\"file\":null,\"n\":7,\"ok\":true,\"ratio\":1.1,\"score\":0.1,"
          + "\"slug\":\"t1\",\"status\":\"open\",\"tags\":[\"a\",\"b\"],\"vec\":[0.1,0.2,0.3]}";
      assertThat(g.entity(MAIN, "node:Thing", "t1")).contains(t1);
      assertThat(g.entity(MAIN, "node:Thing", "t2")).hasValueSatisfying(row -> assertThat(row)
          .contains("\"big\":18446744073709551615", "\"tags\":[\"b\",null]", "\"vec\":null"));
      assertThat(g.entity(MAIN, "node:Thing", "\uD83D\uDE00")).contains("{\"id\":\"\uD83D\uDE00\","
          + "\"at\":null,\"big\":null,\"day\":null,\"file\":null,\"n\":null,\"ok\":null,"
          + "\"ratio\":null,\"score\":null,\"slug\":\"\uD83D\uDE00\",\"status\":null,\"tags\":null,"
          + "\"vec\":null}");
      // the same encoding as a query projecting the values
      assertThat(g.read(MAIN, "query q() { match { $t: Thing { slug: \"t1\" } } return { $t.at, "
          + "$t.ratio, $t.vec } }", null, java.util.Map.of()).toJsonRows())
          .isEqualTo("[{\"t.at\":\"2024-02-29T11:45:00.500Z\",\"t.ratio\":1.1,"
              + "\"t.vec\":[0.1,0.2,0.3]}]");
    }
  }

  @Test
  @DisplayName("edge rows carry id, src and dst; an unknown id is empty, quotes in ids are literal")
  void edgesAndMissingIds() {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve("g"), OmnigraphOptions.defaults())) {
      String edgeId = GraphRows.rows(g, "main", "edge:Knows").stream()
          .filter(r -> r.get("src").equals("Bob")).findFirst().orElseThrow().get("id").toString();

      assertThat(g.entity(MAIN, "edge:Knows", edgeId))
          .contains("{\"id\":\"" + edgeId + "\",\"src\":\"Bob\",\"dst\":\"Diana\",\"since\":null}");
      assertThat(g.entity(MAIN, "node:Person", "Nobody")).isEmpty();
      assertThat(g.entity(MAIN, "node:Person", "Alice' OR id <> '")).isEmpty();
      load(g, "{\"type\":\"Person\",\"data\":{\"name\":\"O'Brien\",\"age\":41}}", LoadMode.MERGE);
      assertThat(g.entity(MAIN, "node:Person", "O'Brien"))
          .contains("{\"id\":\"O'Brien\",\"age\":41,\"name\":\"O'Brien\"}");
      assertThat(g.entity(MAIN, "node:Company", "Alice")).isEmpty();
    }
  }

  @Test
  @DisplayName("a commit target reads the row as that commit left it; a branch its own head")
  void timeTravelAndBranches() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(),
        "node Flagged { slug: String @key  active: Bool  rating: I32? }")) {
      String first = load(g, "{\"type\":\"Flagged\",\"data\":{\"slug\":\"alpha\",\"active\":true}}",
          LoadMode.OVERWRITE).commitId();
      g.createBranch("feature", "main");
      load(g, "{\"type\":\"Flagged\",\"data\":{\"slug\":\"alpha\",\"active\":false,\"rating\":7}}",
          LoadMode.MERGE);

      assertThat(g.entity(ReadTarget.commit(first), "node:Flagged", "alpha"))
          .contains("{\"id\":\"alpha\",\"active\":true,\"rating\":null,\"slug\":\"alpha\"}");
      assertThat(g.entity(ReadTarget.branch("feature"), "node:Flagged", "alpha"))
          .isEqualTo(g.entity(ReadTarget.commit(first), "node:Flagged", "alpha"));
      assertThat(g.entity(MAIN, "node:Flagged", "alpha"))
          .contains("{\"id\":\"alpha\",\"active\":false,\"rating\":7,\"slug\":\"alpha\"}");
    }
  }

  @Test
  @DisplayName("unknown table key, branch or commit: typed errors")
  void errors() {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve("g"), OmnigraphOptions.defaults())) {
      for (String key : new String[] {"node:Nope", "edge:Person", "node:knows", "Person", ""}) {
        assertThatThrownBy(() -> g.entity(MAIN, key, "Alice")).as(key)
            .isInstanceOf(NotFoundException.class)
            .hasMessage("table '" + key + "' not found");
      }
      assertThatThrownBy(() -> g.entity(ReadTarget.branch("nope"), "node:Person", "Alice"))
          .isInstanceOf(NotFoundException.class).hasMessage("branch 'nope' not found");
      assertThatThrownBy(() -> g.entity(ReadTarget.commit("01NOPE"), "node:Person", "Alice"))
          .isInstanceOf(NotFoundException.class).hasMessage("commit '01NOPE' not found");
      assertThatThrownBy(() -> g.entity(ReadTarget.branch(" "), "node:Person", "Alice"))
          .isInstanceOf(BadRequestException.class).hasMessage("branch name cannot be empty");
      Optional<String> alice = g.entity(MAIN, "node:Person", "Alice");
      assertThat(alice).contains("{\"id\":\"Alice\",\"age\":30,\"name\":\"Alice\"}");
    }
  }
}
