package dev.omnigraph.query.check;

import static dev.omnigraph.query.support.Queries.SEARCH_PG;
import static dev.omnigraph.query.support.Queries.TAGS_PG;
import static dev.omnigraph.query.support.Queries.TEST_PG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.query.ir.MatchClause;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.query.support.Queries;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** expected.md §B.1: queries the type checker accepts. */
class AcceptanceCasesTest {
  private static final String DOC_EMBED_PG =
      "node Doc { slug: String  body: String?  embedding: Vector(3) @embed(body) }";
  private static final String EVENT_PG = "node Event { slug: String @key  at: DateTime }";

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("B03 insert_person", TEST_PG,
            "query insert_person($name: String, $age: I32) { insert Person { name: $name, age: $age } }"),
        Arguments.of("B03 add_friend", TEST_PG,
            "query add_friend($from: String, $to: String) { insert Knows { from: $from, to: $to } }"),
        Arguments.of("B03 set_age", TEST_PG,
            "query set_age($name: String, $age: I32) { update Person set { age: $age } where name = $name }"),
        Arguments.of("B03 remove_person", TEST_PG,
            "query remove_person($name: String) { delete Person where name = $name }"),
        Arguments.of("B03 remove_friendship", TEST_PG,
            "query remove_friendship($from: String) { delete Knows where from = $from }"),
        Arguments.of("B03 insert_person_and_friend", TEST_PG, """
            query insert_person_and_friend($name: String, $age: I32, $friend: String) {
                insert Person { name: $name, age: $age }
                insert Knows { from: $name, to: $friend }
            }"""),
        Arguments.of("B07 negation", TEST_PG,
            "query q() { match { $p: Person  not { $p worksAt $_ } } return { $p.name } }"),
        Arguments.of("B08 aggregation", TEST_PG,
            "query q() { match { $p: Person  $p knows $f } return { $p.name  count($f) as friends } }"),
        Arguments.of("B09 two hop", TEST_PG, "query q($name: String) { match { $p: Person { name: $name }"
            + "  $p knows $mid  $mid knows $fof } return { $fof.name } }"),
        Arguments.of("B10 search", TEST_PG,
            "query q($q: String) { match { $p: Person  search($p.name, $q) } return { $p.name } }"),
        Arguments.of("B10 fuzzy with I64 max edits", TEST_PG, "query q($q: String, $m: I64) { match {"
            + " $p: Person  fuzzy($p.name, $q, $m) } return { $p.name } }"),
        Arguments.of("B10 match_text", TEST_PG,
            "query q($q: String) { match { $p: Person  match_text($p.name, $q) } return { $p.name } }"),
        Arguments.of("B10 bm25 projection", TEST_PG,
            "query q($q: String) { match { $p: Person } return { bm25($p.name, $q) as score } }"),
        Arguments.of("B11 nearest Vector(4)", SEARCH_PG, "query q($q: Vector(4)) { match { $d: Doc }"
            + " return { $d.slug } order { nearest($d.embedding, $q) } limit 3 }"),
        Arguments.of("B11 nearest String", SEARCH_PG, "query q($q: String) { match { $d: Doc }"
            + " return { $d.slug } order { nearest($d.embedding, $q) } limit 3 }"),
        Arguments.of("B12 rrf alias ordering", SEARCH_PG, "query q($vq: Vector(4), $tq: String) {"
            + " match { $d: Doc } return { $d.slug, rrf(nearest($d.embedding, $vq),"
            + " bm25($d.title, $tq), 60) as score } order { score desc } limit 5 }"),
        Arguments.of("B13 insert edge", TEST_PG,
            "query q($a: String, $b: String) { insert Knows { from: $a, to: $b } }"),
        Arguments.of("B13 delete edge", TEST_PG,
            "query q($a: String) { delete Knows where from = $a }"),
        Arguments.of("B15 @embed target omitted", DOC_EMBED_PG,
            "query q($slug: String, $body: String) { insert Doc { slug: $slug  body: $body } }"),
        Arguments.of("B16 membership literal", TAGS_PG,
            "query q() { match { $p: Person { tags: \"rust\" } } return { $p.name } }"),
        Arguments.of("B16 membership parameter", TAGS_PG,
            "query q($t: String) { match { $p: Person { tags: $t } } return { $p.name } }"),
        Arguments.of("B16 contains parameter", TAGS_PG,
            "query q($tag: String) { match { $p: Person  $p.tags contains $tag } return { $p.name } }"),
        Arguments.of("B16 contains literal", TAGS_PG,
            "query q() { match { $p: Person  $p.tags contains \"friend\" } return { $p.name } }"),
        Arguments.of("B16 declared list parameter", TAGS_PG,
            "query q($tags: [String]) { match { $p: Person } return { $p.name, $tags } }"),
        Arguments.of("B17 now() in a read query", EVENT_PG,
            "query due() { match { $e: Event  $e.at <= now() } return { now() as ts } }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void accepted(String id, String schema, String query) {
    assertThat(Queries.check(schema, query)).isNotNull();
  }

  @Test
  @DisplayName("B04 traversal direction out: $f bound as Person")
  void b04() {
    ReadQuery q = Queries.read(TEST_PG, "query q() { match { $p: Person { name: \"Alice\" }"
        + "  $p knows $f } return { $f.name } }");
    MatchClause.Traversal t = (MatchClause.Traversal) q.match().clauses().get(1);
    assertThat(t.direction()).isEqualTo(Direction.OUT);
    assertThat(t.destination().type().name()).isEqualTo("Person");
    assertThat(q.match().variables()).containsOnlyKeys("p", "f");
    assertThat(q.match().variables().get("f").name()).isEqualTo("Person");
  }

  @Test
  @DisplayName("B05 traversal walked from the To side: $p bound as Person")
  void b05() {
    ReadQuery q = Queries.read(TEST_PG, "query q() { match { $c: Company { name: \"Acme\" }"
        + "  $p worksAt $c } return { $p.name } }");
    MatchClause.Traversal t = (MatchClause.Traversal) q.match().clauses().get(1);
    assertThat(t.edge().name()).isEqualTo("WorksAt");
    assertThat(t.direction()).isEqualTo(Direction.OUT);
    assertThat(t.source().variable()).isEqualTo("p");
    assertThat(t.source().type().name()).isEqualTo("Person");
    assertThat(q.match().variables().get("p").name()).isEqualTo("Person");
  }

  @Test
  @DisplayName("B06 bounded traversal: min 1, max 3")
  void b06() {
    ReadQuery q = Queries.read(TEST_PG,
        "query q() { match { $p: Person  $p knows{1,3} $f } return { $f.name } }");
    MatchClause.Traversal t = (MatchClause.Traversal) q.match().clauses().get(1);
    assertThat(t.minHops()).isEqualTo(1);
    assertThat(t.maxHops()).isEqualTo(3);
  }

  @Test
  @DisplayName("B14 multi-statement mutation targets [Person, Knows]")
  void b14() {
    assertThat(Queries.mutation(TEST_PG, "query q($n: String, $a: I32, $f: String) {"
        + " insert Person { name: $n, age: $a }  insert Knows { from: $n, to: $f } }")
        .targetTypes()).containsExactly("Person", "Knows");
  }
}
