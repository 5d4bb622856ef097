package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * expected.md §C: every read case with its exact rows and order, run twice — with the in-memory
 * cache and with caching disabled (every table read from storage per query).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEST_GQ = Fixtures.text("test.gq");

  private Path dir;
  private Omnigraph cached;
  private Omnigraph uncached;

  @BeforeAll
  void setUp(@TempDir Path base) {
    dir = base;
    cached = ReadFixtures.testGraph(dir.resolve("t"), OmnigraphOptions.defaults());
    uncached = Omnigraph.open(dir.resolve("t").toString(),
        OmnigraphOptions.defaults().withCacheBytes(0));
  }

  @AfterAll
  void tearDown() {
    cached.close();
    uncached.close();
  }

  /** One case: a query (named in test.gq, or a full inline source), params, expected rows. */
  record Case(String id, String source, String name, String params, String expected) {
    @Override
    public String toString() {
      return id;
    }
  }

  private static Case named(String id, String name, String params, String expected) {
    return new Case(id, TEST_GQ, name, params, expected);
  }

  private static Case inline(String id, String source, String params, String expected) {
    return new Case(id, source, null, params, expected);
  }

  /** {@code query q() { match { … } return { … } [tail] }}. */
  private static String q(String match, String ret) {
    return "query q() { match { " + match + " } return { " + ret + " } }";
  }

  static List<Case> setupT() {
    String young = "query young($age: I32) { match { $p: Person  $p.age < $age } "
        + "return { $p.name, $p.age } order { $p.age asc } }";
    return List.of(
        named("C01", "get_person", "{\"name\":\"Alice\"}", "[{\"p.name\":\"Alice\",\"p.age\":30}]"),
        named("C02", "get_person", "{\"name\":\"Nobody\"}", "[]"),
        named("C03", "adults", null, "[{\"p.name\":\"Charlie\",\"p.age\":35}]"),
        named("C04", "top_by_age", null,
            "[{\"p.name\":\"Charlie\",\"p.age\":35},{\"p.name\":\"Alice\",\"p.age\":30}]"),
        named("C05", "friends_of", "{\"name\":\"Alice\"}",
            "[{\"f.name\":\"Bob\",\"f.age\":25},{\"f.name\":\"Charlie\",\"f.age\":35}]"),
        named("C06", "friends_of", "{\"name\":\"Diana\"}", "[]"),
        named("C07", "employees_of", "{\"company\":\"Acme\"}", "[{\"p.name\":\"Alice\"}]"),
        named("C08", "employees_of", "{\"company\":\"Globex\"}", "[{\"p.name\":\"Bob\"}]"),
        named("C09", "friends_of_friends", "{\"name\":\"Alice\"}", "[{\"fof.name\":\"Diana\"}]"),
        named("C10", "friends_of_friends", "{\"name\":\"Bob\"}", "[]"),
        named("C11", "unemployed", null, "[{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        named("C12", "friend_counts", null,
            "[{\"p.name\":\"Alice\",\"friends\":2},{\"p.name\":\"Bob\",\"friends\":1}]"),
        named("C13", "total_people", null, "[{\"total\":4}]"),
        named("C14", "age_stats", null, "[{\"c.name\":\"Acme\",\"total_age\":30.0,"
            + "\"avg_age\":30.0,\"youngest\":30,\"oldest\":30,\"headcount\":1},"
            + "{\"c.name\":\"Globex\",\"total_age\":25.0,\"avg_age\":25.0,\"youngest\":25,"
            + "\"oldest\":25,\"headcount\":1}]"),
        named("C15", "top_connected", null, "[{\"p.name\":\"Alice\",\"friends\":2}]"),
        inline("C16", "query by_age_asc() { match { $p: Person } return { $p.name, $p.age } "
            + "order { $p.age asc } }", null, "[{\"p.name\":\"Bob\",\"p.age\":25},"
            + "{\"p.name\":\"Diana\",\"p.age\":28},{\"p.name\":\"Alice\",\"p.age\":30},"
            + "{\"p.name\":\"Charlie\",\"p.age\":35}]"),
        inline("C17", young, "{\"age\":28}", "[{\"p.name\":\"Bob\",\"p.age\":25}]"),
        inline("C18", young, "{\"age\":28.0}", "[{\"p.name\":\"Bob\",\"p.age\":25}]"),
        inline("C19", young, "{\"age\":\"28\"}", "[{\"p.name\":\"Bob\",\"p.age\":25}]"),
        inline("C20", young, "{\"age\":28.5}", "!param 'age'|expected integer number"),
        inline("C21", young, "{\"age\":3000000000}", "!param 'age': value 3000000000 exceeds I32"),
        inline("C22", young, "{}", "!parameter 'age' not provided"),
        named("C23", "get_person", "{}", "!parameter 'name' not provided"),
        named("C24", "get_person", "{\"name\":5}", "!param 'name': expected string, got number"),
        inline("C25", "query q() { match { $p: Person  $p.age >= 30 } return { $p.name } "
            + "order { $p.age asc } }", null, "[{\"p.name\":\"Alice\"},{\"p.name\":\"Charlie\"}]"),
        inline("C26", "query q() { match { $p: Person  $p.age <= 28 } return { $p.name } "
            + "order { $p.age asc } }", null, "[{\"p.name\":\"Bob\"},{\"p.name\":\"Diana\"}]"),
        inline("C27", "query q() { match { $p: Person  $p.name != \"Alice\" } return { $p.name } "
            + "order { $p.name asc } }", null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C28", q("$p: Person  $p.name != \"Alice\"", "$p.name"), null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C29", "query filter_date($d: String) { match { $p: Person { name: $d } } "
            + "return { $p.name } }", "{\"d\":\"2025-01-01' OR '1'='1\"}", "[]"),
        inline("C30", "query q() { match { $p: Person } return { $p.name } order { $p.name desc } "
            + "limit 2 }", null, "[{\"p.name\":\"Diana\"},{\"p.name\":\"Charlie\"}]"),
        inline("C31", "query q() { match { $p: Person } return { $p.name } limit 0 }", null, "[]"),
        inline("C32", q("$p: Person  $p worksAt $c  $c: Company { name: \"Acme\" }", "$p.name"),
            null, "[{\"p.name\":\"Alice\"}]"),
        inline("C33", q("$p: Person  $p worksAt $c  $c: Company", "$p.name, $c.name"), null,
            "[{\"p.name\":\"Alice\",\"c.name\":\"Acme\"},{\"p.name\":\"Bob\",\"c.name\":\"Globex\"}]"),
        inline("C34", "query q($name: String) { match { $p: Person { name: $name }  $p knows $mid "
            + " $mid knows $fof } return { $p.name, $mid.name, $fof.name } }",
            "{\"name\":\"Alice\"}",
            "[{\"p.name\":\"Alice\",\"mid.name\":\"Bob\",\"fof.name\":\"Diana\"}]"),
        inline("C35", "query q($name: String, $mid_name: String) { match { "
            + "$p: Person { name: $name }  $p knows $mid  $mid: Person { name: $mid_name } "
            + " $mid knows $fof } return { $fof.name } }",
            "{\"name\":\"Alice\",\"mid_name\":\"Bob\"}", "[{\"fof.name\":\"Diana\"}]"),
        inline("C36", q("$p: Person  $p worksAt $c  $c: Company { name: \"Acme\" }",
            "$p.name, $c.name"), null, "[{\"p.name\":\"Alice\",\"c.name\":\"Acme\"}]"),
        inline("C37", "query q($company: String) { match { $p: Person  $p worksAt $c "
            + " $c: Company { name: $company } } return { $p.name, $c.name } }",
            "{\"company\":\"Globex\"}", "[{\"p.name\":\"Bob\",\"c.name\":\"Globex\"}]"),
        inline("C38", "query q($name: String) { match { $p: Person { name: $name }  $p knows $f "
            + " $p worksAt $c } return { $f.name, $c.name } }", "{\"name\":\"Alice\"}",
            "[{\"f.name\":\"Bob\",\"c.name\":\"Acme\"},{\"f.name\":\"Charlie\",\"c.name\":\"Acme\"}]"),
        inline("C39", q("$p: Person  $p worksAt $c  $c: Company { name: \"NonExistent\" }",
            "$p.name"), null, "[]"),
        inline("C40", q("$p: Person  not { $p worksAt $c  $c.name = \"Acme\" }", "$p.name"), null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C41", q("$p: Person  not { $p worksAt $c  $c: Company { name: \"Acme\" } }",
            "$p.name"), null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C42", q("$p: Person  $p knows $_", "$p.name"), null,
            "[{\"p.name\":\"Alice\"},{\"p.name\":\"Alice\"},{\"p.name\":\"Bob\"}]"),
        inline("C43", q("$p: Person  $c: Company", "$p.name, $c.name"), null,
            "[{\"p.name\":\"Alice\",\"c.name\":\"Acme\"},{\"p.name\":\"Alice\",\"c.name\":\"Globex\"},"
            + "{\"p.name\":\"Bob\",\"c.name\":\"Acme\"},{\"p.name\":\"Bob\",\"c.name\":\"Globex\"},"
            + "{\"p.name\":\"Charlie\",\"c.name\":\"Acme\"},{\"p.name\":\"Charlie\",\"c.name\":\"Globex\"},"
            + "{\"p.name\":\"Diana\",\"c.name\":\"Acme\"},{\"p.name\":\"Diana\",\"c.name\":\"Globex\"}]"),
        inline("C44", q("$p: Person  not { $p knows $_ }", "$p.name"), null,
            "[{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C45", q("$p: Person { name: \"Bob\" }  $p knows $f", "$f.name"), null,
            "[{\"f.name\":\"Diana\"}]"),
        inline("C46", q("$p: Person  not { $p knows $f  $f knows $_ }", "$p.name"), null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("C54", "query q() { match { $p: Person  $p knows $f } return { $p.name, "
            + "count($f) as friends } order { friends desc } }", null,
            "[{\"p.name\":\"Alice\",\"friends\":2},{\"p.name\":\"Bob\",\"friends\":1}]"),
        inline("C55", q("$p: Person", "min($p.name) as first_name  max($p.name) as last_name"),
            null, "[{\"first_name\":\"Alice\",\"last_name\":\"Diana\"}]"),
        inline("C56", "query q($name: String) { match { $p: Person { name: $name }  $p knows $mid "
            + " $mid knows $fof } return { $p.name, count($fof) as fof_count } }",
            "{\"name\":\"Alice\"}", "[{\"p.name\":\"Alice\",\"fof_count\":1}]"),
        inline("C58", q("$p: Person", "sum($p.age) as s, avg($p.age) as a, min($p.age) as lo, "
            + "max($p.age) as hi"), null, "[{\"s\":118.0,\"a\":29.5,\"lo\":25,\"hi\":35}]"),
        inline("C59", q("$p: Person  $p.age > 100", "count($p) as n, sum($p.age) as s"), null,
            "[{\"n\":0,\"s\":null}]"),
        inline("C60", q("$p: Person  $p.age > 100", "$p.name, count($p) as n"), null, "[]"),
        inline("C61", "query q() { match { $p: Person  $p worksAt $c } return { $c.name, "
            + "count($p) as n } order { $c.name desc } }", null,
            "[{\"c.name\":\"Globex\",\"n\":1},{\"c.name\":\"Acme\",\"n\":1}]"),
        // semantics.md Appendix A, rows not already in §C
        inline("A01", q("$p: Person  not { $p worksAt $c  $c.name = \"Acme\" }", "$p.name"), null,
            "[{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]"),
        inline("A02", q("$p: Person { name: \"Alice\" }  $p knows $mid  $mid knows $fof",
            "$p.name, count($fof) as n"), null, "[{\"p.name\":\"Alice\",\"n\":1}]"),
        inline("A03", "query acme_friends() { match { $p: Person  $p worksAt $c "
            + " $c: Company { name: \"Acme\" }  $p knows $f  $f.age > 26  not { $f worksAt $_ } } "
            + "return { $p.name, $f.name } }", null,
            "[{\"p.name\":\"Alice\",\"f.name\":\"Charlie\"}]"));
  }

  Stream<Arguments> setupTCases() {
    List<Arguments> out = new ArrayList<>();
    for (Case c : setupT()) {
      out.add(Arguments.of(c, "cached"));
      out.add(Arguments.of(c, "uncached"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("setupTCases")
  void setupT(Case c, String mode) throws Exception {
    Omnigraph g = mode.equals("cached") ? cached : uncached;
    check(g, c);
  }

  /** C47: a graph without edges. */
  @ParameterizedTest(name = "C47 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c47NoEdges(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c47" + mode), Fixtures.text("test.pg"),
        """
        {"type":"Person","data":{"name":"Alice","age":30}}
        {"type":"Person","data":{"name":"Bob","age":25}}
        {"type":"Company","data":{"name":"Acme"}}
        """, options(mode))) {
      check(g, named("C47", "friends_of", "{\"name\":\"Alice\"}", "[]"));
      check(g, named("C47", "unemployed", null, "[{\"p.name\":\"Alice\"},{\"p.name\":\"Bob\"}]"));
    }
  }

  /** C48: everyone works somewhere. */
  @ParameterizedTest(name = "C48 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c48AllEmployed(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c48" + mode), """
        node Person { name: String @key }
        node Company { name: String @key }
        edge WorksAt: Person -> Company
        """, """
        {"type":"Person","data":{"name":"Alice"}}
        {"type":"Person","data":{"name":"Bob"}}
        {"type":"Company","data":{"name":"Acme"}}
        {"edge":"WorksAt","from":"Alice","to":"Acme"}
        {"edge":"WorksAt","from":"Bob","to":"Acme"}
        """, options(mode))) {
      check(g, inline("C48", "query unemployed() { match { $p: Person  not { $p worksAt $_ } } "
          + "return { $p.name } }", null, "[]"));
    }
  }

  /** C49–C53: variable-length hops over the chain A→B→C→D (setup CH). */
  @ParameterizedTest(name = "C49-C53 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c49to53Hops(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("ch" + mode), ReadFixtures.CHAIN_PG,
        ReadFixtures.CHAIN_JSONL, options(mode))) {
      check(g, inline("C49", reachable("1,3"), "{\"name\":\"A\"}",
          "[{\"f.name\":\"B\"},{\"f.name\":\"C\"},{\"f.name\":\"D\"}]"));
      check(g, inline("C50", reachable("2,3"), "{\"name\":\"A\"}",
          "[{\"f.name\":\"C\"},{\"f.name\":\"D\"}]"));
      check(g, inline("C51", reachable("2,2"), "{\"name\":\"A\"}", "[{\"f.name\":\"C\"}]"));
      check(g, inline("C52", reachable("1,3"), "{\"name\":\"D\"}", "[]"));
      g.load("main", new StringReader("{\"edge\":\"Knows\",\"from\":\"A\",\"to\":\"C\"}\n"),
          LoadMode.APPEND, null);
      check(g, inline("C53", reachable("2,2"), "{\"name\":\"A\"}", "[{\"f.name\":\"D\"}]"));
    }
  }

  private static String reachable(String bounds) {
    return "query reachable($name: String) { match { $p: Person { name: $name }  $p knows{"
        + bounds + "} $f } return { $f.name } }";
  }

  /** C57: a global count over one node. */
  @ParameterizedTest(name = "C57 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c57GlobalCount(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c57" + mode), Fixtures.text("test.pg"),
        """
        {"type":"Person","data":{"name":"Alice","age":30}}
        {"type":"Company","data":{"name":"Acme"}}
        """, options(mode))) {
      check(g, inline("C57", q("$p: Person", "count($p) as total"), null, "[{\"total\":1}]"));
    }
  }

  /** C62–C65: table rows, node ids, edge endpoints and ids, the catalog. */
  @ParameterizedTest(name = "C62-C65 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c62to65Identity(String mode) throws Exception {
    Omnigraph g = mode.equals("cached") ? cached : uncached;
    Map<String, Long> rows = new java.util.TreeMap<>();
    g.snapshot("main").tables().forEach(t -> rows.put(t.tableKey(), t.rowCount()));
    assertThat(rows).containsEntry("node:Person", 4L).containsEntry("node:Company", 2L)
        .containsEntry("edge:Knows", 3L).containsEntry("edge:WorksAt", 2L);
    check(g, inline("C63", q("$p: Person", "$p"), null,
        "[{\"p\":\"Alice\"},{\"p\":\"Bob\"},{\"p\":\"Charlie\"},{\"p\":\"Diana\"}]"));
    check(g, inline("C64", "query q() { match { $a: Person  $a knows $b } return { $a, $b } "
        + "order { $a.name asc, $b.name asc } }", null,
        "[{\"a\":\"Alice\",\"b\":\"Bob\"},{\"a\":\"Alice\",\"b\":\"Charlie\"},{\"a\":\"Bob\",\"b\":\"Diana\"}]"));
    List<Object> edgeIds = GraphRows.column(g, "main", "edge:Knows", "id");
    assertThat(edgeIds).hasSize(3).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat((String) id).hasSize(26));
    assertThat(g.schema().catalog().nodeTypes()).hasSize(2);
    assertThat(g.schema().catalog().edgeTypes()).hasSize(2);
  }

  /** C66–C68: typed values of single entities, null vectors, the signals fixture. */
  @ParameterizedTest(name = "C66-C68 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c66to68Entities(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c66" + mode),
        "node Flagged { slug: String @key  active: Bool  rating: I32? }",
        "{\"type\":\"Flagged\",\"data\":{\"slug\":\"alpha\",\"active\":true,\"rating\":42}}\n",
        options(mode))) {
      check(g, inline("C66", q("$f: Flagged { slug: \"alpha\" }", "$f as id, $f.active as active,"
          + " $f.rating as rating"), null, "[{\"id\":\"alpha\",\"active\":true,\"rating\":42}]"));
    }
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c67" + mode),
        "node Doc { slug: String @key  embedding: Vector(2)? }", """
        {"type":"Doc","data":{"slug":"a"}}
        {"type":"Doc","data":{"slug":"b","embedding":[1.0,2.0]}}
        """, options(mode))) {
      check(g, inline("C67", q("$d: Doc", "$d.slug, $d.embedding"), null,
          "[{\"d.slug\":\"a\",\"d.embedding\":null},{\"d.slug\":\"b\",\"d.embedding\":[1.0,2.0]}]"));
    }
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c68" + mode), Fixtures.text("signals.pg"),
        Fixtures.text("signals.jsonl"), options(mode))) {
      QueryResult r = g.read(ReadTarget.branch("main"),
          q("$c: Company", "$c"), null, (JsonNode) null);
      List<Object> ids = new ArrayList<>();
      r.forEach(row -> ids.add(row.get(0)));
      assertThat(ids).contains("aws", "openai");
    }
  }

  /** C69: null values in filters and ordering. */
  @ParameterizedTest(name = "C69 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c69Nulls(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c69" + mode), Fixtures.text("test.pg"),
        """
        {"type": "Person", "data": {"name": "Alice", "age": 30}}
        {"type": "Person", "data": {"name": "Bob"}}
        {"type": "Person", "data": {"name": "Charlie", "age": 35}}
        """, options(mode))) {
      check(g, inline("C69", "query q() { match { $p: Person  $p.age > 30 } return { $p.name, "
          + "$p.age } order { $p.age desc } }", null, "[{\"p.name\":\"Charlie\",\"p.age\":35}]"));
      check(g, inline("C69", "query q() { match { $p: Person } return { $p.name, $p.age } "
          + "order { $p.age desc } }", null, "[{\"p.name\":\"Charlie\",\"p.age\":35},"
          + "{\"p.name\":\"Alice\",\"p.age\":30},{\"p.name\":\"Bob\",\"p.age\":null}]"));
      check(g, inline("C69", "query q() { match { $p: Person } return { $p.name, $p.age } "
          + "order { $p.age asc } }", null, "[{\"p.name\":\"Bob\",\"p.age\":null},"
          + "{\"p.name\":\"Alice\",\"p.age\":30},{\"p.name\":\"Charlie\",\"p.age\":35}]"));
    }
  }

  /** C70: parallel edges between different node types collapse. */
  @ParameterizedTest(name = "C70 ({0})")
  @ValueSource(strings = {"cached", "uncached"})
  void c70ParallelEdges(String mode) throws Exception {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve("c70" + mode), """
        node Person { name: String @key }
        node Company { name: String @key }
        edge WorksAt: Person -> Company
        """, """
        {"type":"Person","data":{"name":"Alice"}}
        {"type":"Company","data":{"name":"Acme"}}
        {"edge":"WorksAt","from":"Alice","to":"Acme"}
        {"edge":"WorksAt","from":"Alice","to":"Acme"}
        """, options(mode))) {
      check(g, inline("C70", "query company($name: String) { match { $p: Person { name: $name } "
          + " $p worksAt $c } return { $c.name } }", "{\"name\":\"Alice\"}",
          "[{\"c.name\":\"Acme\"}]"));
    }
  }

  private static OmnigraphOptions options(String mode) {
    return mode.equals("cached") ? OmnigraphOptions.defaults()
        : OmnigraphOptions.defaults().withCacheBytes(0);
  }

  /** Runs a case: exact rows, or (expected starting with {@code !}) a request error's texts. */
  static void check(Omnigraph g, Case c) throws Exception {
    JsonNode params = c.params() == null ? null : JSON.readTree(c.params());
    if (c.expected().startsWith("!")) {
      assertThatThrownBy(() -> g.read(ReadTarget.branch("main"), c.source(), c.name(), params))
          .as(c.id())
          .isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
            for (String part : c.expected().substring(1).split("\\|")) {
              assertThat(e.getMessage()).contains(part);
            }
          });
      return;
    }
    QueryResult r = g.read(ReadTarget.branch("main"), c.source(), c.name(), params);
    assertThat(r.toJsonRows()).as(c.id()).isEqualTo(c.expected());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.writeJsonRows(bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(c.expected());
    assertThat(r.rowCount()).isEqualTo(JSON.readTree(c.expected()).size());
    // The prepared form gives the same rows.
    assertThat(g.prepare(c.source(), c.name()).run(ReadTarget.branch("main"), params).toJsonRows())
        .as(c.id() + " prepared").isEqualTo(c.expected());
  }
}
