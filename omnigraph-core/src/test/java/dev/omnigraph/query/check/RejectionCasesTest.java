package dev.omnigraph.query.check;

import static dev.omnigraph.query.support.Queries.SEARCH_PG;
import static dev.omnigraph.query.support.Queries.TAGS_PG;
import static dev.omnigraph.query.support.Queries.TEST_PG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryException;
import dev.omnigraph.query.support.Queries;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** expected.md §B.2: queries the type checker rejects, with their exact messages. */
class RejectionCasesTest {
  private static final String DOC_EMBED_PG =
      "node Doc { slug: String  body: String?  embedding: Vector(3) @embed(body) }";
  private static final String EVENT_DATE_PG = "node Event { slug: String @key  on: Date }";
  private static final String SEARCH_ORDER = "query q($vq: Vector(4), $tq: String) { match {"
      + " $d: Doc } return { $d.slug } order { rrf(nearest($d.embedding, $vq), bm25($d.title,"
      + " $tq), %s) desc } %s}";

  private static Arguments q(String id, String schema, String params, String body,
      String message) {
    return Arguments.of(id, schema, "query q(" + params + ") { " + body + " }", message);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        q("B30", TEST_PG, "", "match { $p: Foo } return { $p.name }",
            "T1: unknown node type `Foo`"),
        q("B31", TEST_PG, "", "match { $p: Person { salary: 100 } } return { $p.name }",
            "T2: type `Person` has no property `salary`"),
        q("B32", TEST_PG, "", "match { $p: Person { age: \"old\" } } return { $p.name }",
            "T3: property `age` has type I32? but got String"),
        q("B33", TEST_PG, "", "match { $p: Person  $p likes $f } return { $p.name }",
            "T4: unknown edge type `likes`"),
        q("B34", TEST_PG, "", "match { $c: Company  $c knows $f } return { $c.name }",
            "T5: variable `$c` has type `Company`, which is not an endpoint of edge"
                + " `Knows: Person -> Person`"),
        q("B35", TEST_PG, "", "match { $p: Person  $c: Company  $p knows $c } return { $p.name }",
            "T5: variable `$c` has type `Company` but edge `Knows` expects `Person`"),
        q("B36", TEST_PG, "", "match { $p: Person  $p.salary > 100 } return { $p.name }",
            "T6: type `Person` has no property `salary`"),
        q("B37", TEST_PG, "", "match { $p: Person  $q.age > 3 } return { $p.name }",
            "T6: variable `$q` is not bound"),
        q("B38", TEST_PG, "", "match { $p: Person  $p.age > \"old\" } return { $p.name }",
            "T7: cannot compare I32? with String"),
        q("B39", TEST_PG, "", "match { $p: Person  $p != 5 } return { $p.name }",
            "T7: filter comparisons require scalar operands, got node `Person` and I64"),
        q("B40", TEST_PG, "", "match { $p: Person  $p.name contains \"Al\" } return { $p.name }",
            "T7: contains requires a list property on the left, got String"),
        q("B41", TAGS_PG, "", "match { $p: Person  $p.tags contains [\"rust\"] } return { $p.name }",
            "T7: contains requires a scalar right operand"),
        q("B43", TEST_PG, "", "match { $p: Person } return { sum($p.name) as s }",
            "T8: sum requires numeric type, got String"),
        q("B44", TEST_PG, "", "match { $p: Person  not { $x: Company } } return { $p.name }",
            "T9: negation block must reference at least one outer-bound variable"),
        q("B45", TEST_PG, "", "match { $p: Person } return { \"x\", count($p) as n }",
            "T9: non-aggregate expressions in an aggregate query must be property accesses or"
                + " variables"),
        Arguments.of("B46", TEST_PG,
            "query del($name: String) { delete Unknown where name = $name }",
            "T10: unknown node/edge type `Unknown`"),
        Arguments.of("B47", TEST_PG,
            "query up($name: String) { update Person set { salary: 100 } where name = $name }",
            "T11: type `Person` has no property `salary`"),
        Arguments.of("B48", TEST_PG, "query add($age: I32) { insert Person { age: $age } }",
            "T12: insert for `Person` must provide non-nullable property `name`"),
        q("B49", TEST_PG, "$a: String", "insert Knows { from: $a }",
            "T12: insert for `Knows` must provide required endpoint `to`"),
        q("B50", DOC_EMBED_PG, "$slug: String", "insert Doc { slug: $slug }",
            "T12: insert for `Doc` must provide non-nullable property `embedding` or @embed"
                + " source `body`"),
        q("B51", TEST_PG, "", "insert Person { name: \"a\", name: \"b\" }",
            "T13: duplicate assignment for property `name`"),
        q("B52", TEST_PG, "", "insert Person { name: $n }",
            "T14: mutation variable `$n` must be a declared query parameter"),
        q("B53", TEST_PG, "", "match { $p: Person  $p knows{3,1} $f } return { $f.name }",
            "T15: invalid traversal bounds {3,1}; max must be >= min"),
        q("B54", TEST_PG, "", "match { $p: Person  $p knows{1,} $f } return { $f.name }",
            "T15: unbounded traversal is disabled; use bounded traversal {min,max}"),
        q("B55", TEST_PG, "", "match { $p: Person  $p knows{0,2} $f } return { $f.name }",
            "T15: traversal min hop bound must be >= 1"),
        q("B56", SEARCH_PG, "$q: Vector(2)", "match { $d: Doc } return { $d.slug }"
                + " order { nearest($d.embedding, $q) } limit 3",
            "T15: nearest vector dimension mismatch: property is Vector(4), query is Vector(2)"),
        q("B57", SEARCH_PG, "$q: Vector(4)", "match { $d: Doc } return { $d.slug }"
                + " order { nearest($d.embedding, $q, \"hamming\") } limit 3",
            "T15: unknown nearest metric `hamming`; expected one of cosine, l2, dot"),
        Arguments.of("B58", TEST_PG, "query up($f: String) { update Knows set { since:"
                + " \"2025-01-01\" } where from = $f }",
            "T16: update mutation for edge type `Knows` is not supported"),
        q("B59", SEARCH_PG, "$q: Vector(4)", "match { $d: Doc } return { $d.slug }"
                + " order { nearest($d.embedding, $q) }",
            "T17: nearest ordering requires a limit clause"),
        q("B60", SEARCH_PG, "$vq: Vector(4)", "match { $d: Doc } return { $d.slug as score }"
                + " order { nearest($d.embedding, $vq), score desc } limit 5",
            "T18: alias-based ordering is not supported together with nearest in phase 1"),
        q("B61", TEST_PG, "$q: String, $m: F64",
            "match { $p: Person  fuzzy($p.name, $q, $m) } return { $p.name }",
            "T19: fuzzy max_edits must be an integer scalar, got F64"),
        q("B62", TEST_PG, "$q: I64", "match { $p: Person } return { bm25($p.name, $q) as score }",
            "T20: bm25 query must be String, got I64"),
        Arguments.of("B63", SEARCH_PG, SEARCH_ORDER.formatted("60", ""),
            "T21: rrf ordering requires a limit clause"),
        Arguments.of("B64", SEARCH_PG, SEARCH_ORDER.formatted("0", "limit 5 "),
            "T21: rrf k must be greater than 0"),
        q("B66", TEST_PG, "", "match { $p: Person } return { $nobody }",
            "variable `$nobody` is not bound"),
        q("B67", TEST_PG, "", "match { $p: Person  $p: Company } return { $p.name }",
            "variable `$p` already bound to type `Person`, cannot rebind to `Company`"),
        Arguments.of("B68", EVENT_DATE_PG,
            "query stamp() { update Event set { on: now() } where slug = \"launch\" }",
            "T7: cannot assign/compare DateTime with Date for property `on`"),
        q("B69", TEST_PG, "", "match { $p: Person { name: $nobody } } return { $p.name }",
            "T3: match value `$nobody` must be a declared query parameter"));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rejected")
  void rejected(String id, String schema, String query, String message) {
    assertThat(Queries.typeError(schema, query)).isEqualTo(message);
  }

