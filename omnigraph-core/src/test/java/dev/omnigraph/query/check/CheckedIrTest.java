package dev.omnigraph.query.check;

import static dev.omnigraph.query.support.Queries.SEARCH_PG;
import static dev.omnigraph.query.support.Queries.TEST_PG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.query.ir.ExprType;
import dev.omnigraph.query.ir.MatchClause;
import dev.omnigraph.query.ir.MutationQuery;
import dev.omnigraph.query.ir.MutationStatement;
import dev.omnigraph.query.ir.NearestMetric;
import dev.omnigraph.query.ir.Projection;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.query.support.Queries;
import dev.omnigraph.schema.PropType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shape of the checked IR the planner reads. */
class CheckedIrTest {
  private static final String TAGS_PG = Queries.TAGS_PG;

  private static List<String> columnTypes(ReadQuery q) {
    return q.projections().stream().map(p -> p.columnType().display()).toList();
  }

  @Test
  @DisplayName("column names and types of every projection kind (semantics.md §5.1–5.2)")
  void columns() {
    ReadQuery q = Queries.read(TAGS_PG, """
        query q($n: String, $i: I32?, $u: U64, $f: F32, $l: [I32], $d: Date, $b: Bool, $v: Vector(2)) {
            match { $p: Person }
            return { $p.name, $p.age, $p.tags, $p, $n, $i, $u, $f, $l, $d, $b, $v,
                     1, 2.5, "s", true, date("2024-01-01"), datetime("2024-01-01T00:00:00Z"),
                     [1, 2.5], [], now(), $p.name as alias, alias }
        }""");
    assertThat(q.columns()).containsExactly("p.name", "p.age", "p.tags", "p", "n", "i", "u", "f",
        "l", "d", "b", "v", "literal", "literal", "literal", "literal", "literal", "literal",
        "literal", "literal", "now", "alias", "alias");
    assertThat(columnTypes(q)).containsExactly("String", "I32?", "[String]?", "String", "String",
        "I64?", "I64", "F64", "[I64]", "Date", "Bool", "[F64]", "I64", "F64", "String", "Bool",
        "Date", "DateTime", "[I64]", "[String]", "DateTime", "String", "String");
    TypedExpr.AliasRef alias = (TypedExpr.AliasRef) q.projections().get(22).expr();
    assertThat(alias.isResolved()).isTrue();
    assertThat(alias.projection()).isEqualTo(21);
  }

  @Test
  @DisplayName("aggregates: grouping keys, argument-named columns, result types")
  void aggregates() {
    ReadQuery q = Queries.read(TEST_PG, """
        query q() {
            match { $p: Person  $p worksAt $c }
            return { $c.name, sum($p.age), avg($p.age) as a, min($p.age), max($p.name) as m,
                     count($p) }
        }""");
    assertThat(q.isAggregate()).isTrue();
    assertThat(q.groupKeys()).extracting(Projection::column).containsExactly("c.name");
    assertThat(q.columns()).containsExactly("c.name", "p.age", "a", "p.age", "m", "p");
    assertThat(columnTypes(q)).containsExactly("String", "F64?", "F64?", "I32?", "String?", "I64");
    TypedExpr.Aggregate count = (TypedExpr.Aggregate) q.projections().get(5).expr();
    assertThat(count.func()).isEqualTo(AggFunc.COUNT);
    assertThat(count.argument()).isInstanceOf(TypedExpr.NodeRef.class);
    assertThat(Queries.read(TEST_PG, "query q() { match { $p: Person } return { $p.name } }")
        .groupKeys()).isEmpty();
  }

