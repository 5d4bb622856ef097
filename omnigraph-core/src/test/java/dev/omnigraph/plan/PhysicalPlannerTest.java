package dev.omnigraph.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.QueryException;
import dev.omnigraph.query.support.Queries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Physical plans: accesses, filter and anti-join placement, output; unsupported shapes. */
class PhysicalPlannerTest {
  private static PhysicalPlan plan(String body) {
    return PhysicalPlanner.plan(Queries.read(Queries.TEST_PG, body));
  }

  private static void rejects(String schema, String body, String message) {
    assertThatThrownBy(() -> PhysicalPlanner.plan(Queries.read(schema, body)))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  @Test
  @DisplayName("an equality on the String @key becomes a key lookup; other filters stay on it")
  void keyLookup() {
    assertThat(plan("query q($n: String) { match { $p: Person { name: $n }  $p.age > 20 } "
        + "return { $p.age } }").toString()).isEqualTo("""
        slots 0 $p: Person
        KeyLookup(slot 0: Person.name = $n, [$p.age > 20])
        Project[$p.age as p.age: I32?]
        """);
    assertThat(plan("query q() { match { $p: Person  \"Bob\" = $p.name } return { $p } }")
        .match().roots().get(0)).isInstanceOf(RootAccess.KeyLookup.class);
    assertThat(plan("query q() { match { $p: Person  $p.name >= \"Bob\" } return { $p } }")
        .match().roots().get(0)).isInstanceOf(RootAccess.Scan.class);
  }

  @Test
  @DisplayName("filters run where their variables are first bound")
  void filterPlacement() {
    assertThat(plan("""
        query q() {
            match {
                $p: Person
                $p knows $f
                $f worksAt $c
                $f.age > $p.age
                $c.name = "Acme"
                $p.age < 40
            }
            return { $f.name }
        }""").toString()).isEqualTo("""
        slots 0 $p: Person, 1 $f: Person, 2 $c: Company
        Scan(slot 0: Person, [$p.age < 40])
        Expand(slot 0 -Knows/out-> slot 1: Person)
        Filter($f.age > $p.age)
        Expand(slot 1 -WorksAt/out-> slot 2: Company, [$c.name = "Acme"])
        Project[$f.name as f.name: String]
        """);
  }

  @Test
  @DisplayName("anti-joins run once their outer variables are bound; nested blocks count")
  void antiJoinPlacement() {
    assertThat(plan("""
        query q() {
            match {
                $p: Person
                $p knows $f
                not { $p worksAt $_ }
                not { $f knows $g  not { $g knows $p } }
            }
            return { $p.name }
        }""").toString()).isEqualTo("""
        slots 0 $p: Person, 1 $f: Person
        Scan(slot 0: Person)
        AntiJoin(
            slots 0 $p: Person, 1 $f: Person
            Seed(outer row)
            Expand(slot 0 -WorksAt/out-> _: Company))
        Expand(slot 0 -Knows/out-> slot 1: Person)
        AntiJoin(
            slots 0 $p: Person, 1 $f: Person, 2 $g: Person
            Seed(outer row)
            Expand(slot 1 -Knows/out-> slot 2: Person)
            AntiJoin(
                slots 0 $p: Person, 1 $f: Person, 2 $g: Person
                Seed(outer row)
                Reach(slot 2 -Knows/out-> slot 0)))
        Project[$p.name as p.name: String]
        """);
  }

  @Test
  @DisplayName("an equality between two roots' properties is a hash join when hashing is exact")
  void hashJoins() {
    assertThat(plan("query q() { match { $a: Person  $c: Company  $c.name = $a.name } "
        + "return { $a.name } }").toString()).isEqualTo("""
        slots 0 $a: Person, 1 $c: Company
        Scan(slot 0: Person)
        Scan(slot 1: Company)
        HashJoin(slot 1 $c.name = slot 0 $a.name)
        Project[$a.name as a.name: String]
        """);
    // a second equality into the same root stays a filter; an ordering comparison too
    PhysicalPlan p = plan("query q() { match { $a: Person  $b: Person  $a.age = $b.age "
        + " $a.name = $b.name  $a.age < $b.age } return { $a.name } }");
    assertThat(p.match().joins()).hasSize(1);
    assertThat(p.match().steps()).hasSize(2);
    String numbers = """
        node A { k: String @key  i: I32  l: I64  f: F64 }
        """;
    assertThat(PhysicalPlanner.plan(Queries.read(numbers, "query q() { match { $x: A  $y: A "
        + " $x.i = $y.l } return { $x.k } }")).match().joins()).hasSize(1);
    assertThat(PhysicalPlanner.plan(Queries.read(numbers, "query q() { match { $x: A  $y: A "
        + " $x.i = $y.f } return { $x.k } }")).match().joins()).isEmpty();
  }

  @Test
  @DisplayName("a cycle-closing traversal is a reachability check with its hop bounds")
  void reach() {
    assertThat(plan("query q() { match { $a: Person  $a knows $b  $b knows{1,3} $a } "
        + "return { $a.name } }").match().steps().get(1).toString())
        .isEqualTo("Reach(slot 1 -Knows/out{1,3}-> slot 0)");
  }

  @Test
  @DisplayName("output: aggregates, sort keys on result columns or match rows, limit")
  void output() {
    assertThat(plan("query q() { match { $p: Person  $p knows $f } return { $p.name, "
        + "count($f) as friends } order { friends desc, $p.name } limit 3 }").output().toString())
        .isEqualTo("""
            Aggregate[$p.name as p.name: String, count($f) as friends: I64]
            Sort[column 1 desc, column 0 asc]
            Limit(3)
            """);
    assertThat(plan("query q() { match { $p: Person } return { $p.name as n } "
        + "order { $p.age desc, n } }").output().sort().toString())
        .isEqualTo("[$p.age desc, $p.name asc]");
  }

  @Test
  @DisplayName("the properties each node type is read for")
  void columns() {
    PhysicalPlan p = plan("query q() { match { $p: Person  $p worksAt $c  $p.age > 3 } "
        + "return { $c.name } order { $p.name } }");
    assertThat(p.columns().get("Person")).extracting(dev.omnigraph.schema.Property::name)
        .containsExactlyInAnyOrder("age", "name");
    assertThat(p.columns().get("Company")).extracting(dev.omnigraph.schema.Property::name)
        .containsExactly("name");
  }

  @Test
  @DisplayName("languages.md §3.7–3.10: shapes execution rejects")
  void unsupportedShapes() {
    String pg = Queries.TEST_PG;
    rejects(pg, "query q() { match { $p: Person } return { $p.name as n, n } }",
        "unsupported projection expression: n");
    rejects(pg, "query q() { match { $p: Person } return { search($p.name, \"x\") } }",
        "unsupported projection expression: search($p.name, \"x\")");
    rejects(pg, "query q() { match { $p: Person } return { $p.name } order { nothere } }",
        "alias 'nothere' not found for ordering");
    rejects(pg, "query q() { match { $p: Person } return { count($p) as n } order { $p.age } }",
        "column 'p.age' not found for ordering");
    rejects(pg, "query q() { match { $p: Person } return { $p.name } order { $p } }",
        "unsupported ordering expression");
    rejects(pg, "query q($q: String) { match { $p: Person } return { $p.name } "
        + "order { $p.name, bm25($p.name, $q) } }", "unsupported ordering expression");
  }

  @Test
  @DisplayName("search functions fail planning: not supported by this build yet")
  void searchNotSupported() {
    String pg = Queries.TEST_PG;
    String message = "search function `%s` is not supported by this build yet";
    rejects(pg, "query q($q: String) { match { $p: Person  search($p.name, $q) } "
        + "return { $p.name } }", message.formatted("search"));
    rejects(pg, "query q($q: String) { match { $p: Person  fuzzy($p.name, $q) } "
        + "return { $p.name } }", message.formatted("fuzzy"));
    rejects(pg, "query q($q: String) { match { $p: Person  match_text($p.name, $q) } "
        + "return { $p.name } }", message.formatted("match_text"));
    rejects(pg, "query q($q: String) { match { $p: Person } return { bm25($p.name, $q) as s } }",
        message.formatted("bm25"));
    rejects(pg, "query q($q: String) { match { $p: Person } return { $p.name } "
        + "order { bm25($p.name, $q) } }", message.formatted("bm25"));
    rejects(Queries.SEARCH_PG, "query q($v: Vector(4)) { match { $d: Doc } return { $d.slug } "
        + "order { nearest($d.embedding, $v) } limit 3 }", message.formatted("nearest"));
    rejects(Queries.SEARCH_PG, "query q($v: Vector(4), $t: String) { match { $d: Doc } "
        + "return { $d.slug } order { rrf(nearest($d.embedding, $v), bm25($d.title, $t)) } "
        + "limit 3 }", message.formatted("rrf"));
  }
}
