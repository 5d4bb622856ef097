package dev.omnigraph;

import static dev.omnigraph.GraphRows.column;
import static dev.omnigraph.GraphRows.counts;
import static dev.omnigraph.GraphRows.load;
import static dev.omnigraph.GraphRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** expected.md §F.1: load modes on real repositories. */
class LoadModesTest {
  private static final String TEST_GQ = Fixtures.text("test.gq");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Omnigraph g;

  @AfterEach
  void close() {
    if (g != null) {
      g.close();
    }
  }

  private Omnigraph empty(String schema) {
    g = Omnigraph.init(dir.resolve("g.omni").toString(), schema);
    return g;
  }

  /** Setup T: test.pg + test.jsonl (overwrite). */
  private Omnigraph fixtureT() {
    empty(Fixtures.text("test.pg"));
    g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
    return g;
  }

  private List<Object> persons() {
    return column(g, "main", "node:Person", "id");
  }

  /** The JSON rows of a named query of fixtures/test.gq, read at main's head. */
  private String read(String query, String params) {
    try {
      return g.read(ReadTarget.branch("main"), TEST_GQ, query,
          params == null ? null : JSON.readTree(params)).toJsonRows();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(params, e);
    }
  }

  @Test
  @DisplayName("F01 test.jsonl into an empty repo; rows as C62-C64")
  void f01() {
    empty(Fixtures.text("test.pg"));
    LoadResult r = g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
    assertThat(r.nodesLoaded()).isEqualTo(counts("Company", 2, "Person", 4));
    assertThat(r.edgesLoaded()).isEqualTo(counts("Knows", 3, "WorksAt", 2));
    assertThat(r.commitId()).hasSize(26);
    // C62 row counts
    Snapshot s = g.snapshot("main");
    assertThat(s.tables()).extracting(TableState::tableKey, TableState::rowCount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("edge:Knows", 3L),
        org.assertj.core.groups.Tuple.tuple("edge:WorksAt", 2L),
        org.assertj.core.groups.Tuple.tuple("node:Company", 2L),
        org.assertj.core.groups.Tuple.tuple("node:Person", 4L));
    // C63 node ids are the key values, in input order
    assertThat(persons()).containsExactly("Alice", "Bob", "Charlie", "Diana");
    // C64 edge src/dst reference node ids; edge ids are distinct ULIDs
    List<Map<String, Object>> knows = rows(g, "main", "edge:Knows");
    assertThat(knows).extracting(k -> k.get("src") + "->" + k.get("dst"))
        .containsExactly("Alice->Bob", "Alice->Charlie", "Bob->Diana");
    assertThat(knows).extracting(k -> (String) k.get("id")).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[0-9A-HJKMNP-TV-Z]{26}"));
  }

  @Test
  @DisplayName("F02 overwrite replaces only the loaded types; edges may dangle")
  void f02() {
    fixtureT();
    load(g, LoadMode.OVERWRITE, "{\"type\": \"Person\", \"data\": {\"name\": \"Zara\", \"age\": 40}}");
    assertThat(persons()).containsExactly("Zara");
    assertThat(rows(g, "main", "node:Company")).hasSize(2);
    assertThat(rows(g, "main", "edge:Knows")).hasSize(3);
    assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(1);
    // the Knows edges from Alice dangle: a traversal finds no friend, a count sees only Zara
    assertThat(read("friends_of", "{\"name\":\"Alice\"}")).isEqualTo("[]");
    assertThat(read("total_people", null)).isEqualTo("[{\"total\":1}]");
  }

  @Test
  @DisplayName("F03 overwrite then append")
  void f03() {
    empty(Fixtures.text("test.pg"));
    load(g, LoadMode.OVERWRITE, "{\"type\": \"Person\", \"data\": {\"name\": \"Alice\", \"age\": 30}}");
    load(g, LoadMode.APPEND, "{\"type\": \"Person\", \"data\": {\"name\": \"Bob\", \"age\": 25}}");
    assertThat(persons()).containsExactly("Alice", "Bob");
  }

  @Test
  @DisplayName("F04 append: manifest row count is the table total")
  void f04() {
    fixtureT();
    load(g, LoadMode.APPEND, "{\"type\": \"Person\", \"data\": {\"name\": \"Eve\", \"age\": 22}}");
    assertThat(persons()).containsExactly("Alice", "Bob", "Charlie", "Diana", "Eve");
    assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(5);
  }

