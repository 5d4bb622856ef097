package dev.omnigraph.query.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.QueryException;
import dev.omnigraph.QueryFile;
import dev.omnigraph.query.support.Queries;
import dev.omnigraph.query.support.TestSchemas;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One accepted and one rejected query per type-checking rule of languages.md §4.2 (T1…T21 with
 * their sub-rules, U1…U6), against a schema that has every property kind.
 */
class TypeRulesTest {
  static final String SCHEMA = """
      node Person {
          name: String @key
          age: I32?
          tags: [String]?
          born: Date?
          seen: DateTime?
          score: F64?
      }
      node Company { name: String @key }
      node Doc {
          slug: String @key
          title: String
          body: String?
          file: Blob?
          embedding: Vector(3)
      }
      node Decision { slug: String @key  status: enum(accepted, proposed, rejected) }
      node Note { slug: String @key  text: String?  vec: Vector(3) @embed(text) }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company { role: String }
      """;

  private static Arguments rule(String rule, String accepted, String rejected, String message) {
    return Arguments.of(rule, accepted, rejected, message);
  }

  private static String read(String params, String match, String ret) {
    return "query q(" + params + ") { match { " + match + " } return { " + ret + " } }";
  }

  private static String mutation(String params, String body) {
    return "query q(" + params + ") { " + body + " }";
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("T1", read("", "$p: Person", "$p.name"), read("", "$k: Knows", "$k"),
            "T1: unknown node type `Knows`"),
        rule("T2", read("", "$p: Person { name: \"A\" }", "$p.age"),
            read("", "$p: Person { salary: 1 }", "$p"), "T2: type `Person` has no property `salary`"),
        rule("T3.1", read("$f: String", "$d: Doc { slug: $f }", "$d"),
            read("$f: String", "$d: Doc { file: $f }", "$d"),
            "T3: blob property `Doc.file` cannot be used in match patterns"),
        rule("T3.2", read("", "$p: Person { tags: \"rust\" }", "$p"),
            read("", "$p: Person { tags: [\"rust\"] }", "$p"),
            "T3: list equality is not supported for property `tags`; use a scalar value to match"
                + " list membership"),
        rule("T3.3", read("", "$p: Person { tags: \"x\" }", "$p"),
            read("", "$p: Person { tags: 5 }", "$p"),
            "T3: property `tags` has type [String]? but membership match got I64"),
        rule("T3.4", read("", "$d: Doc { embedding: [1, 2.5, 3] }", "$d"),
            read("", "$d: Doc { embedding: [1, 2] }", "$d"),
            "T3: property `embedding` has type Vector(3) but got vector literal with 2 elements"),
        rule("T3.5", read("", "$p: Person { age: 30 }", "$p"),
            read("", "$p: Person { born: \"2026-02-14\" }", "$p"),
            "T3: property `born` has type Date? but got String"),
        rule("T3.6", mutation("", "update Decision set { status: \"accepted\" } where slug = \"a\""),
            read("", "$d: Decision { status: \"done\" }", "$d"),
            "T3: property `status` expects one of [accepted, proposed, rejected], got 'done'"),
        rule("T3.7", read("$n: String", "$p: Person { name: $n }", "$p"),
            read("", "$p: Person { name: $nobody }", "$p"),
            "T3: match value `$nobody` must be a declared query parameter"),
        rule("T4", read("", "$p: Person  $p worksat $c", "$c.name"),
            read("", "$p: Person  $p works_at $c", "$c.name"), "T4: unknown edge type `works_at`"),
        rule("T5.1", read("", "$c: Company  $p worksAt $c", "$p.name"),
            read("", "$c: Company  $c knows $f", "$c"),
            "T5: variable `$c` has type `Company`, which is not an endpoint of edge"
                + " `Knows: Person -> Person`"),
        rule("T5.2", read("", "$p: Person  $c: Company  $p worksAt $c", "$p"),
            read("", "$a worksAt $a", "$a"),
            "T5: variable `$a` has type `Person` but edge `WorksAt` expects `Company`"),
        rule("T6.1", read("", "$p: Person  $p.age > 3", "$p"),
            read("", "$p: Person  $q.age > 3", "$p"), "T6: variable `$q` is not bound"),
        rule("T6.2", read("", "$p: Person  $p.score > 1.5", "$p"),
            read("", "$p: Person  $p.salary > 3", "$p"), "T6: type `Person` has no property `salary`"),
        rule("T7.1", read("", "$p: Person  $p.age != 5", "$p"),
            read("", "$p: Person  $p.age > count($p)", "$p"),
            "T7: filter comparisons require scalar operands, got I32? and aggregate"),
        rule("T7.1 (unknown alias)", read("", "$p: Person  $p.name = \"x\"", "$p"),
            read("", "$p: Person  x > 3", "$p.name as x"),
            "T7: filter comparisons require scalar operands, got aggregate and I64"),
        rule("T7.2", read("", "$p: Person  $p.tags contains \"Al\"", "$p"),
            read("", "$p: Person  $p.name contains \"Al\"", "$p"),
            "T7: contains requires a list property on the left, got String"),
        rule("T7.3", read("$t: String", "$p: Person  $p.tags contains $t", "$p"),
            read("$t: [String]", "$p: Person  $p.tags contains $t", "$p"),
            "T7: contains requires a scalar right operand"),
        rule("T7.4", read("$t: String?", "$p: Person  $p.tags contains $t", "$p"),
            read("$v: Vector(3)", "$p: Person  $p.tags contains $v", "$p"),
            "T7: vector membership filters are not supported"),
        rule("T7.5", read("", "$p: Person  $p.tags contains \"a\"", "$p"),
            read("", "$p: Person  $p.tags contains 3", "$p"),
            "T7: cannot test membership of I64 in [String]?"),
        rule("T7.6", read("", "$p: Person  $p.name = \"a\"", "$p"),
            read("", "$p: Person  $p.tags = \"a\"", "$p"),
            "T7: list comparisons in filters are not supported; use `contains` for list"
                + " membership"),
        rule("T7.7", read("", "$d: Doc  $d.title = \"a\"", "$d"),
            read("$v: Vector(3)", "$d: Doc  $d.embedding = $v", "$d"),
            "T7: vector comparisons in filters are not supported"),
        rule("T7.8", read("$s: String", "$d: Doc  $d.body = $s", "$d"),
            read("$s: String", "$d: Doc  $d.file = $s", "$d"),
            "T7: blob comparisons in filters are not supported"),
        rule("T7.9", read("", "$p: Person  $p.age > 2.5", "$p"),
            read("", "$p: Person  $p.born = now()", "$p"),
            "T7: cannot compare Date? with DateTime"),
        rule("T7.10", read("$t: String", "$p: Person { tags: $t }", "$p"),
            read("$t: [String]", "$p: Person { tags: $t }", "$p"),
            "T7: list equality is not supported for property `tags`; use a scalar parameter for"
                + " membership matching"),
        rule("T7.11", read("$t: String", "$p: Person { tags: $t }", "$p"),
            read("$t: I32", "$p: Person { tags: $t }", "$p"),
            "T7: cannot compare I32 membership against [String]? for property `tags`"),
        rule("T7.12", mutation("$s: String",
                "insert Doc { slug: \"a\", title: \"t\", embedding: [1, 2, 3], file: $s }"),
            mutation("$a: String", "insert Person { name: \"x\", age: $a }"),
            "T7: cannot assign/compare String with I32? for property `age`"),
        rule("T7.13", mutation("", "update Person set { seen: now() } where name = \"a\""),
            mutation("", "update Person set { born: now() } where name = \"a\""),
            "T7: cannot assign/compare DateTime with Date? for property `born`"),
        rule("T8.1", read("", "$p: Person", "sum($p.age) as s"),
            read("", "$p: Person", "avg($p.tags) as s"),
            "T8: avg requires numeric type, got [String]?"),
        rule("T8.2", read("", "$p: Person", "min($p.name) as s"),
            read("", "$p: Person", "max($p.born) as s"),
            "T8: max requires numeric or string type, got Date?"),
        rule("T9.1", read("", "$p: Person  not { $p knows $f  $f.age > 3 }", "$p"),
            read("", "$p: Person  not { $x: Company }", "$p"),
            "T9: negation block must reference at least one outer-bound variable"),
        rule("T9.2", read("$n: String", "$p: Person", "$p.name, $p, $n, count($p) as c"),
            read("", "$p: Person", "now(), count($p) as c"),
            "T9: non-aggregate expressions in an aggregate query must be property accesses or"
                + " variables"),
        rule("T10", mutation("$n: String", "delete Company where name = $n"),
            mutation("$n: String", "insert Nothing { name: $n }"),
            "T10: unknown node/edge type `Nothing`"),
        rule("T11.1", mutation("$n: String", "delete Knows where since = date(\"2020-01-01\")"),
            mutation("$n: String", "delete Knows where weight = $n"),
            "T11: type `Knows` has no property `weight`"),
        rule("T11.2", mutation("$s: String", "delete Doc where slug = $s"),
            mutation("$s: String", "delete Doc where file = $s"),
            "T11: blob property `file` cannot be used in WHERE predicates"),
        rule("T12.1", mutation("$n: String", "insert Person { name: $n }"),
            mutation("$n: String", "insert Doc { slug: $n, embedding: [1, 2, 3] }"),
            "T12: insert for `Doc` must provide non-nullable property `title`"),
        rule("T12.2", mutation("$n: String", "insert Note { slug: $n, text: $n }"),
            mutation("$n: String", "insert Note { slug: $n }"),
            "T12: insert for `Note` must provide non-nullable property `vec` or @embed source"
                + " `text`"),
        rule("T12.3", mutation("$a: String", "insert Knows { from: $a, to: $a }"),
            mutation("$a: String", "insert Knows { to: $a }"),
            "T12: insert for `Knows` must provide required endpoint `from`"),
        rule("T12.4", mutation("$a: String", "insert WorksAt { from: $a, to: $a, role: \"dev\" }"),
            mutation("$a: String", "insert WorksAt { from: $a, to: $a }"),
            "T12: insert for `WorksAt` must provide non-nullable property `role`"),
        rule("T13", mutation("", "update Person set { age: 1, score: 2 } where name = \"a\""),
            mutation("", "update Person set { age: 1, age: 2 } where name = \"a\""),
            "T13: duplicate assignment for property `age`"),
        rule("T14", mutation("$n: String", "delete Person where name = $n"),
            mutation("", "delete Person where name = $n"),
            "T14: mutation variable `$n` must be a declared query parameter"),
        rule("T15.1", read("", "$p: Person  $p knows{1,2} $f", "$f"),
            read("", "$p: Person  $p knows{0,2} $f", "$f"),
            "T15: traversal min hop bound must be >= 1"),
        rule("T15.2", read("", "$p: Person  $p knows{2,2} $f", "$f"),
            read("", "$p: Person  $p knows{3,1} $f", "$f"),
            "T15: invalid traversal bounds {3,1}; max must be >= min"),
        rule("T15.3", read("", "$p: Person  $p knows{1,5} $f", "$f"),
            read("", "$p: Person  $p knows{1,} $f", "$f"),
            "T15: unbounded traversal is disabled; use bounded traversal {min,max}"),
        rule("T15.4", nearest("$q: Vector(3)", "$d.embedding, $q"),
            nearest("$q: Vector(3)", "$x.embedding, $q"), "T15: variable `$x` is not bound"),
        rule("T15.4 (property)", nearest("$q: String", "$d.embedding, $q"),
            nearest("$q: String", "$d.nope, $q"), "T15: type `Doc` has no property `nope`"),
        rule("T15.5", nearest("", "$d.embedding, [1, 2, 3]"),
            nearest("$q: String", "$d.title, $q"),
            "T15: nearest requires a Vector property, got Doc.title: String"),
        rule("T15.6", nearest("", "$d.embedding, [0.5, 1, 2]"),
            nearest("", "$d.embedding, [1, 2]"),
            "T15: nearest vector dimension mismatch: property is Vector(3), query literal has 2"
                + " elements"),
        rule("T15.7", nearest("$q: Vector(3)", "$d.embedding, $q"),
            nearest("$q: Vector(2)", "$d.embedding, $q"),
            "T15: nearest vector dimension mismatch: property is Vector(3), query is Vector(2)"),
        rule("T15.8", nearest("", "$d.embedding, \"alpha\""),
            nearest("$q: [F32]", "$d.embedding, $q"),
            "T15: nearest query must be Vector(3) or String, got [F32]"),
        rule("T15.8 (node)", nearest("$q: String?", "$d.embedding, $q"),
            nearest("", "$d.embedding, $d"), "T15: nearest query must be a scalar expression"),
        rule("T15.9", nearest("$q: Vector(3)", "$d.embedding, $q, \"l2\""),
            nearest("$q: Vector(3)", "$d.embedding, $q, \"hamming\""),
            "T15: unknown nearest metric `hamming`; expected one of cosine, l2, dot"),
        rule("T16", mutation("$a: String", "delete Knows where to = $a"),
            mutation("$a: String", "update Knows set { since: date(\"2020-01-01\") } where from = $a"),
            "T16: update mutation for edge type `Knows` is not supported"),
        rule("T17", "query q($q: Vector(3)) { match { $d: Doc } return { nearest($d.embedding, $q)"
                + " as dist } order { nearest($d.embedding, $q) } limit 2 }",
            "query q($q: Vector(3)) { match { $d: Doc } return { nearest($d.embedding, $q) as dist }"
                + " order { dist } }",
            "T17: nearest ordering requires a limit clause"),
        rule("T18", "query q($q: Vector(3)) { match { $d: Doc } return { $d.slug as s }"
                + " order { nearest($d.embedding, $q), $d.slug } limit 2 }",
            "query q($q: Vector(3)) { match { $d: Doc } return { nearest($d.embedding, $q) as dist }"
                + " order { dist } limit 2 }",
            "T18: alias-based ordering is not supported together with nearest in phase 1"),
        rule("T19 (field)", read("$q: String", "$p: Person  search($p.name, $q)", "$p"),
            read("$q: String", "$p: Person  search($p.age, $q)", "$p"),
            "T19: search field must be String, got I32?"),
        rule("T19 (query)", read("", "$p: Person  fuzzy($p.name, \"x\")", "$p"),
            read("$q: I64", "$p: Person  fuzzy($p.name, $q)", "$p"),
            "T19: fuzzy query must be String, got I64"),
        rule("T19 (node field)", read("$q: String", "$p: Person  search($p.name, $q) = true", "$p"),
            read("$q: String", "$p: Person  search($p, $q)", "$p"),
            "T19: search field must be a scalar String expression"),
        rule("T19 (max edits)", read("$q: String, $m: U32", "$p: Person  fuzzy($p.name, $q, $m)", "$p"),
            read("$q: String", "$p: Person  fuzzy($p.name, $q, count($p))", "$p"),
            "T19: fuzzy max_edits must be an integer scalar expression"),
        rule("T20", read("$q: String", "$d: Doc  match_text($d.body, $q)", "$d"),
            read("$q: String", "$d: Doc  match_text($d.file, $q)", "$d"),
            "T20: match_text field must be String, got Blob?"),
        rule("T20 (query)", read("$q: String", "$d: Doc", "bm25($d.title, $q) as s"),
            read("", "$d: Doc", "bm25($d.title, $d) as s"),
            "T20: bm25 query must be a scalar String expression"),
        rule("T21.1", rrf("$k: I32", "$k", "limit 3"), rrf("$k: F64", "$k", "limit 3"),
            "T21: rrf k must be an integer scalar, got F64"),
        rule("T21.1 (node)", rrf("$k: U64", "$k", "limit 3"), rrf("", "$d", "limit 3"),
            "T21: rrf k must be an integer scalar expression"),
        rule("T21.2", rrf("", "1", "limit 3"), rrf("", "0", "limit 3"),
            "T21: rrf k must be greater than 0"),
        rule("T21.3", rrf("", "60", "limit 3"), rrf("", "60", ""),
            "T21: rrf ordering requires a limit clause"),
        rule("U1", read("$n: String", "$p: Person", "$p, $n"), read("", "$p: Person", "$nobody"),
            "variable `$nobody` is not bound"),
        rule("U2", read("", "$p: Person  $p: Person { name: \"a\" }", "$p"),
            read("", "$p: Person  $p: Company", "$p"),
            "variable `$p` already bound to type `Person`, cannot rebind to `Company`"),
        rule("U3", read("$now: DateTime", "$p: Person  $p.seen < $now", "$p"),
            read("$__nanograph_now: DateTime", "$p: Person", "$p"),
            "parameter name `$__nanograph_now` is reserved for runtime timestamp injection"),
        rule("U4", read("", "$p: Person { tags: \"a\" }", "[1, 2.5] as l"),
            read("", "$p: Person", "[1, \"a\"] as l"),
            "list literal elements must share a compatible scalar type"),
        rule("U4 (nested)", read("", "$p: Person", "[] as l"), read("", "$p: Person", "[[1]] as l"),
            "nested list literals are not supported"),
        rule("U5", read("$q: Vector(2147483647)", "$p: Person", "$p"),
            read("$q: Vector(0)", "$p: Person", "$p"), "unknown parameter type `Vector(0)` for `$q`"),
        rule("U5 (too large)", read("$q: Vector(7)", "$p: Person", "$p"),
            read("$q: Vector(2147483648)", "$p: Person", "$p"),
            "unknown parameter type `Vector(2147483648)` for `$q`"));
  }

  private static String nearest(String params, String args) {
    return "query q(" + params + ") { match { $d: Doc } return { $d.slug }"
        + " order { nearest(" + args + ") } limit 3 }";
  }

  private static String rrf(String params, String k, String limit) {
    return "query q(" + (params.isEmpty() ? "" : params + ", ") + "$q: Vector(3), $t: String) {"
        + " match { $d: Doc } return { $d.slug } order { rrf(nearest($d.embedding, $q),"
        + " bm25($d.title, $t), " + k + ") } " + limit + " }";
  }

  @ParameterizedTest(name = "{0} accepts")
  @MethodSource("rules")
  void accepts(String rule, String accepted, String rejected, String message) {
    assertThat(Queries.check(SCHEMA, accepted)).isNotNull();
  }

  @ParameterizedTest(name = "{0} rejects: {3}")
  @MethodSource("rules")
  void rejects(String rule, String accepted, String rejected, String message) {
    assertThat(Queries.typeError(SCHEMA, rejected)).isEqualTo(message);
  }

  @Test
  @DisplayName("U6 a mutation through the read path")
  void u6() {
    QueryFile file = QueryFile.parse("query m($n: String) { delete Person where name = $n }");
    assertThatThrownBy(() -> file.prepareRead(TestSchemas.catalog(SCHEMA), "m", null))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          assertThat(e.kind()).isEqualTo(QueryException.Kind.TYPE);
          assertThat(e).hasMessage(
              "type error: mutation query cannot be typechecked with read-query API");
        });
  }

  @Test
  @DisplayName("the first error in check order wins: params, then match clauses in order")
  void checkOrder() {
    assertThat(Queries.typeError(SCHEMA,
        read("$q: Vector(0)", "$p: Foo", "$nobody"))).startsWith("unknown parameter type");
    assertThat(Queries.typeError(SCHEMA,
        read("", "$p: Person  $p.nope > 1  $x: Foo", "$nobody"))).startsWith("T6");
    assertThat(Queries.typeError(SCHEMA,
        read("", "$p: Person", "$nobody, sum($p.name) as s"))).startsWith("variable `$nobody`");
    // T21 before T17, and both after projections and order keys.
    assertThat(Queries.typeError(SCHEMA, "query q($q: Vector(3), $t: String) { match { $d: Doc }"
        + " return { $d.slug } order { nearest($d.embedding, $q), rrf(nearest($d.embedding, $q),"
        + " bm25($d.title, $t)) } }")).startsWith("T21");
    // T9 (aggregate shape) comes last.
    assertThat(Queries.typeError(SCHEMA, "query q($q: Vector(3)) { match { $d: Doc }"
        + " return { \"x\", count($d) as n } order { nearest($d.embedding, $q) } }"))
        .startsWith("T17");
    // insert: T13 before the type lookup (T10).
    assertThat(Queries.typeError(SCHEMA, mutation("", "insert Nope { a: 1, a: 2 }")))
        .startsWith("T13");
    // update: T16/T10 before T13.
    assertThat(Queries.typeError(SCHEMA,
        mutation("", "update Knows set { a: 1, a: 2 } where from = \"x\""))).startsWith("T16");
  }
}
