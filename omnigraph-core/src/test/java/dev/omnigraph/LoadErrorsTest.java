package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * expected.md §F.2 and §F.3: every bad input is rejected with its exact message, and the graph is
 * exactly as before (same head, byte-identical export); the good inputs of the same cases load.
 */
class LoadErrorsTest {
  private static final String TEST_PG = "@test.pg";
  private static final String PERSON = "{\"type\": \"Person\", \"data\": {\"name\": \"Alice\", \"age\": 30}}";
  private static final String ACME = "{\"type\": \"Company\", \"data\": {\"name\": \"Acme\"}}";
  private static final String CARD = "node Person { name: String @key }  node Company { name: String @key }"
      + "  edge WorksAt: Person -> Company @card(0..1)";

  @TempDir Path dir;
  Omnigraph g;

  @AfterEach
  void close() {
    if (g != null) {
      g.close();
    }
  }

  /**
   * One case: schema (inline, or {@code @fixture.pg}), setup loads (each an overwrite unless it is
   * the test.jsonl fixture marker {@code T}), the input and mode, and the expected outcome.
   *
   * @param exact    the exact message, or null
   * @param contains fragments the message must contain (when {@code exact} is null)
   * @param kind     the exception type
   */
  record Case(String id, String schema, List<List<String>> setup, List<String> input, LoadMode mode,
      Class<? extends RuntimeException> kind, String exact, List<String> contains) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Case bad(String id, String schema, List<List<String>> setup, List<String> input,
      String exact) {
    return new Case(id, schema, setup, input, LoadMode.OVERWRITE, LoadException.class, exact, List.of());
  }

  static Case badContaining(String id, String schema, List<String> input, String... fragments) {
    return new Case(id, schema, List.of(), input, LoadMode.OVERWRITE, LoadException.class, null,
        List.of(fragments));
  }