  @Test
  @DisplayName("operands are resolved: property (with its type), parameter, constant, now")
  void operands() {
    ReadQuery q = Queries.read(TEST_PG, "query q($min: I32) { match { $p: Person { name: \"A\" }"
        + "  $p.age >= $min  $p.age < 90 } return { $p.name } }");
    MatchClause.NodeBinding binding = (MatchClause.NodeBinding) q.match().clauses().get(0);
    assertThat(binding.type().name()).isEqualTo("Person");
    assertThat(binding.matches()).singleElement().satisfies(m -> {
      assertThat(m.property().name()).isEqualTo("name");
      assertThat(m.membership()).isFalse();
      assertThat(m.value()).isEqualTo(new ValueOperand.Constant(new Literal.Str("A"),
          PropType.of(dev.omnigraph.schema.ScalarType.STRING, false)));
    });
    MatchClause.Filter f = (MatchClause.Filter) q.match().clauses().get(1);
    assertThat(f.op()).isEqualTo(CompOp.GE);
    assertThat(f.left()).isInstanceOfSatisfying(TypedExpr.PropertyRef.class, p -> {
      assertThat(p.variable()).isEqualTo("p");
      assertThat(p.property().type().display()).isEqualTo("I32?");
    });
    assertThat(f.right()).isInstanceOfSatisfying(ValueOperand.Param.class,
        p -> assertThat(p.propType().display()).isEqualTo("I32"));
    assertThat(f.isSearch()).isFalse();
    assertThat(q.params()).containsOnlyKeys("min");
    assertThat(q.referencedParams()).containsExactly("min");
  }

  @Test
  void membershipMatchesAndSearchFilters() {
    ReadQuery q = Queries.read(TAGS_PG, "query q($t: String) { match { $p: Person { tags: $t }"
        + "  search($p.name, $t) } return { $p.name } }");
    MatchClause.NodeBinding binding = (MatchClause.NodeBinding) q.match().clauses().get(0);
    assertThat(binding.matches().get(0).membership()).isTrue();
    MatchClause.Filter search = (MatchClause.Filter) q.match().clauses().get(1);
    assertThat(search.isSearch()).isTrue();
    assertThat(search.left()).isInstanceOf(TypedExpr.Search.class);
    assertThat(search.right().type()).isEqualTo(new ExprType.Scalar(
        PropType.of(dev.omnigraph.schema.ScalarType.BOOL, false)));
  }

  @Test
  @DisplayName("traversals: anonymous endpoints, direction IN for a bound To-side source")
  void traversals() {
    ReadQuery q = Queries.read(TEST_PG, "query q() { match { $c: Company  $c worksAt $p"
        + "  $p knows{1,3} $_ } return { $p.name } }");
    MatchClause.Traversal in = (MatchClause.Traversal) q.match().clauses().get(1);
    assertThat(in.direction()).isEqualTo(Direction.IN);
    assertThat(in.source().type().name()).isEqualTo("Company");
    assertThat(in.destination().type().name()).isEqualTo("Person");
    MatchClause.Traversal anon = (MatchClause.Traversal) q.match().clauses().get(2);
    assertThat(anon.destination().isAnonymous()).isTrue();
    assertThat(anon.destination().type().name()).isEqualTo("Person");
    assertThat(q.match().variables()).containsOnlyKeys("c", "p");
  }

  @Test
  @DisplayName("negation: local variables and the outer variables it references")
  void negation() {
    ReadQuery q = Queries.read(TEST_PG, "query q() { match { $p: Person  $c: Company"
        + "  not { $f knows $p  $f worksAt $c  $f.age > 3 } } return { $p.name } }");
    MatchClause.Negation n = (MatchClause.Negation) q.match().clauses().get(2);
    assertThat(n.outerVariables()).containsExactly("p", "c");
    assertThat(n.block().variables()).containsOnlyKeys("f");
    assertThat(n.block().clauses()).hasSize(3);
    assertThat(q.match().variables()).containsOnlyKeys("p", "c");
  }

