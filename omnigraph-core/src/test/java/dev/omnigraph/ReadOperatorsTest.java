package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operator semantics on real storage (semantics.md §3–7), each with the cache and without it:
 * hops through cycles and dangling ends, reachability checks, negation with traversals, numeric,
 * string and temporal comparisons, projections of values, duplicate columns, limits.
 */
class ReadOperatorsTest {
  @TempDir
  Path dir;

  private static OmnigraphOptions options(String mode) {
    return mode.equals("cached") ? OmnigraphOptions.defaults()
        : OmnigraphOptions.defaults().withCacheBytes(0);
  }

  private static String rows(Omnigraph g, String source, Map<String, ?> params) {
    return g.read(ReadTarget.branch("main"), source, null, params).toJsonRows();
  }

  private static String rows(Omnigraph g, String source) {
    return rows(g, source, Map.of());
  }

  private static void load(Omnigraph g, String jsonl, LoadMode mode) {
    g.load("main", new StringReader(jsonl), mode, null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("hops: shortest distances, cycles, self-loops, discovery order (S§3.3)")
  void hops(String mode) {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve(mode), ReadFixtures.CHAIN_PG, """
        {"type":"Person","data":{"name":"A"}}
        {"type":"Person","data":{"name":"B"}}
        {"type":"Person","data":{"name":"C"}}
        {"type":"Person","data":{"name":"D"}}
        {"type":"Person","data":{"name":"E"}}
        {"edge":"Knows","from":"A","to":"C"}
        {"edge":"Knows","from":"A","to":"B"}
        {"edge":"Knows","from":"A","to":"A"}
        {"edge":"Knows","from":"B","to":"A"}
        {"edge":"Knows","from":"B","to":"D"}
        {"edge":"Knows","from":"C","to":"D"}
        {"edge":"Knows","from":"D","to":"E"}
        {"edge":"Knows","from":"A","to":"B"}
        """, options(mode))) {
      String reach = "query q($n: String) { match { $p: Person { name: $n }  $p knows{%s} $f } "
          + "return { $f.name } }";
      // adjacency order C, B (parallel A→B collapses, the self-loop and the cycle back are skipped)
      assertThat(rows(g, reach.formatted("1,1"), Map.of("n", "A")))
          .isEqualTo("[{\"f.name\":\"C\"},{\"f.name\":\"B\"}]");
      assertThat(rows(g, reach.formatted("1,3"), Map.of("n", "A")))
          .isEqualTo("[{\"f.name\":\"C\"},{\"f.name\":\"B\"},{\"f.name\":\"D\"},{\"f.name\":\"E\"}]");
      assertThat(rows(g, reach.formatted("2,2"), Map.of("n", "A"))).isEqualTo("[{\"f.name\":\"D\"}]");
      assertThat(rows(g, reach.formatted("3,5"), Map.of("n", "A"))).isEqualTo("[{\"f.name\":\"E\"}]");
      // incoming direction: who reaches E within 2 hops
      assertThat(rows(g, "query q() { match { $e: Person { name: \"E\" }  $p knows{1,2} $e } "
          + "return { $p.name } }")).isEqualTo("[{\"p.name\":\"D\"},{\"p.name\":\"B\"},{\"p.name\":\"C\"}]");
      // per-path distinctness: two middles reach D
      assertThat(rows(g, "query q() { match { $a: Person { name: \"A\" }  $a knows $m  $m knows $x } "
          + "return { $m.name, $x.name } }")).isEqualTo("[{\"m.name\":\"C\",\"x.name\":\"D\"},"
          + "{\"m.name\":\"B\",\"x.name\":\"A\"},{\"m.name\":\"B\",\"x.name\":\"D\"}]");
      // a cycle-closing traversal keeps mutual pairs only
      assertThat(rows(g, "query q() { match { $a: Person  $a knows $b  $b knows $a } "
          + "return { $a.name, $b.name } }")).isEqualTo("[{\"a.name\":\"A\",\"b.name\":\"B\"},"
          + "{\"a.name\":\"B\",\"b.name\":\"A\"}]");
      // ... with hop bounds: shortest distance within {2,3}
      assertThat(rows(g, "query q() { match { $a: Person { name: \"A\" }  $b: Person  "
          + "$a knows{2,3} $b } return { $b.name } }")).isEqualTo("[{\"b.name\":\"D\"},{\"b.name\":\"E\"}]");
      // negation with hop bounds evaluated exactly (DECISIONS 11)
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows{3,3} $_ } } "
          + "return { $p.name } }")).isEqualTo("[{\"p.name\":\"B\"},{\"p.name\":\"C\"},"
          + "{\"p.name\":\"D\"},{\"p.name\":\"E\"}]");
      // negation with an inner filter over outer and inner variables
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows $f  $f.name < $p.name } } "
          + "return { $p.name } }")).isEqualTo("[{\"p.name\":\"A\"},{\"p.name\":\"C\"},"
          + "{\"p.name\":\"D\"},{\"p.name\":\"E\"}]");
      // ours: traversal-only components are rooted (S§3.1)
      assertThat(rows(g, "query q() { match { $a knows $b  $b knows $c  $c.name = \"E\" } "
          + "return { $a.name } }")).isEqualTo("[{\"a.name\":\"B\"},{\"a.name\":\"C\"}]");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("dangling edge ends: walked through, never returned (S§3.3 step 4)")
  void danglingEnds(String mode) {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve(mode), ReadFixtures.CHAIN_PG,
        ReadFixtures.CHAIN_JSONL, options(mode))) {
      load(g, """
          {"type":"Person","data":{"name":"A"}}
          {"type":"Person","data":{"name":"C"}}
          {"type":"Person","data":{"name":"D"}}
          """, LoadMode.OVERWRITE); // B is gone; A→B and B→C now dangle
      String reach = "query q($n: String) { match { $p: Person { name: $n }  $p knows{%s} $f } "
          + "return { $f.name } }";
      assertThat(rows(g, reach.formatted("1,3"), Map.of("n", "A")))
          .isEqualTo("[{\"f.name\":\"C\"},{\"f.name\":\"D\"}]");
      assertThat(rows(g, reach.formatted("1,1"), Map.of("n", "A"))).isEqualTo("[]");
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows $_ } } return { $p.name } }"))
          .isEqualTo("[{\"p.name\":\"A\"},{\"p.name\":\"D\"}]");
      assertThat(rows(g, "query q() { match { $p: Person  $q knows $p } return { $p.name, $q.name } }"))
          .isEqualTo("[{\"p.name\":\"D\",\"q.name\":\"C\"}]");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("edges between different types have one hop only; negation with inner roots")
  void crossTypeAndInnerRoots(String mode) {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve(mode), options(mode))) {
      assertThat(rows(g, "query q() { match { $p: Person  $p worksAt{1,2} $c } "
          + "return { $p.name, $c.name } }")).isEqualTo("[{\"p.name\":\"Alice\",\"c.name\":\"Acme\"},"
          + "{\"p.name\":\"Bob\",\"c.name\":\"Globex\"}]");
      assertThat(rows(g, "query q() { match { $p: Person  $p worksAt{2,2} $c } return { $p.name } }"))
          .isEqualTo("[]");
      // an inner root not connected to the outer row: the block holds for every row or none
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows $_  "
          + "$x: Company { name: \"Acme\" } } } return { $p.name } }"))
          .isEqualTo("[{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]");
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows $_  "
          + "$x: Company { name: \"Nope\" } } } return { $p.name } }"))
          .isEqualTo("[{\"p.name\":\"Alice\"},{\"p.name\":\"Bob\"},{\"p.name\":\"Charlie\"},"
              + "{\"p.name\":\"Diana\"}]");
      // a negated block binding the outer variable filters it (ours, S§3.5)
      assertThat(rows(g, "query q() { match { $p: Person  not { $p: Person { name: \"Bob\" } } } "
          + "return { $p.name } }")).isEqualTo("[{\"p.name\":\"Alice\"},{\"p.name\":\"Charlie\"},"
          + "{\"p.name\":\"Diana\"}]");
      // nested negation: people all of whose friends are employed
      assertThat(rows(g, "query q() { match { $p: Person  $p knows $_  not { $p knows $f  "
          + "not { $f worksAt $_ } } } return { $p.name } }")).isEqualTo("[]");
      assertThat(rows(g, "query q() { match { $p: Person  not { $p knows $f  "
          + "not { $f knows $_ } } } return { $p.name } }"))
          .isEqualTo("[{\"p.name\":\"Charlie\"},{\"p.name\":\"Diana\"}]");
    }
  }

  static final String TYPES_PG = """
      node Thing {
          slug: String @key
          n: I32?
          big: U64?
          ratio: F32?
          score: F64?
          ok: Bool?
          day: Date?
          at: DateTime?
          tags: [String]?
          vec: Vector(3)?
          status: enum(open, closed)?
          file: Blob?
      }
      """;
  static final String TYPES_JSONL = """
      {"type":"Thing","data":{"slug":"t1","n":7,"big":9007199254740993,"ratio":1.1,"score":0.1,"ok":true,"day":"2024-02-29","at":"2024-02-29T13:45:00.5+02:00","tags":["a","b"],"vec":[0.1,0.2,0.3],"status":"open","file":"base64:aGk="}}
      {"type":"Thing","data":{"slug":"t2","n":-3,"big":18446744073709551615,"ratio":0.1,"score":2.5,"ok":false,"day":"2023-01-01","at":"2023-06-01T00:00:00Z","tags":["b",null],"status":"closed"}}
      {"type":"Thing","data":{"slug":"\\uD83D\\uDE00"}}
      {"type":"Thing","data":{"slug":"\\uFFFF","n":4}}
      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("values: JSON encoding of every type (S§5.3) and comparisons (S§4)")
  void valuesAndComparisons(String mode) {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve(mode), TYPES_PG, TYPES_JSONL,
        options(mode))) {
      assertThat(rows(g, "query q() { match { $t: Thing { slug: \"t1\" } } return { $t.slug, $t.n, "
          + "$t.big, $t.ratio, $t.score, $t.ok, $t.day, $t.at, $t.tags, $t.vec, $t.status, $t.file,"
          + " $t } }")).isEqualTo("[{\"t.slug\":\"t1\",\"t.n\":7,\"t.big\":9007199254740993,"
          + "\"t.ratio\":1.1,\"t.score\":0.1,\"t.ok\":true,\"t.day\":\"2024-02-29\","
          + "\"t.at\":\"2024-02-29T11:45:00.500Z\",\"t.tags\":[\"a\",\"b\"],\"t.vec\":[0.1,0.2,0.3],"
          + "\"t.status\":\"open\",\"t.file\":null,\"t\":\"t1\"}]");
      String slugs = "query q() { match { $t: Thing  %s } return { $t.slug } }";
      // DECISIONS 22: an F32 property against a literal rounds the literal to float32
      assertThat(rows(g, slugs.formatted("$t.ratio = 0.1"))).isEqualTo("[{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, slugs.formatted("$t.ratio > 1.1"))).isEqualTo("[]");
      assertThat(rows(g, slugs.formatted("$t.score = 0.1"))).isEqualTo("[{\"t.slug\":\"t1\"}]");
      // integers against floats exactly; nulls never match, != included
      assertThat(rows(g, slugs.formatted("$t.n > 3.5"))).isEqualTo("[{\"t.slug\":\"t1\"},{\"t.slug\":\"\uFFFF\"}]");
      assertThat(rows(g, slugs.formatted("$t.n >= 4.0"))).isEqualTo("[{\"t.slug\":\"t1\"},{\"t.slug\":\"\uFFFF\"}]");
      assertThat(rows(g, slugs.formatted("$t.n != 7"))).isEqualTo("[{\"t.slug\":\"t2\"},{\"t.slug\":\"\uFFFF\"}]");
      assertThat(rows(g, slugs.formatted("$t.n = 7.5"))).isEqualTo("[]");
      assertThat(rows(g, slugs.formatted("$t.score > 2"))).isEqualTo("[{\"t.slug\":\"t2\"}]");
      // values beyond the column's range compare by value too (no wrap, no cast)
      assertThat(rows(g, slugs.formatted("$t.n < 3000000000"))).isEqualTo("[{\"t.slug\":\"t1\"},"
          + "{\"t.slug\":\"t2\"},{\"t.slug\":\"\uFFFF\"}]");
      assertThat(rows(g, slugs.formatted("$t.n > 3000000000"))).isEqualTo("[]");
      assertThat(rows(g, slugs.formatted("$t.n > 5  $t.n < 6"))).isEqualTo("[]");
      // U64 values above the signed range compare by value
      assertThat(rows(g, slugs.formatted("$t.big > 9223372036854775807")))
          .isEqualTo("[{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, "query q() { match { $t: Thing  $t.big > 0 } return { $t.big } "
          + "order { $t.big desc } }"))
          .isEqualTo("[{\"t.big\":18446744073709551615},{\"t.big\":9007199254740993}]");
      // strings in code point order: U+1F600 sorts after U+FFFF (UTF-16 units would not)
      assertThat(rows(g, slugs.formatted("$t.slug > \"\uFFFF\""))).isEqualTo("[{\"t.slug\":\"😀\"}]");
      assertThat(rows(g, "query q() { match { $t: Thing } return { $t.slug } order { $t.slug desc } "
          + "limit 2 }")).isEqualTo("[{\"t.slug\":\"😀\"},{\"t.slug\":\"\uFFFF\"}]");
      // enums compare as strings; a value outside the enum matches nothing
      assertThat(rows(g, slugs.formatted("$t.status = \"closed\""))).isEqualTo("[{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, slugs.formatted("$t.status = \"other\""))).isEqualTo("[]");
      assertThat(rows(g, slugs.formatted("$t.ok = false"))).isEqualTo("[{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, slugs.formatted("$t.tags contains \"b\""))).isEqualTo("[{\"t.slug\":\"t1\"},{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, "query q() { match { $t: Thing { tags: \"a\" } } return { $t.slug } }"))
          .isEqualTo("[{\"t.slug\":\"t1\"}]");
      assertThat(rows(g, slugs.formatted("$t.day = date(\"2024-02-29\")")))
          .isEqualTo("[{\"t.slug\":\"t1\"}]");
      assertThat(rows(g, slugs.formatted("$t.day < date(\"20240101\")")))
          .isEqualTo("[{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, slugs.formatted("$t.at >= datetime(\"2024-02-29T11:45:00.5Z\")")))
          .isEqualTo("[{\"t.slug\":\"t1\"}]");
      assertThat(rows(g, slugs.formatted("$t.at <= now()")))
          .isEqualTo("[{\"t.slug\":\"t1\"},{\"t.slug\":\"t2\"}]");
      assertThat(rows(g, "query q($d: Date) { match { $t: Thing  $t.day > $d } return { $t.slug } }",
          Map.of("d", "2023-06-01"))).isEqualTo("[{\"t.slug\":\"t1\"}]");
      // a parameter bound to null matches nothing
      assertThat(rows(g, "query q($n: I32?) { match { $t: Thing  $t.n != $n } return { $t.slug } }"))
          .isEqualTo("[]");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("projections of values, now(), duplicate column names, limits (S§5, §7)")
  void projections(String mode) {
    try (Omnigraph g = ReadFixtures.testGraph(dir.resolve(mode), options(mode))) {
      QueryResult r = g.read(ReadTarget.branch("main"), "query q($n: I32, $f: F32, $v: Vector(2), "
          + "$d: DateTime, $none: String?) { match { $p: Person { name: \"Bob\" } } return { $n, $f, $v,"
          + " $d, $none, 5, 2.5, \"s\", true, date(\"2024-01-02\"), [1, 2], now() as a, now() as b } }",
          null, Map.of("n", 3, "f", 0.1, "v", List.of(0.5, 1.5), "d", "2024-01-02T03:04:05Z"));
      assertThat(r.columnNames()).containsExactly("n", "f", "v", "d", "none", "literal", "literal",
          "literal", "literal", "literal", "literal", "a", "b");
      assertThat(r.columns().get(0).type().display()).isEqualTo("I64");
      assertThat(r.columns().get(2).type().display()).isEqualTo("[F64]");
      assertThat(r.get(0, 11)).isEqualTo(r.get(0, 12)).isInstanceOf(java.time.Instant.class);
      assertThat(r.get(0, 3)).isEqualTo(java.time.Instant.parse("2024-01-02T03:04:05Z"));
      assertThat(r.get(0, 9)).isEqualTo(java.time.LocalDate.parse("2024-01-02"));
      assertThat(r.toJsonRows()).startsWith("[{\"n\":3,\"f\":0.1,\"v\":[0.5,1.5],"
          + "\"d\":\"2024-01-02T03:04:05.000Z\",\"none\":null,\"literal\":[1,2],\"a\":\"");
      // a match without variables: one empty row when its filters hold
      assertThat(rows(g, "query q() { match { \"a\" = \"a\" } return { 1 as one } }"))
          .isEqualTo("[{\"one\":1}]");
      assertThat(rows(g, "query q() { match { \"a\" = \"b\" } return { count(1) as n } }"))
          .isEqualTo("[{\"n\":0}]");
      // a repeated name: one member, at the first position, with the last value
      assertThat(rows(g, "query q() { match { $p: Person } return { $p.name as x, $p.age, "
          + "$p.age as x } limit 1 }")).isEqualTo("[{\"x\":30,\"p.age\":30}]");
      // a limit without order keeps match order and stops early
      assertThat(rows(g, "query q() { match { $a: Person  $b: Person } return { $a.name, $b.name } "
          + "limit 3 }")).isEqualTo("[{\"a.name\":\"Alice\",\"b.name\":\"Alice\"},"
          + "{\"a.name\":\"Alice\",\"b.name\":\"Bob\"},{\"a.name\":\"Alice\",\"b.name\":\"Charlie\"}]");
      // ordering by a property not projected; several keys; stable ties
      assertThat(rows(g, "query q() { match { $p: Person  $p knows $f } return { $f.name } "
          + "order { $p.age desc, $f.name desc } }"))
          .isEqualTo("[{\"f.name\":\"Charlie\"},{\"f.name\":\"Bob\"},{\"f.name\":\"Diana\"}]");
      // grouping by a node, counting a null-able property and a null parameter
      assertThat(rows(g, "query q($none: String?) { match { $p: Person  $p knows $f } "
          + "return { $p, count($f.age) as ages, count($none) as nones, max($f.name) as last } }"))
          .isEqualTo("[{\"p\":\"Alice\",\"ages\":2,\"nones\":0,\"last\":\"Charlie\"},"
              + "{\"p\":\"Bob\",\"ages\":1,\"nones\":0,\"last\":\"Diana\"}]");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("errors at execution: invalid temporal text (L§3.5)")
  void executionErrors(String mode) {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve(mode), TYPES_PG, TYPES_JSONL,
        options(mode))) {
      assertThatThrownBy(() -> rows(g, "query q() { match { $t: Thing  $t.day = date(\"2024-13-01\") }"
          + " return { $t.slug } }")).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
            assertThat(e.getMessage()).startsWith("invalid Date literal '2024-13-01'");
          });
      assertThatThrownBy(() -> rows(g, "query q($at: DateTime) { match { $t: Thing  $t.at > $at } "
          + "return { $t.slug } }", Map.of("at", "yesterday")))
          .isInstanceOfSatisfying(QueryException.class,
              e -> assertThat(e.getMessage()).startsWith("invalid DateTime literal 'yesterday'"));
      assertThatThrownBy(() -> g.read(ReadTarget.branch("nope"), "query q() { match { $t: Thing } "
          + "return { $t.slug } }", null, Map.of())).isInstanceOf(NotFoundException.class)
          .hasMessage("branch 'nope' not found");
      // http.md §4.4: the query is selected, bound and checked before the target is resolved
      assertThatThrownBy(() -> g.read(ReadTarget.branch("nope"), "query q() { match { $t: Foo } "
          + "return { $t.slug } }", null, Map.of())).isInstanceOf(QueryException.class)
          .hasMessage("type error: T1: unknown node type `Foo`");
      assertThatThrownBy(() -> g.read(ReadTarget.branch("main"), "query q() { match { $t: Thing } "
          + "return { $t.slug } }", "other", Map.of())).isInstanceOf(QueryException.class)
          .hasMessage("query 'other' not found");
      assertThatThrownBy(() -> g.prepare("query m($s: String) { insert Thing { slug: $s } }", "m"))
          .isInstanceOf(QueryException.class)
          .hasMessage("type error: mutation query cannot be typechecked with read-query API");
      assertThatThrownBy(() -> g.read(ReadTarget.branch("main"), "query q( {", null, Map.of()))
          .isInstanceOfSatisfying(QueryException.class,
              e -> assertThat(e.kind()).isEqualTo(QueryException.Kind.PARSE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cached", "uncached"})
  @DisplayName("L§4 T8 note, S§6: sum/avg of a node variable fail at execution naming the storage"
      + " type (Utf8); min/max take its id")
  void aggregateOfANodeVariable(String mode) {
    try (Omnigraph g = ReadFixtures.graph(dir.resolve(mode), TYPES_PG, TYPES_JSONL,
        options(mode))) {
      for (String f : new String[] {"sum", "avg"}) {
        assertThatThrownBy(() -> rows(g, "query q() { match { $t: Thing } return { " + f
            + "($t) as x } }")).as(f).isInstanceOfSatisfying(QueryException.class, e -> {
              assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
              assertThat(e).hasMessage(f + ": unsupported type Utf8");
            });
      }
      // also with a group key and when no row matches: the type, not the data, is unsupported
      assertThatThrownBy(() -> rows(g, "query q() { match { $t: Thing  $t.n > 100 } "
          + "return { $t.slug, sum($t) } }")).isInstanceOf(QueryException.class)
          .hasMessage("sum: unsupported type Utf8");
      assertThat(rows(g, "query q() { match { $t: Thing  $t.n > 0 } "
          + "return { min($t) as lo, max($t) as hi } }"))
          .isEqualTo("[{\"lo\":\"t1\",\"hi\":\"\uFFFF\"}]");
    }
  }
}