  static Stream<Case> badInputs() {
    return Stream.of(
        // F.2 shape errors
        badContaining("F20 invalid JSON", TEST_PG, List.of(
            "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":22}}",
            "{\"type\": \"Person\", \"data\": {\"name\": \"X\""), "invalid JSON on line 2"),
        bad("F21 unknown node type", TEST_PG, List.of(), List.of("{\"type\":\"Robot\",\"data\":{}}"),
            "line 1: unknown node type 'Robot'"),
        bad("F22 unknown edge type", TEST_PG, List.of(),
            List.of("", "{\"edge\":\"Likes\",\"from\":\"Alice\",\"to\":\"Bob\"}"),
            "line 2: unknown edge type 'Likes'"),
        bad("F23 edge without from", TEST_PG, List.of(), List.of("{\"edge\":\"Knows\",\"to\":\"Bob\"}"),
            "line 1: edge missing 'from'"),
        bad("F24 edge without to", TEST_PG, List.of(), List.of("{\"edge\":\"Knows\",\"from\":\"Alice\"}"),
            "line 1: edge missing 'to'"),
        bad("F25 neither type nor edge", TEST_PG, List.of(), List.of("{\"foo\":1}"),
            "line 1: expected 'type' or 'edge' field"),
        // F.3 validation errors
        bad("F30 dangling dst", TEST_PG, List.of(), List.of("", PERSON, ACME,
            "{\"edge\": \"Knows\", \"from\": \"Alice\", \"to\": \"NonExistent\"}"),
            "line 4: edge Knows row 1: dst 'NonExistent' not found in Person"),
        bad("F31 dangling src", TEST_PG, List.of(), List.of("", PERSON, ACME,
            "{\"edge\": \"WorksAt\", \"from\": \"Ghost\", \"to\": \"Acme\"}"),
            "line 4: edge WorksAt row 1: src 'Ghost' not found in Person"),
        new Case("F32 append edge to a missing node", TEST_PG, List.of(List.of("T")),
            List.of("{\"edge\":\"Knows\",\"from\":\"Alice\",\"to\":\"Zed\"}"), LoadMode.APPEND,
            LoadException.class, "line 1: edge Knows row 1: dst 'Zed' not found in Person", List.of()),
        bad("F33 @range max", "node Person { name: String @key  age: I32?  @range(age, 0..200) }",
            List.of(), List.of("{\"type\": \"Person\", \"data\": {\"name\": \"Old\", \"age\": 300}}"),
            "line 1: @range violation on Person.age: value 300 > max 200"),
        bad("F35 @range float max", "node Measurement { name: String @key  temperature: F64?"
                + "  @range(temperature, 0.0..100.0) }", List.of(),
            List.of("{\"type\": \"Measurement\", \"data\": {\"name\": \"hot\", \"temperature\": 150.5}}"),
            "line 1: @range violation on Measurement.temperature: value 150.5 > max 100"),
        bad("F37 @range negative min", "node Measurement { name: String @key  temperature: F64?"
                + "  @range(temperature, -40.0..60.0) }",
            List.of(List.of("{\"type\": \"Measurement\", \"data\": {\"name\": \"cold\", \"temperature\": -20.0}}")),
            List.of("{\"type\": \"Measurement\", \"data\": {\"name\": \"arctic\", \"temperature\": -50.0}}"),
            "line 1: @range violation on Measurement.temperature: value -50 < min -40"),
        bad("F39 @range ..N is a maximum",
            "node Person { name: String @key  age: I32?  @range(age, ..120) }", List.of(),
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"A\",\"age\":130}}"),
            "line 1: @range violation on Person.age: value 130 > max 120"),
        bad("F40 @check", "node Order { code: String @key  @check(code, \"^[A-Z]{3}-[0-9]+$\") }",
            List.of(), List.of("{\"type\": \"Order\", \"data\": {\"code\": \"invalid\"}}"),
            "line 1: @check violation on Order.code: value 'invalid' does not match pattern"
                + " '^[A-Z]{3}-[0-9]+$'"),
        badContaining("F42 @check matches the whole value",
            "node Order { code: String @key  @check(code, \"[A-Z]+\") }",
            List.of("{\"type\":\"Order\",\"data\":{\"code\":\"abcXYZ\"}}"), "@check violation on Order.code"),
        bad("F45 duplicate key in the input", TEST_PG, List.of(), List.of(
            "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":30}}",
            "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":31}}"),
            "line 2: @unique violation on Person.name: value 'Alice' appears in rows 0 and 1"),
        badContaining("F46 missing key", TEST_PG, List.of("{\"type\":\"Person\",\"data\":{\"age\":5}}"),
            "node Person missing @key property 'name'"),
        badContaining("F47 explicit id differs from the key", TEST_PG,
            List.of("{\"type\":\"Person\",\"data\":{\"id\":\"X\",\"name\":\"Eve\"}}"),
            "node Person has explicit id 'X' that does not match @key property 'name' value 'Eve'"),
        badContaining("F48 I32 out of range", TEST_PG,
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":3000000000}}"),
            "value 3000000000 out of range for I32 property", "age"),
        badContaining("F49 fractional number for I32", TEST_PG,
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":3.5}}"),
            "value 3.5 is not an integer for I32 property"),
        badContaining("F51 string for I32", TEST_PG,
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":\"old\"}}"),
            "property 'age' expects", "got string"),
        badContaining("F52 vector dimension", "@search.pg",
            List.of("{\"type\":\"Doc\",\"data\":{\"slug\":\"x\",\"title\":\"t\",\"body\":\"b\","
                + "\"embedding\":[0.1,0.2]}}"),
            "vector property 'embedding' expects 4 dimensions, got 2"),
        badContaining("F53 enum value", "@signals.pg",
            List.of("{\"type\":\"Company\",\"data\":{\"slug\":\"hsbc\",\"name\":\"HSBC\",\"sector\":\"bank\"}}"),
            "invalid enum value 'bank' for Company.sector (expected: chipmaker, hyperscaler, investor,"
                + " lab, startup)"),
        badContaining("F54 required property", "@signals.pg",
            List.of("{\"type\":\"Company\",\"data\":{\"slug\":\"hsbc\",\"sector\":\"investor\"}}"),
            "non-nullable property 'name'"),
        badContaining("F55 bad base64 blob", "node Document { title: String @key  content: Blob? }",
            List.of("{\"type\":\"Document\",\"data\":{\"title\":\"a\",\"content\":\"base64:!!\"}}"),
            "invalid base64 blob data"),
        bad("F56 enum", "node Person { name: String @key  role: enum(admin, guest, member) }", List.of(),
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"role\":\"superadmin\"}}"),
            "line 1: invalid enum value 'superadmin' for Person.role (expected: admin, guest, member)"),
        bad("F57 @range", "node Person { name: String @key  age: I32?  @range(age, 0..120) }", List.of(),
            List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":250}}"),
            "line 1: @range violation on Person.age: value 250 > max 120"),
        bad("F58 @unique within the input",
            "node User { name: String @key  email: String?  @unique(email) }", List.of(), List.of(
                "{\"type\":\"User\",\"data\":{\"name\":\"Alice\",\"email\":\"dup@example.com\"}}",
                "{\"type\":\"User\",\"data\":{\"name\":\"Bob\",\"email\":\"dup@example.com\"}}"),
            "line 2: @unique violation on User.email: value 'dup@example.com' appears in rows 0 and 1"),
        new Case("F59 @unique against a stored row",
            "node User { name: String @key  email: String?  @unique(email) }",
            List.of(List.of("{\"type\":\"User\",\"data\":{\"name\":\"Alice\",\"email\":\"alice@example.com\"}}")),
            List.of("{\"type\":\"User\",\"data\":{\"name\":\"Bob\",\"email\":\"alice@example.com\"}}"),
            LoadMode.APPEND, ConflictException.class, null,
            List.of("@unique violation on User.email: value 'alice@example.com' already used by id 'Alice'")),
        bad("non-string explicit id", "node Note { text: String }", List.of(),
            List.of("{\"type\":\"Note\",\"data\":{\"id\":5,\"text\":\"a\"}}"),
            "line 1: property 'id' expects String, got number"),
        bad("F62 composite @unique",
            "node Person { first: String  last: String  @unique(first, last) }", List.of(), List.of(
                "{\"type\":\"Person\",\"data\":{\"first\":\"Ann\",\"last\":\"Lee\"}}",
                "{\"type\":\"Person\",\"data\":{\"first\":\"Ann\",\"last\":\"Lee\"}}"),
            "line 2: @unique violation on Person.(first, last): value ('Ann', 'Lee') appears in rows 0 and 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejectsAndWritesNothing(Case c) {
    setUp(c.schema(), c.setup());
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, c.mode(),
        c.input().toArray(String[]::new)));
    assertThat(e).isInstanceOf(c.kind());
    if (c.exact() != null) {
      assertThat(e).hasMessage(c.exact());
    }
    c.contains().forEach(f -> assertThat(e.getMessage()).contains(f));
    if (e instanceof LoadException le) {
      assertThat(le.errors()).isNotEmpty();
      assertThat(le.errors().get(0).message()).isEqualTo(e.getMessage());
    }
  }

  static Stream<Case> goodInputs() {
    return Stream.of(
        ok("F34 within @range", "node Person { name: String @key  age: I32?  @range(age, 0..200) }",
            "{\"type\": \"Person\", \"data\": {\"name\": \"Alice\", \"age\": 30}}"),
        ok("F36 within float @range", "node Measurement { name: String @key  temperature: F64?"
                + "  @range(temperature, 0.0..100.0) }",
            "{\"type\": \"Measurement\", \"data\": {\"name\": \"warm\", \"temperature\": 37.5}}"),
        ok("F38 @range ..N is a maximum", "node Person { name: String @key  age: I32?  @range(age, ..120) }",
            "{\"type\":\"Person\",\"data\":{\"name\":\"A\",\"age\":5}}"),
        ok("F41 matching @check", "node Order { code: String @key  @check(code, \"^[A-Z]{3}-[0-9]+$\") }",
            "{\"type\": \"Order\", \"data\": {\"code\": \"ABC-123\"}}"),
        ok("F50 integral float for I32", TEST_PG,
            "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":30.0}}"),
        ok("F61 composite @unique tuples differ",
            "node Person { first: String  last: String  @unique(first, last) }",
            "{\"type\":\"Person\",\"data\":{\"first\":\"Ann\",\"last\":\"Lee\"}}",
            "{\"type\":\"Person\",\"data\":{\"first\":\"Ann\",\"last\":\"Kim\"}}"));
  }

  static Case ok(String id, String schema, String... lines) {
    return new Case(id, schema, List.of(), List.of(lines), LoadMode.OVERWRITE, null, null, List.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodInputs")
  void accepts(Case c) {
    setUp(c.schema(), c.setup());
    LoadResult r = GraphRows.load(g, c.mode(), c.input().toArray(String[]::new));
    assertThat(r.totalNodes()).isEqualTo(c.input().size());
    assertThat(g.snapshot("main").tables().stream().mapToLong(TableState::rowCount).sum())
        .isEqualTo(c.input().size());
  }

  @Test
  @DisplayName("F50 an integral float is stored as that integer")
  void f50Value() {
    setUp(TEST_PG, List.of());
    GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":30.0}}");
    assertThat(GraphRows.rows(g, "main", "node:Person").get(0)).containsEntry("age", 30);
    assertThat(g.read(ReadTarget.branch("main"), Fixtures.text("test.gq"), "get_person",
        java.util.Map.of("name", "Eve")).toJsonRows())
        .isEqualTo("[{\"p.name\":\"Eve\",\"p.age\":30}]");
  }

  @Test
  @DisplayName("F37 the failed second load leaves only the first row")
  void f37Rows() {
    setUp("node Measurement { name: String @key  temperature: F64?  @range(temperature, -40.0..60.0) }",
        List.of(List.of("{\"type\": \"Measurement\", \"data\": {\"name\": \"cold\", \"temperature\": -20.0}}")));
    GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\": \"Measurement\", \"data\": {\"name\": \"arctic\", \"temperature\": -50.0}}"));
    assertThat(GraphRows.column(g, "main", "node:Measurement", "id")).containsExactly("cold");
  }

  @Test
  @DisplayName("F43 @card max within one load: set-level error, manifest unchanged")
  void f43() {
    setUp(CARD, List.of());
    long version = g.snapshot("main").manifestVersion();
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Acme\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Globex\"}}",
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Acme\"}",
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Globex\"}"));
    assertThat(e).isInstanceOf(LoadException.class)
        .hasMessage("@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)");
    assertThat(((LoadException) e).errors().get(0).line()).isZero();
    assertThat(g.snapshot("main").manifestVersion()).isEqualTo(version);
  }

  @Test
  @DisplayName("F44 @card within bounds")
  void f44() {
    setUp(CARD, List.of());
    GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Acme\"}}",
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Acme\"}");
    assertThat(GraphRows.rows(g, "main", "edge:WorksAt")).hasSize(1);
  }

  @Test
  @DisplayName("F60 @card counts stored and appended edges; WorksAt stays empty")
  void f60() {
    setUp(CARD, List.of(List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Alice\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Acme\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Beta\"}}")));
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.APPEND,
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Acme\"}",
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Beta\"}"));
    assertThat(e).hasMessage("@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)");
    assertThat(GraphRows.rows(g, "main", "edge:WorksAt")).isEmpty();
  }

  @Test
  @DisplayName("@card counts the stored edges of a source in append mode")
  void cardinalityCountsStoredEdges() {
    setUp(CARD, List.of(List.of("{\"type\":\"Person\",\"data\":{\"name\":\"Alice\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Acme\"}}",
        "{\"type\":\"Company\",\"data\":{\"name\":\"Beta\"}}",
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Acme\"}")));
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.APPEND,
        "{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Beta\"}"));
    assertThat(e).hasMessage("@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)");
  }

  @Test
  @DisplayName("@card min: a source with fewer edges than the minimum")
  void cardinalityMinimum() {
    setUp("node Person { name: String @key }  edge Knows: Person -> Person @card(2..3)", List.of());
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\":\"Person\",\"data\":{\"name\":\"A\"}}", "{\"type\":\"Person\",\"data\":{\"name\":\"B\"}}",
        "{\"edge\":\"Knows\",\"from\":\"A\",\"to\":\"B\"}"));
    assertThat(e).hasMessage("@card violation on edge Knows: source 'A' has 1 edges (min 2)");
  }

  @Test
  @DisplayName("merge: a replaced row does not conflict with its own previous @unique values")
  void mergeDoesNotConflictWithItself() {
    setUp("node User { name: String @key  email: String?  @unique(email) }",
        List.of(List.of("{\"type\":\"User\",\"data\":{\"name\":\"Alice\",\"email\":\"a@x\"}}")));
    GraphRows.load(g, LoadMode.MERGE, "{\"type\":\"User\",\"data\":{\"name\":\"Alice\",\"email\":\"a@x\"}}");
    assertThat(GraphRows.rows(g, "main", "node:User")).hasSize(1);
  }

  @Test
  @DisplayName("overwrite: stored rows are gone, so their @unique values are free")
  void overwriteFreesUniqueValues() {
    setUp("node User { name: String @key  email: String?  @unique(email) }",
        List.of(List.of("{\"type\":\"User\",\"data\":{\"name\":\"Alice\",\"email\":\"a@x\"}}")));
    GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"User\",\"data\":{\"name\":\"Bob\",\"email\":\"a@x\"}}");
    assertThat(GraphRows.column(g, "main", "node:User", "id")).containsExactly("Bob");
  }

  @Test
  @DisplayName("edge @unique(src, dst) within the input (columns in canonical, sorted order)")
  void edgeUniqueSrcDst() {
    setUp("node A { k: String @key }  edge L: A -> A { @unique(src, dst) }", List.of());
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\":\"A\",\"data\":{\"k\":\"a\"}}", "{\"type\":\"A\",\"data\":{\"k\":\"b\"}}",
        "{\"edge\":\"L\",\"from\":\"a\",\"to\":\"b\"}", "{\"edge\":\"L\",\"from\":\"a\",\"to\":\"b\"}"));
    assertThat(e).hasMessage(
        "line 4: @unique violation on L.(dst, src): value ('b', 'a') appears in rows 0 and 1");
  }

  @Test
  @DisplayName("duplicate explicit ids of keyless nodes and of edges")
  void duplicateExplicitIds() {
    setUp("node Note { text: String }  edge R: Note -> Note", List.of());
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\":\"Note\",\"data\":{\"id\":\"n\",\"text\":\"a\"}}",
        "{\"type\":\"Note\",\"data\":{\"id\":\"n\",\"text\":\"b\"}}"));
    assertThat(e).hasMessage("line 2: duplicate id 'n' for Note");
    e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.OVERWRITE,
        "{\"type\":\"Note\",\"data\":{\"id\":\"n\",\"text\":\"a\"}}",
        "{\"edge\":\"R\",\"from\":\"n\",\"to\":\"n\",\"data\":{\"id\":\"e\"}}",
        "{\"edge\":\"R\",\"from\":\"n\",\"to\":\"n\",\"data\":{\"id\":\"e\"}}"));
    assertThat(e).hasMessage("line 3: duplicate id 'e' for R");
  }

  @Test
  @DisplayName("strict append of an edge with an existing explicit id is a KeyConflict")
  void appendExistingEdgeId() {
    setUp("node Note { text: String }  edge R: Note -> Note",
        List.of(List.of("{\"type\":\"Note\",\"data\":{\"id\":\"n\",\"text\":\"a\"}}",
            "{\"edge\":\"R\",\"from\":\"n\",\"to\":\"n\",\"data\":{\"id\":\"e\"}}")));
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.APPEND,
        "{\"edge\":\"R\",\"from\":\"n\",\"to\":\"n\",\"data\":{\"id\":\"e\"}}"));
    assertThat(e).isInstanceOf(KeyConflictException.class)
        .hasMessage("line 1: edge type 'R' already has this id ('e')");
  }

  @Test
  @DisplayName("shape errors come first, before validation errors of earlier lines")
  void shapeErrorsFirst() {
    setUp(TEST_PG, List.of());
    LoadException e = (LoadException) GraphRows.failsUnchanged(g, () -> GraphRows.load(g,
        LoadMode.OVERWRITE, "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":\"x\"}}",
        "{\"type\":\"Robot\",\"data\":{}}"));
    assertThat(e).hasMessage("line 2: unknown node type 'Robot'");
    assertThat(e.errors()).extracting(LoadError::message).containsExactly(
        "line 2: unknown node type 'Robot'", "line 1: property 'age' expects I32, got string");
    assertThat(e.errors().get(1)).isEqualTo(new LoadError(1, "Person", "age",
        "line 1: property 'age' expects I32, got string"));
  }

  @Test
  @DisplayName("errors are collected up to 20, in order")
  void collectsUpToTwenty() {
    setUp(TEST_PG, List.of());
    String[] lines = new String[30];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = "{\"type\":\"Person\",\"data\":{\"name\":\"P" + i + "\",\"age\":\"x\"}}";
    }
    LoadException e = (LoadException) GraphRows.failsUnchanged(g, () -> GraphRows.load(g,
        LoadMode.OVERWRITE, lines));
    assertThat(e.errors()).hasSize(LoadException.MAX_ERRORS);
    assertThat(e.errors()).extracting(LoadError::line)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
  }

  @Test
  @DisplayName("a value error on a later line outranks a stored-key conflict (check order)")
  void valueErrorsBeforeStoredConflicts() {
    setUp(TEST_PG, List.of(List.of("T")));
    RuntimeException e = GraphRows.failsUnchanged(g, () -> GraphRows.load(g, LoadMode.APPEND,
        "{\"type\":\"Person\",\"data\":{\"name\":\"Alice\",\"age\":31}}",
        "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":3.5}}"));
    assertThat(e).isInstanceOf(LoadException.class)
        .hasMessage("line 2: value 3.5 is not an integer for I32 property `age`");
  }

  @Test
  @DisplayName("in-memory records: same rules, positions as line numbers")
  void inMemoryRecords() {
    setUp(TEST_PG, List.of());
    RuntimeException e = GraphRows.failsUnchanged(g, () -> g.load("main", List.of(
        LoadRecord.node("Person", java.util.Map.of("name", "Alice")),
        LoadRecord.edge("Knows", "Alice", null, java.util.Map.of())), LoadMode.OVERWRITE, null));
    assertThat(e).hasMessage("line 2: edge missing 'to'");
    LoadResult r = g.load("main", List.of(
        LoadRecord.node("Person", java.util.Map.of("name", "Alice", "age", 30)),
        LoadRecord.node("Person", java.util.Map.of("name", "Bob")),
        LoadRecord.edge("Knows", "Alice", "Bob", java.util.Map.of("since", java.time.LocalDate.of(2024, 2, 29)))),
        LoadMode.OVERWRITE, "act-1");
    assertThat(r.totalNodes()).isEqualTo(2);
    assertThat(GraphRows.rows(g, "main", "edge:Knows").get(0)).containsEntry("since", 19782);
    assertThat(g.commit(r.commitId()).actorId()).isEqualTo("act-1");
  }

  private void setUp(String schema, List<List<String>> setup) {
    String source = schema.startsWith("@") ? Fixtures.text(schema.substring(1)) : schema;
    g = Omnigraph.init(dir.resolve("g.omni").toString(), source);
    for (List<String> lines : setup) {
      if (lines.equals(List.of("T"))) {
        g.load("main", Fixtures.path("test.jsonl"), LoadMode.OVERWRITE);
      } else {
        GraphRows.load(g, LoadMode.OVERWRITE, lines.toArray(String[]::new));
      }
    }
  }
}