  @Test
  @DisplayName("F05 strict append of an existing key is a KeyConflict; nothing written")
  void f05() {
    fixtureT();
    RuntimeException e = GraphRows.failsUnchanged(g, () -> load(g, LoadMode.APPEND,
        "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":31}}"));
    assertThat(e).isInstanceOf(KeyConflictException.class)
        .hasMessage("line 1: node type 'Person' already has this id ('Alice')");
    KeyConflictException k = (KeyConflictException) e;
    assertThat(k.typeKey()).isEqualTo("node:Person");
    assertThat(k.entityId()).isEqualTo("Alice");
    assertThat(rows(g, "main", "node:Person").get(0)).containsEntry("age", 30);
    assertThat(read("get_person", "{\"name\":\"Alice\"}"))
        .isEqualTo("[{\"p.name\":\"Alice\",\"p.age\":30}]");
  }

  @Test
  @DisplayName("F06 merge upserts: replaced rows move to the end, in input order")
  void f06() {
    fixtureT();
    LoadResult r = load(g, LoadMode.MERGE,
        "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":31}}",
        "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}");
    assertThat(r.nodesLoaded()).isEqualTo(counts("Person", 2));
    assertThat(r.updated()).containsEntry("node:Person", 1L);
    assertThat(r.inserted()).containsEntry("node:Person", 1L);
    assertThat(rows(g, "main", "node:Person")).extracting(p -> p.get("id") + " " + p.get("age"))
        .containsExactly("Bob 25", "Charlie 35", "Diana 28", "Alice 31", "Eve 22");
    assertThat(rows(g, "main", "edge:Knows")).hasSize(3);
  }

  @Test
  @DisplayName("F06b merge keeps input order when a new id precedes a replaced one")
  void mergeOrderIsInputOrder() {
    fixtureT();
    load(g, LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}",
        "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":31}}");
    assertThat(persons()).containsExactly("Bob", "Charlie", "Diana", "Eve", "Alice");
  }

  @Test
  @DisplayName("F07 merge: properties absent from the input become null")
  void f07() {
    fixtureT();
    load(g, LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Bob\"}}");
    Map<String, Object> bob = rows(g, "main", "node:Person").stream()
        .filter(p -> p.get("id").equals("Bob")).findFirst().orElseThrow();
    assertThat(bob).containsEntry("name", "Bob").containsEntry("age", null);
    assertThat(read("get_person", "{\"name\":\"Bob\"}"))
        .isEqualTo("[{\"p.name\":\"Bob\",\"p.age\":null}]");
  }

  @Test
  @DisplayName("F08 append an edge between existing nodes")
  void f08() {
    fixtureT();
    LoadResult r = load(g, LoadMode.APPEND, "{\"edge\":\"Knows\",\"from\":\"Charlie\",\"to\":\"Diana\"}");
    assertThat(r.edgesLoaded()).isEqualTo(counts("Knows", 1));
    assertThat(rows(g, "main", "edge:Knows")).extracting(k -> k.get("src") + "->" + k.get("dst"))
        .containsExactly("Alice->Bob", "Alice->Charlie", "Bob->Diana", "Charlie->Diana");
    assertThat(read("friends_of", "{\"name\":\"Charlie\"}"))
        .isEqualTo("[{\"f.name\":\"Diana\",\"f.age\":28}]");
  }

  @Test
  @DisplayName("F09 edge type names match case-insensitively")
  void f09() {
    fixtureT();
    LoadResult r = load(g, LoadMode.APPEND, "{\"edge\":\"knows\",\"from\":\"Charlie\",\"to\":\"Diana\"}");
    assertThat(r.edgesLoaded()).isEqualTo(counts("Knows", 1));
    assertThat(rows(g, "main", "edge:Knows")).hasSize(4);
  }

  @Test
  @DisplayName("F10 comment and blank lines are skipped")
  void f10() {
    empty(Fixtures.text("test.pg"));
    LoadResult r = g.load("main", new java.io.StringReader(
        "// people\n\n{\"type\":\"Person\",\"data\":{\"name\":\"Zed\",\"age\":1}}\n   \n"),
        LoadMode.OVERWRITE, null);
    assertThat(r.nodesLoaded()).isEqualTo(counts("Person", 1));
  }

  @Test
  @DisplayName("F11 overwrite with the same data is idempotent")
  void f11() {
    fixtureT();
    LoadResult r = g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
    assertThat(r.nodesLoaded()).isEqualTo(counts("Company", 2, "Person", 4));
    assertThat(r.edgesLoaded()).isEqualTo(counts("Knows", 3, "WorksAt", 2));
    assertThat(persons()).containsExactly("Alice", "Bob", "Charlie", "Diana");
  }

  @Test
  @DisplayName("F12 merge of the same data: edges without ids are appended")
  void f12() {
    fixtureT();
    g.load("main", Fixtures.path("test.jsonl"), LoadMode.MERGE);
    assertThat(persons()).hasSize(4);
    assertThat(rows(g, "main", "edge:Knows")).hasSize(6);
  }

  @Test
  @DisplayName("F13 explicit ids of keyless nodes and edges are kept")
  void f13() {
    empty("node Note { text: String }  edge References: Note -> Note");
    load(g, LoadMode.OVERWRITE, "{\"type\":\"Note\",\"data\":{\"id\":\"note-1\",\"text\":\"Alpha\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"note-2\",\"text\":\"Beta\"}}",
        "{\"edge\":\"References\",\"from\":\"note-1\",\"to\":\"note-2\",\"data\":{\"id\":\"edge-1\"}}");
    assertThat(column(g, "main", "node:Note", "id")).containsExactly("note-1", "note-2");
    assertThat(rows(g, "main", "edge:References")).containsExactly(
        Map.of("id", "edge-1", "src", "note-1", "dst", "note-2"));
  }

  @Test
  @DisplayName("F14 overwrite then merge: upsert existing, insert new")
  void f14() {
    empty(Fixtures.text("test.pg"));
    load(g, LoadMode.OVERWRITE, "{\"type\": \"Person\", \"data\": {\"name\": \"Alice\", \"age\": 30}}",
        "{\"type\": \"Person\", \"data\": {\"name\": \"Bob\", \"age\": 25}}");
    load(g, LoadMode.MERGE, "{\"type\": \"Person\", \"data\": {\"name\": \"Alice\", \"age\": 31}}",
        "{\"type\": \"Person\", \"data\": {\"name\": \"Charlie\", \"age\": 35}}");
    assertThat(rows(g, "main", "node:Person")).extracting(p -> p.get("id") + " " + p.get("age"))
        .containsExactly("Bob 25", "Alice 31", "Charlie 35");
  }

  @Test
  @DisplayName("merge of edges with explicit ids replaces them")
  void mergeReplacesExplicitEdgeIds() {
    empty("node Note { text: String }  edge References: Note -> Note { w: I32? }");
    load(g, LoadMode.OVERWRITE, "{\"type\":\"Note\",\"data\":{\"id\":\"a\",\"text\":\"A\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"b\",\"text\":\"B\"}}",
        "{\"edge\":\"References\",\"from\":\"a\",\"to\":\"b\",\"data\":{\"id\":\"e1\",\"w\":1}}",
        "{\"edge\":\"References\",\"from\":\"b\",\"to\":\"a\",\"data\":{\"id\":\"e2\",\"w\":2}}");
    LoadResult r = load(g, LoadMode.MERGE,
        "{\"edge\":\"References\",\"from\":\"b\",\"to\":\"b\",\"data\":{\"id\":\"e1\",\"w\":3}}");
    assertThat(r.updated()).containsEntry("edge:References", 1L);
    assertThat(rows(g, "main", "edge:References")).extracting(e -> e.get("id") + " " + e.get("w"))
        .containsExactly("e2 2", "e1 3");
  }

  @Test
  @DisplayName("a load into another branch leaves main untouched")
  void loadOnABranch() {
    fixtureT();
    g.createBranch("feature", "main");
    GraphRows.loadOn(g, "feature", LoadMode.MERGE,
        "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}");
    assertThat(column(g, "feature", "node:Person", "id")).contains("Eve").hasSize(5);
    assertThat(persons()).hasSize(4);
  }

  @Test
  @DisplayName("an empty input publishes nothing")
  void emptyInputPublishesNothing() {
    fixtureT();
    Snapshot before = g.snapshot("main");
    LoadResult r = load(g, LoadMode.MERGE, "// nothing", "");
    assertThat(r.commitId()).isNull();
    assertThat(r.nodesLoaded()).isEmpty();
    assertThat(g.snapshot("main")).isEqualTo(before);
  }

  @Test
  @DisplayName("loading into an unknown branch is not found")
  void unknownBranch() {
    fixtureT();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphRows.loadOn(g, "nope",
        LoadMode.MERGE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\"}}"))
        .isInstanceOf(NotFoundException.class).hasMessage("branch 'nope' not found");
  }

  @Test
  @DisplayName("a missing JSONL file is a bad request")
  void missingFile() {
    fixtureT();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.load("main",
        dir.resolve("nope.jsonl"), LoadMode.MERGE))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("not found");
  }
}