  @Test
  void searchOrderingsAndMetrics() {
    ReadQuery q = Queries.read(SEARCH_PG, "query q($q: Vector(4), $t: String) { match { $d: Doc }"
        + " return { $d.slug, nearest($d.embedding, $q, \"dot\") as dist, bm25($d.title, $t),"
        + " rrf(nearest($d.embedding, [1, 2, 3, 4]), bm25($d.title, $t), 5) }"
        + " order { nearest($d.embedding, $q) } limit 3 }");
    assertThat(q.columns()).containsExactly("d.slug", "dist", "bm25", "rrf");
    assertThat(columnTypes(q)).containsExactly("String", "F64", "F64", "F64");
    TypedExpr.Nearest dist = (TypedExpr.Nearest) q.projections().get(1).expr();
    assertThat(dist.metric()).isEqualTo(NearestMetric.DOT);
    assertThat(dist.dimension()).isEqualTo(4);
    assertThat(dist.property().name()).isEqualTo("embedding");
    assertThat(q.searchOrdering()).isInstanceOfSatisfying(TypedExpr.Nearest.class,
        n -> assertThat(n.metric()).isEqualTo(NearestMetric.COSINE));
    assertThat(q.limit()).isEqualTo(3L);
    TypedExpr.Rrf rrf = (TypedExpr.Rrf) q.projections().get(3).expr();
    assertThat(((TypedExpr.Nearest) rrf.primary()).query())
        .isInstanceOf(ValueOperand.Constant.class);
  }

  @Test
  @DisplayName("order keys: alias references resolve to the last projection with that alias")
  void orderKeys() {
    ReadQuery q = Queries.read(TEST_PG, "query q() { match { $p: Person } return { $p.name as n,"
        + " $p.age as n } order { n desc, $p.name, unknown } }");
    TypedExpr.AliasRef n = (TypedExpr.AliasRef) q.order().get(0).expr();
    assertThat(n.projection()).isEqualTo(1);
    assertThat(n.type().display()).isEqualTo("I32?");
    assertThat(q.order().get(0).descending()).isTrue();
    assertThat(((TypedExpr.AliasRef) q.order().get(2).expr()).isResolved()).isFalse();
    assertThat(q.searchOrdering()).isNull();
  }

  @Test
  @DisplayName("mutations: resolved targets, endpoints, assignments and predicates")
  void mutations() {
    MutationQuery m = Queries.mutation(TEST_PG, """
        query m($n: String, $a: I32, $f: String, $d: Date) {
            insert Person { name: $n, age: $a }
            insert Knows { from: $n, to: $f, since: $d }
            update Person set { age: 3 } where name = $n
            delete Person where age > 100
            delete Knows where to = $f
            delete Knows where since < date("2000-01-01")
        }""");
    assertThat(m.targetTypes()).containsExactly("Person", "Knows", "Person", "Person", "Knows",
        "Knows");
    assertThat(m.referencedParams()).containsExactly("n", "a", "f", "d");
    MutationStatement.InsertNode insert = (MutationStatement.InsertNode) m.statements().get(0);
    assertThat(insert.assignments()).extracting(a -> a.property().name())
        .containsExactly("name", "age");
    MutationStatement.InsertEdge edge = (MutationStatement.InsertEdge) m.statements().get(1);
    assertThat(edge.from()).isEqualTo(new ValueOperand.Param("n",
        PropType.of(dev.omnigraph.schema.ScalarType.STRING, false)));
    assertThat(edge.assignments()).extracting(a -> a.property().name()).containsExactly("since");
    MutationStatement.UpdateNode update = (MutationStatement.UpdateNode) m.statements().get(2);
    assertThat(update.where().property().name()).isEqualTo("name");
    MutationStatement.DeleteNode delete = (MutationStatement.DeleteNode) m.statements().get(3);
    assertThat(delete.where().op()).isEqualTo(CompOp.GT);
    MutationStatement.DeleteEdge byDst = (MutationStatement.DeleteEdge) m.statements().get(4);
    assertThat(byDst.where().column()).isEqualTo(MutationStatement.EdgeColumn.DST);
    assertThat(byDst.where().property()).isNull();
    MutationStatement.DeleteEdge byProp = (MutationStatement.DeleteEdge) m.statements().get(5);
    assertThat(byProp.where().column()).isEqualTo(MutationStatement.EdgeColumn.PROPERTY);
    assertThat(byProp.where().property().name()).isEqualTo("since");
  }

  @Test
  void nowIsAValueOperand() {
    MutationQuery m = Queries.mutation("node Event { slug: String @key  at: DateTime? }",
        "query m($s: String) { update Event set { at: now() } where slug = $s }");
    MutationStatement.UpdateNode u = (MutationStatement.UpdateNode) m.statements().get(0);
    assertThat(u.assignments().get(0).value()).isEqualTo(new ValueOperand.Now());
  }
}
