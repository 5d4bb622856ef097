package dev.omnigraph.query;

import static dev.omnigraph.query.support.Queries.SEARCH_PG;
import static dev.omnigraph.query.support.Queries.TEST_PG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.query.support.Queries;
import dev.omnigraph.query.support.TestSchemas;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inline queries of expected.md §C, §D and §E parse and type-check (against test.pg unless the
 * case names its own schema); the cases that expect a type error get exactly it.
 */
class InlineCasesTest {
  private static final String CH_PG = "node Person { name: String @key }  edge Knows: Person -> Person";
  private static final String WORKS_PG = "node Person { name: String @key }"
      + "  node Company { name: String @key }  edge WorksAt: Person -> Company";
  private static final String RANGE_PG = "node Person { name: String @key  age: I32?  @range(age, 0..200) }";
  private static final String ROLE_PG =
      "node Person { name: String @key  role: enum(admin, guest, member) }";
  private static final String MOCK_PG =
      "node Doc { slug: String @key  title: String @index  embedding: Vector(4) @index }";
  private static final String INSERT_PERSON = "query insert_person($name: String, $age: I32) {"
      + " insert Person { name: $name, age: $age } }";
  private static final String SET_AGE = "query set_age($name: String, $age: I32) {"
      + " update Person set { age: $age } where name = $name }";

  private static Arguments q(String id, String schema, String params, String body) {
    return Arguments.of(id, schema, "query q(" + params + ") { " + body + " }");
  }

