package dev.omnigraph.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.query.support.Queries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lowering of checked queries to the reference pipeline (semantics.md §2.1), no storage. */
class LoweringTest {
  private static String lower(String body) {
    return Lowering.lower(Queries.read(Queries.TEST_PG, body)).toString();
  }

  private static String lower(String schema, String body) {
    return Lowering.lower(Queries.read(schema, body)).toString();
  }

  @Test
  @DisplayName("semantics.md §2.3: components, deferred binding, filter, anti-join")
  void specExample() {
    assertThat(lower("""
        query acme_friends() {
            match {
                $p: Person
                $p worksAt $c
                $c: Company { name: "Acme" }
                $p knows $f
                $f.age > 26
                not { $f worksAt $_ }
            }
            return { $p.name, $f.name }
        }""")).isEqualTo("""
        1. Scan(p, Person, [])
        2. Expand(p → c, WorksAt, out, Company, 1, 1, [$c.name = "Acme"])
        3. Expand(p → f, Knows, out, Person, 1, 1, [])
        4. Filter($f.age > 26)
        5. AntiJoin(f, [Expand(f → _, WorksAt, out, Company, 1, 1, [])])
        """);
  }

  @Test
  @DisplayName("a traversal from its bound destination walks the edge backwards")
  void reverseExpansion() {
    assertThat(lower("query q($company: String) { match { $c: Company { name: $company } "
        + " $p worksAt $c } return { $p.name } }")).isEqualTo("""
        1. Scan(c, Company, [$c.name = $company])
        2. Expand(c → p, WorksAt, in, Person, 1, 1, [])
        """);
  }

  @Test
  @DisplayName("unconnected bindings are separate roots, scanned in source order")
  void crossProduct() {
    assertThat(lower("query q() { match { $p: Person  $c: Company } return { $p.name } }"))
        .isEqualTo("""
            1. Scan(p, Person, [])
            2. Scan(c, Company, [])
            """);
  }

  @Test
  @DisplayName("a traversal between two bound variables closes a cycle")
  void cycleClosing() {
    assertThat(lower("query q() { match { $a: Person  $a knows $b  $b knows $a } "
        + "return { $a.name } }")).isEqualTo("""
        1. Scan(a, Person, [])
        2. Expand(a → b, Knows, out, Person, 1, 1, [])
        3. Expand(b → __temp_a, Knows, out, Person, 1, 1, [])
        4. Filter(__temp_a.id = a.id)
        """);
  }

  @Test
  @DisplayName("ours: a component without binding is rooted at its first traversal's first variable")
  void implicitRoot() {
    assertThat(lower("query q() { match { $a knows{1,2} $b } return { $b.name } }"))
        .isEqualTo("""
            1. Scan(a, Person, [])
            2. Expand(a → b, Knows, out, Person, 1, 2, [])
            """);
    assertThat(lower("query q() { match { $c: Company  $x knows $_ } return { $c.name } }"))
        .isEqualTo("""
            1. Scan(c, Company, [])
            2. Scan(x, Person, [])
            3. Expand(x → _, Knows, out, Person, 1, 1, [])
            """);
  }

  @Test
  @DisplayName("ours: a variable bound twice is one node satisfying both bindings")
  void boundTwice() {
    assertThat(lower("query q() { match { $p: Person { name: \"Alice\" }  $p: Person { age: 30 } } "
        + "return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [$p.name = "Alice", $p.age = 30])
        """);
  }

  @Test
  @DisplayName("a binding written after its traversal is still a destination filter")
  void deferredBindingAfterTraversal() {
    assertThat(lower("query q() { match { $p: Person  $c: Company { name: \"Acme\" } "
        + " $p worksAt $c } return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [])
        2. Expand(p → c, WorksAt, out, Company, 1, 1, [$c.name = "Acme"])
        """);
  }

  @Test
  @DisplayName("list property matches become membership tests")
  void membership() {
    assertThat(lower(Queries.TAGS_PG, "query q() { match { $p: Person { tags: \"rust\" } } "
        + "return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [$p.tags contains "rust"])
        """);
  }

  @Test
  @DisplayName("negation: new variables of an outer component are expanded, not scanned")
  void negationWithInnerBinding() {
    assertThat(lower("query q() { match { $p: Person  not { $p worksAt $c "
        + " $c: Company { name: \"Acme\" } } } return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [])
        2. AntiJoin(p, [Expand(p → c, WorksAt, out, Company, 1, 1, [$c.name = "Acme"])])
        """);
  }

  @Test
  @DisplayName("negation: a binding of an outer variable filters the outer node")
  void negationOfOuterBinding() {
    assertThat(lower("query q() { match { $p: Person  not { $p: Person { name: \"Bob\" } } } "
        + "return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [])
        2. AntiJoin(p, [Filter($p.name = "Bob")])
        """);
  }

  @Test
  @DisplayName("nested negations lower recursively with the bound set growing")
  void nestedNegation() {
    assertThat(lower("query q() { match { $p: Person  not { $p knows $f  not { $f worksAt $_ } } }"
        + " return { $p.name } }")).isEqualTo("""
        1. Scan(p, Person, [])
        2. AntiJoin(p, [Expand(p → f, Knows, out, Person, 1, 1, []), \
        AntiJoin(f, [Expand(f → _, WorksAt, out, Company, 1, 1, [])])])
        """);
  }
}