  @Test
  @DisplayName("B42 list equality in a property match is rejected")
  void b42() {
    assertThat(Queries.typeError(TAGS_PG,
        "query q() { match { $p: Person { tags: [\"rust\"] } } return { $p.name } }"))
        .contains("list equality is not supported").contains("membership")
        .isEqualTo("T3: list equality is not supported for property `tags`; use a scalar value"
            + " to match list membership");
  }

  @Test
  @DisplayName("B65 search() is not an rrf rank expression: parse error")
  void b65() {
    assertThat(Queries.parseError("query q($q: String) { match { $d: Doc } return { $d.slug }"
        + " order { rrf(bm25($d.title, $q), search($d.title, $q), 60) desc } limit 5 }"))
        .startsWith("parse error: ").contains("expected rank_expr");
  }

  @Test
  @DisplayName("type errors carry the rule code and the wire prefix")
  void typeErrorShape() {
    try {
      Queries.check(TEST_PG, "query q() { match { $p: Foo } return { $p.name } }");
    } catch (QueryException e) {
      assertThat(e.getMessage()).isEqualTo("type error: T1: unknown node type `Foo`");
      assertThat(e.kind()).isEqualTo(QueryException.Kind.TYPE);
      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo("T1");
        assertThat(d.message()).isEqualTo("T1: unknown node type `Foo`");
        assertThat(d.hasPosition()).isFalse();
      });
      return;
    }
    throw new AssertionError("no error");
  }
}