  private static Arguments mr(String id, String params, String match, String ret) {
    return q(id, TEST_PG, params, "match { " + match + " } return { " + ret + " }");
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("C16", TEST_PG, "query by_age_asc() { match { $p: Person } return { $p.name,"
            + " $p.age } order { $p.age asc } }"),
        Arguments.of("C17", TEST_PG, "query young($age: I32) { match { $p: Person  $p.age < $age }"
            + " return { $p.name, $p.age } order { $p.age asc } }"),
        q("C25", TEST_PG, "", "match { $p: Person  $p.age >= 30 } return { $p.name } order { $p.age asc }"),
        q("C26", TEST_PG, "", "match { $p: Person  $p.age <= 28 } return { $p.name } order { $p.age asc }"),
        q("C27", TEST_PG, "", "match { $p: Person  $p.name != \"Alice\" } return { $p.name }"
            + " order { $p.name asc }"),
        q("C28", TEST_PG, "", "match { $p: Person  $p.name != \"Alice\" } return { $p.name }"),
        Arguments.of("C29", TEST_PG, "query filter_date($d: String) { match { $p: Person { name: $d } }"
            + " return { $p.name } }"),
        q("C30", TEST_PG, "", "match { $p: Person } return { $p.name } order { $p.name desc } limit 2"),
        q("C31", TEST_PG, "", "match { $p: Person } return { $p.name } limit 0"),
        mr("C32", "", "$p: Person  $p worksAt $c  $c: Company { name: \"Acme\" }", "$p.name"),
        mr("C33", "", "$p: Person  $p worksAt $c  $c: Company", "$p.name, $c.name"),
        mr("C34", "$name: String", "$p: Person { name: $name }  $p knows $mid  $mid knows $fof",
            "$p.name, $mid.name, $fof.name"),
        mr("C35", "$name: String, $mid_name: String", "$p: Person { name: $name }  $p knows $mid"
            + "  $mid: Person { name: $mid_name }  $mid knows $fof", "$fof.name"),
        mr("C36", "", "$p: Person  $p worksAt $c  $c: Company { name: \"Acme\" }", "$p.name, $c.name"),
        mr("C37", "$company: String", "$p: Person  $p worksAt $c  $c: Company { name: $company }",
            "$p.name, $c.name"),
        mr("C38", "$name: String", "$p: Person { name: $name }  $p knows $f  $p worksAt $c",
            "$f.name, $c.name"),
        mr("C39", "", "$p: Person  $p worksAt $c  $c: Company { name: \"NonExistent\" }", "$p.name"),
        mr("C40", "", "$p: Person  not { $p worksAt $c  $c.name = \"Acme\" }", "$p.name"),
        mr("C41", "", "$p: Person  not { $p worksAt $c  $c: Company { name: \"Acme\" } }", "$p.name"),
        mr("C42", "", "$p: Person  $p knows $_", "$p.name"),
        mr("C43", "", "$p: Person  $c: Company", "$p.name, $c.name"),
        mr("C44", "", "$p: Person  not { $p knows $_ }", "$p.name"),
        mr("C45", "", "$p: Person { name: \"Bob\" }  $p knows $f", "$f.name"),
        mr("C46", "", "$p: Person  not { $p knows $f  $f knows $_ }", "$p.name"),
        Arguments.of("C48", WORKS_PG, "query unemployed() { match { $p: Person  not { $p worksAt $_ } }"
            + " return { $p.name } }"),
        Arguments.of("C49", CH_PG, "query reachable($name: String) { match { $p: Person { name: $name }"
            + "  $p knows{1,3} $f } return { $f.name } }"),
        Arguments.of("C50", CH_PG, "query reachable($name: String) { match { $p: Person { name: $name }"
            + "  $p knows{2,3} $f } return { $f.name } }"),
        Arguments.of("C51", CH_PG, "query reachable($name: String) { match { $p: Person { name: $name }"
            + "  $p knows{2,2} $f } return { $f.name } }"),
        q("C54", TEST_PG, "", "match { $p: Person  $p knows $f } return { $p.name, count($f) as friends }"
            + " order { friends desc }"),
        q("C55", TEST_PG, "", "match { $p: Person } return { min($p.name) as first_name"
            + "  max($p.name) as last_name }"),
        q("C56", TEST_PG, "$name: String", "match { $p: Person { name: $name }  $p knows $mid"
            + "  $mid knows $fof } return { $p.name, count($fof) as fof_count }"),
        q("C57", TEST_PG, "", "match { $p: Person } return { count($p) as total }"),
        q("C58", TEST_PG, "", "match { $p: Person } return { sum($p.age) as s, avg($p.age) as a,"
            + " min($p.age) as lo, max($p.age) as hi }"),
        q("C59", TEST_PG, "", "match { $p: Person  $p.age > 100 } return { count($p) as n,"
            + " sum($p.age) as s }"),
        q("C60", TEST_PG, "", "match { $p: Person  $p.age > 100 } return { $p.name, count($p) as n }"),
        q("C61", TEST_PG, "", "match { $p: Person  $p worksAt $c } return { $c.name, count($p) as n }"
            + " order { $c.name desc }"),
        q("C69a", TEST_PG, "", "match { $p: Person  $p.age > 30 } return { $p.name, $p.age }"
            + " order { $p.age desc }"),
        q("C69b", TEST_PG, "", "match { $p: Person } return { $p.name, $p.age } order { $p.age desc }"),
        q("C69c", TEST_PG, "", "match { $p: Person } return { $p.name, $p.age } order { $p.age asc }"),
        Arguments.of("C70", WORKS_PG, "query company($name: String) { match { $p: Person { name: $name }"
            + "  $p worksAt $c } return { $c.name } }"),
        q("D30", SEARCH_PG, "$q: String", "match { $d: Doc } return { $d.slug, bm25($d.title, $q) as"
            + " score } order { bm25($d.title, $q) } limit 3"),
        q("D31", SEARCH_PG, "$q: Vector(4)", "match { $d: Doc } return { $d.slug,"
            + " nearest($d.embedding, $q) as dist } order { nearest($d.embedding, $q) } limit 3"),
        q("D32", SEARCH_PG, "$q: Vector(4)", "match { $d: Doc } return { $d.slug,"
            + " nearest($d.embedding, $q, \"l2\") as dist } order { nearest($d.embedding, $q, \"l2\") }"
            + " limit 3"),
        q("D33", SEARCH_PG, "$vq: Vector(4), $tq: String", "match { $d: Doc } return { $d.slug,"
            + " rrf(nearest($d.embedding, $vq), bm25($d.title, $tq)) as score }"
            + " order { rrf(nearest($d.embedding, $vq), bm25($d.title, $tq)) } limit 3"),
        q("D34", SEARCH_PG, "$q: Vector(4)", "match { $d: Doc  $d.slug != \"ml-intro\" }"
            + " return { $d.slug } order { nearest($d.embedding, $q) } limit 3"),
        q("D35", SEARCH_PG, "$q: String", "match { $d: Doc  search($d.title, $q) }"
            + " return { count($d) as n }"),
        Arguments.of("D40", SEARCH_PG, "query insert_doc($slug: String, $title: String, $body: String,"
            + " $embedding: Vector(4)) { insert Doc { slug: $slug, title: $title, body: $body,"
            + " embedding: $embedding } }"),
        q("D41", SEARCH_PG, "", "update Doc set { title: \"Deep Learning Fundamentals\" }"
            + " where slug = \"dl-basics\""),
        q("D50", MOCK_PG, "$q: Vector(4)", "match { $d: Doc } return { $d.slug, $d.title }"
            + " order { nearest($d.embedding, $q) } limit 3"),
        q("D51", MOCK_PG, "$q: String", "match { $d: Doc } return { $d.slug, $d.title }"
            + " order { nearest($d.embedding, $q) } limit 3"),
        q("D52", MOCK_PG, "", "match { $d: Doc } return { $d.slug, $d.title }"
            + " order { nearest($d.embedding, \"alpha\") } limit 3"),
        q("D53", MOCK_PG, "$vq: String, $tq: String", "match { $d: Doc } return { $d.slug, $d.title }"
            + " order { rrf(nearest($d.embedding, $vq), bm25($d.title, $tq)) } limit 3"),
        q("E04", TEST_PG, "", "match { $p: Person } return { $p.name }"),
        Arguments.of("E11", TEST_PG, "query rm_co($n: String) { delete Company where name = $n }"),
        Arguments.of("E12", TEST_PG, "query rm_k($t: String) { delete Knows where to = $t }"),
        Arguments.of("E15", TEST_PG, "query add_friend_since($from: String, $to: String, $since: Date)"
            + " { insert Knows { from: $from, to: $to, since: $since } }"),
        Arguments.of("E20", TEST_PG, "query rename_person($old_name: String, $new_name: String) {"
            + " update Person set { name: $new_name } where name = $old_name }"),
        Arguments.of("E30", RANGE_PG, INSERT_PERSON),
        Arguments.of("E31", RANGE_PG, SET_AGE),
        Arguments.of("E32", "node Order { code: String @key  @check(code, \"^[A-Z]{3}-[0-9]+$\") }",
            "query insert_order($code: String) { insert Order { code: $code } }"),
        Arguments.of("E33", "node Order { code: String @key  label: String?  @check(label, \"^[A-Z]+$\") }",
            "query set_label($code: String, $label: String) { update Order set { label: $label }"
                + " where code = $code }"),
        Arguments.of("E34", "node User { name: String @key  email: String?  @unique(email) }",
            "query insert_user($name: String, $email: String) { insert User { name: $name,"
                + " email: $email } }"),
        Arguments.of("E36", WORKS_PG.replace("-> Company", "-> Company @card(0..1)"),
            "query add_employment($person: String, $company: String) { insert WorksAt {"
                + " from: $person, to: $company } }"),
        Arguments.of("E38", TestSchemas.fixture("signals.pg"), "query s($slug: String, $st: String) {"
            + " update Signal set { strength: $st } where slug = $slug }"),
        Arguments.of("E40", ROLE_PG, "query insert_person($name: String, $role: String) {"
            + " insert Person { name: $name, role: $role } }"),
        Arguments.of("E41", ROLE_PG, "query set_role($name: String, $role: String) {"
            + " update Person set { role: $role } where name = $name }"),
        Arguments.of("E42", RANGE_PG.replace("200", "120"), SET_AGE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void typeChecks(String id, String schema, String query) {
    assertThat(Queries.check(schema, query)).isNotNull();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("E21", TEST_PG, "query update_edge($from: String) { update Knows set {"
            + " since: \"2025-01-01\" } where from = $from }",
            "T16: update mutation for edge type `Knows` is not supported"),
        Arguments.of("E22", TEST_PG, "query insert_no_name($age: I32) { insert Person { age: $age } }",
            "T12: insert for `Person` must provide non-nullable property `name`"),
        Arguments.of("E39", TestSchemas.fixture("signals.pg"),
            "query s() { update Signal set { strength: \"huge\" } where slug = \"x\" }",
            "T3: property `strength` expects one of [moderate, strong, weak], got 'huge'"));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rejected")
  void typeErrors(String id, String schema, String query, String message) {
    assertThat(Queries.typeError(schema, query)).isEqualTo(message);
  }
}
