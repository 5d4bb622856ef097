package dev.omnigraph.query.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryException;
import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.query.ast.Clause;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ast.MatchValue;
import dev.omnigraph.query.ast.Ordering;
import dev.omnigraph.query.ast.ParamDecl;
import dev.omnigraph.query.ast.Projection;
import dev.omnigraph.query.ast.PropMatch;
import dev.omnigraph.query.ast.QueryBody;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.Statement;
import dev.omnigraph.query.support.Queries;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

  private static QueryDecl one(String source) {
    List<QueryDecl> queries = QueryParser.parse(source).queries();
    assertThat(queries).hasSize(1);
    return queries.get(0);
  }

  private static QueryBody.Read read(String source) {
    return (QueryBody.Read) one(source).body();
  }

  private static List<Clause> match(String clauses) {
    return read("query q() { match { " + clauses + " } return { $p } }").match();
  }

  private static Expr expr(String text) {
    return read("query q() { match { $p: Person } return { " + text + " } }").projections()
        .get(0).expr();
  }

  private static Literal literal(String text) {
    return ((Expr.Lit) expr(text)).value();
  }

  @Nested
  class Files {
    @Test
    void emptyFilesAndCommentsOnlyHoldNoQuery() {
      assertThat(QueryParser.parse("").queries()).isEmpty();
      assertThat(QueryParser.parse("  // nothing\n/* here */\n").queries()).isEmpty();
    }

    @Test
    void severalQueriesInOrderWithDuplicateNamesKept() {
      List<QueryDecl> queries = QueryParser.parse("""
          // first
          query a() { match { $p: Person } return { $p } }
          /* second */ query b($x: I32) { delete Person where age = $x }
          query a() { match { $c: Company } return { $c } }
          """).queries();
      assertThat(queries).extracting(QueryDecl::name).containsExactly("a", "b", "a");
      assertThat(queries.get(1).isMutation()).isTrue();
      assertThat(queries.get(0).isMutation()).isFalse();
    }

    @Test
    void annotationsAreDecoded() {
      QueryDecl q = one("query q() @description(\"Find \\\"people\\\"\") @instruction(\"\")"
          + " { match { $p: Person } return { $p } }");
      assertThat(q.description()).isEqualTo("Find \"people\"");
      assertThat(q.instruction()).isEmpty();
      QueryDecl reversed = one("query q() @instruction(\"i\") @description(\"d\")"
          + " { match { $p: Person } return { $p } }");
      assertThat(reversed.description()).isEqualTo("d");
      assertThat(reversed.instruction()).isEqualTo("i");
    }
  }

  @Nested
  class Parameters {
    @Test
    void everyTypeForm() {
      QueryDecl q = one("query q($a: String, $b: I32?, $c: [Date], $d: [DateTime]?, $e: Vector(4),"
          + " $f: Vector( 3 ) ?, $g: Blob, $h: Bool, $i: I64, $j: U32, $k: U64, $l: F32, $m: F64,"
          + " $n: [ I32 ], $o: Vector(007)) { match { $p: Person } return { $p } }");
      assertThat(q.params()).containsExactly(
          new ParamDecl("a", "String", false), new ParamDecl("b", "I32", true),
          new ParamDecl("c", "[Date]", false), new ParamDecl("d", "[DateTime]", true),
          new ParamDecl("e", "Vector(4)", false), new ParamDecl("f", "Vector(3)", true),
          new ParamDecl("g", "Blob", false), new ParamDecl("h", "Bool", false),
          new ParamDecl("i", "I64", false), new ParamDecl("j", "U32", false),
          new ParamDecl("k", "U64", false), new ParamDecl("l", "F32", false),
          new ParamDecl("m", "F64", false), new ParamDecl("n", "[I32]", false),
          new ParamDecl("o", "Vector(007)", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$a: String,", "$a String", "$a: string", "$a: Vector", "a: String",
        "$a: [Vector(3)]", "$a: Int"})
    void malformedDeclarationsAreGrammarErrors(String params) {
      assertThat(Queries.parseError("query q(" + params + ") { match { $p: Person } return { $p } }"))
          .startsWith("parse error:  --> 1:");
    }
  }

  @Nested
  class MatchClauses {
    @Test
    void bindingWithPropertyMatches() {
      Clause.Binding b = (Clause.Binding) match(
          "$p: Person { name: \"Alice\", age: $age, seen: now(), }").get(0);
      assertThat(b.variable()).isEqualTo("p");
      assertThat(b.typeName()).isEqualTo("Person");
      assertThat(b.matches()).containsExactly(
          new PropMatch("name", new Literal.Str("Alice")),
          new PropMatch("age", new MatchValue.Variable("age")),
          new PropMatch("seen", new MatchValue.Now()));
    }

    @Test
    void traversalsWithAndWithoutBounds() {
      List<Clause> clauses = match("$p knows $f  $f worksAt{2,5} $c  $c knows{1,} $_");
      assertThat(clauses).containsExactly(
          new Clause.Traversal("p", "knows", 1, 1L, "f"),
          new Clause.Traversal("f", "worksAt", 2, 5L, "c"),
          new Clause.Traversal("c", "knows", 1, null, "_"));
    }

    @ParameterizedTest
    @CsvSource({"=, EQ", "!=, NE", "<, LT", "<=, LE", ">, GT", ">=, GE", "contains, CONTAINS"})
    void filtersWithEveryOperator(String symbol, CompOp op) {
      assertThat(match("$p.age " + symbol + " 3")).containsExactly(new Clause.Filter(
          new Expr.PropAccess("p", "age"), op, new Expr.Lit(new Literal.Int(3))));
    }

    @Test
    void searchClausesAreFiltersEqualToTrue() {
      Expr.Lit yes = new Expr.Lit(new Literal.Bool(true));
      Expr field = new Expr.PropAccess("d", "title");
      Expr q = new Expr.Variable("q");
      assertThat(match("search($d.title, $q)  fuzzy($d.title, $q)  fuzzy($d.title, $q, 1)"
          + "  match_text($d.title, $q)")).containsExactly(
          new Clause.Filter(new Expr.Search(field, q), CompOp.EQ, yes),
          new Clause.Filter(new Expr.Fuzzy(field, q, null), CompOp.EQ, yes),
          new Clause.Filter(new Expr.Fuzzy(field, q, new Expr.Lit(new Literal.Int(1))),
              CompOp.EQ, yes),
          new Clause.Filter(new Expr.MatchText(field, q), CompOp.EQ, yes));
    }

    @Test
    void nestedNegations() {
      assertThat(match("$p: Person  not { $p knows $f  not { $f worksAt $_ } }").get(1))
          .isEqualTo(new Clause.Negation(List.of(
              new Clause.Traversal("p", "knows", 1, 1L, "f"),
              new Clause.Negation(List.of(new Clause.Traversal("f", "worksAt", 1, 1L, "_"))))));
    }
  }

  @Nested
  class Expressions {
    @Test
    void literalsOfEveryType() {
      assertThat(literal("\"a\\\"b\\\\c\\nd\\re\\tf\"")).isEqualTo(new Literal.Str("a\"b\\c\nd\re\tf"));
      assertThat(literal("\"raw\nnewline\"")).isEqualTo(new Literal.Str("raw\nnewline"));
      assertThat(literal("007")).isEqualTo(new Literal.Int(7));
      assertThat(literal("9223372036854775807")).isEqualTo(new Literal.Int(Long.MAX_VALUE));
      assertThat(literal("2.50")).isEqualTo(new Literal.Float(2.5));
      assertThat(literal("true")).isEqualTo(new Literal.Bool(true));
      assertThat(literal("false")).isEqualTo(new Literal.Bool(false));
      assertThat(literal("date(\"2024-02-29\")")).isEqualTo(new Literal.Date("2024-02-29"));
      assertThat(literal("datetime(\"2024-02-29T11:45:00Z\")"))
          .isEqualTo(new Literal.DateTime("2024-02-29T11:45:00Z"));
      assertThat(literal("[]")).isEqualTo(new Literal.ListLit(List.of()));
      assertThat(literal("[1, [2.5], \"x\"]")).isEqualTo(new Literal.ListLit(List.of(
          new Literal.Int(1), new Literal.ListLit(List.of(new Literal.Float(2.5))),
          new Literal.Str("x"))));
    }

    @Test
    void variablesPropertiesNowAndAliases() {
      assertThat(expr("$p")).isEqualTo(new Expr.Variable("p"));
      assertThat(expr("$_x")).isEqualTo(new Expr.Variable("_x"));
      assertThat(expr("$p.name")).isEqualTo(new Expr.PropAccess("p", "name"));
      assertThat(expr("now()")).isEqualTo(new Expr.Now());
      assertThat(expr("friends")).isEqualTo(new Expr.AliasRef("friends"));
    }

    @ParameterizedTest
    @CsvSource({"count, COUNT", "sum, SUM", "avg, AVG", "min, MIN", "max, MAX"})
    void aggregates(String name, AggFunc func) {
      assertThat(expr(name + "($p.age)"))
          .isEqualTo(new Expr.Aggregate(func, new Expr.PropAccess("p", "age")));
    }

    @Test
    void searchFunctions() {
      Expr field = new Expr.PropAccess("d", "title");
      Expr q = new Expr.Variable("q");
      assertThat(expr("bm25($d.title, $q)")).isEqualTo(new Expr.Bm25(field, q));
      assertThat(expr("nearest($d.v, $q)"))
          .isEqualTo(new Expr.Nearest("d", "v", q, null));
      assertThat(expr("nearest($d.v, [1, 2], \"l2\")")).isEqualTo(new Expr.Nearest("d", "v",
          new Expr.Lit(new Literal.ListLit(List.of(new Literal.Int(1), new Literal.Int(2)))),
          "l2"));
      assertThat(expr("rrf(nearest($d.v, $q), bm25($d.title, $q), 10)")).isEqualTo(new Expr.Rrf(
          new Expr.Nearest("d", "v", q, null), new Expr.Bm25(field, q),
          new Expr.Lit(new Literal.Int(10))));
      assertThat(expr("rrf(bm25($d.title, $q), nearest($d.v, $q))")).isEqualTo(new Expr.Rrf(
          new Expr.Bm25(field, q), new Expr.Nearest("d", "v", q, null), null));
      assertThat(expr("search($d.title, $q)")).isEqualTo(new Expr.Search(field, q));
    }
  }

  @Nested
  class ReturnOrderLimit {
    @Test
    void projectionsWithAliasesAndAnySeparators() {
      assertThat(read("query q() { match { $p: Person } return { $p.name as n, $p.age\n"
          + " count($p) as c, } }").projections()).containsExactly(
          new Projection(new Expr.PropAccess("p", "name"), "n"),
          new Projection(new Expr.PropAccess("p", "age"), null),
          new Projection(new Expr.Aggregate(AggFunc.COUNT, new Expr.Variable("p")), "c"));
    }

    @Test
    void severalOrderKeysAndLimit() {
      QueryBody.Read body = read("query q() { match { $p: Person } return { $p.name as n }"
          + " order { $p.age desc, n asc, $p.name } limit 10 }");
      assertThat(body.order()).containsExactly(
          new Ordering(new Expr.PropAccess("p", "age"), true),
          new Ordering(new Expr.AliasRef("n"), false),
          new Ordering(new Expr.PropAccess("p", "name"), false));
      assertThat(body.limit()).isEqualTo(10L);
      assertThat(read("query q() { match { $p: Person } return { $p } }").limit()).isNull();
    }

    @Test
    void searchOrderings() {
      QueryBody.Read body = read("query q($q: String) { match { $d: Doc } return { $d }"
          + " order { nearest($d.v, $q, \"dot\"), bm25($d.t, $q) desc,"
          + " rrf(nearest($d.v, $q), bm25($d.t, $q)) asc } limit 3 }");
      assertThat(body.order()).extracting(o -> (Object) o.expr().getClass())
          .containsExactly(Expr.Nearest.class, Expr.Bm25.class, Expr.Rrf.class);
      assertThat(body.order()).extracting(Ordering::descending).containsExactly(false, true, false);
    }

    @Test
    void limitsBeyondSignedRangeAreClamped() {
      assertThat(read("query q() { match { $p: Person } return { $p }"
          + " limit 18446744073709551615 }").limit()).isEqualTo(Long.MAX_VALUE);
    }
  }

  @Nested
  class Mutations {
    @Test
    void insertUpdateDelete() {
      QueryBody.Mutation m = (QueryBody.Mutation) one("""
          query m($n: String, $a: I32) {
              insert Person { name: $n  age: $a, }
              update Person set { age: 3, seen: now() } where name = $n
              delete Person where age >= 100
              delete Knows where from != "x"
          }""").body();
      assertThat(m.statements()).containsExactly(
          new Statement.Insert("Person", List.of(
              new Statement.Assignment("name", new MatchValue.Variable("n")),
              new Statement.Assignment("age", new MatchValue.Variable("a")))),
          new Statement.Update("Person", List.of(
              new Statement.Assignment("age", new Literal.Int(3)),
              new Statement.Assignment("seen", new MatchValue.Now())),
              new Statement.Predicate("name", CompOp.EQ, new MatchValue.Variable("n"))),
          new Statement.Delete("Person",
              new Statement.Predicate("age", CompOp.GE, new Literal.Int(100))),
          new Statement.Delete("Knows",
              new Statement.Predicate("from", CompOp.NE, new Literal.Str("x"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "query q() { }",
        "query q() { insert Person { } }",
        "query q() { delete Person where tags contains $t }",
        "query q() { update Person set { a: 1 } }",
        "query q() { match { $p: Person } return { $p } delete Person where a = 1 }",
        "query q() { delete Person where a = 1  match { $p: Person } return { $p } }"})
    void malformedBodiesAreGrammarErrors(String source) {
      assertThat(Queries.parseError(source)).startsWith("parse error:  --> 1:");
    }
  }

  /** languages.md Appendix A. */
  @Nested
  class PegQuirks {
    @Test
    @DisplayName("A1 keywords glue to what follows")
    void keywordsGlue() {
      QueryDecl q = one("queryq() { match { $p: Person } return { $p } limit5 }");
      assertThat(q.name()).isEqualTo("q");
      assertThat(((QueryBody.Read) q.body()).limit()).isEqualTo(5L);
      assertThat(Queries.parseError("query q() { matchfoo { $p: Person } return { $p } }"))
          .contains("1:13");
    }

    @Test
    @DisplayName("A2 `as` is a prefix match: `$p.name assignee` aliases `signee`")
    void asIsAPrefix() {
      assertThat(read("query q() { match { $p: Person } return { $p.name assignee } }")
          .projections()).containsExactly(new Projection(new Expr.PropAccess("p", "name"), "signee"));
    }

    @Test
    @DisplayName("A3 an alias starting with true/false cannot be referenced")
    void booleanPrefixedAlias() {
      assertThat(Queries.parseError("query q() { match { $p: Person } return { count($p) as"
          + " trueCount } order { trueCount } }")).endsWith("= expected order_dir");
    }

    @Test
    @DisplayName("A4 `$a contains $b` is a traversal over an edge `contains`")
    void containsBetweenVariablesIsATraversal() {
      assertThat(match("$a contains $b"))
          .containsExactly(new Clause.Traversal("a", "contains", 1, 1L, "b"));
    }

    @Test
    @DisplayName("A5 `not` and `not_…` are no edge words; `nothing`, `notes` are")
    void notIsNoEdgeWord() {
      assertThat(match("$a nothing $b  $a notes $c")).containsExactly(
          new Clause.Traversal("a", "nothing", 1, 1L, "b"),
          new Clause.Traversal("a", "notes", 1, 1L, "c"));
      assertThat(Queries.parseError("query q() { match { $a not_x $b } return { $a } }"))
          .startsWith("parse error:  --> 1:24");
      assertThat(Queries.parseError("query q() { match { $a not $b } return { $a } }"))
          .startsWith("parse error:  --> 1:24");
    }

    @Test
    @DisplayName("A6 `nearest(...) desc` is a parse error; `bm25(...) desc`, `rrf(...) desc` are not")
    void nearestTakesNoDirection() {
      assertThat(Queries.parseError("query q($q: String) { match { $d: Doc } return { $d }"
          + " order { nearest($d.v, $q) desc } limit 3 }")).startsWith("parse error:");
      assertThat(read("query q($q: String) { match { $d: Doc } return { $d }"
          + " order { bm25($d.t, $q) desc } limit 3 }").order().get(0).descending()).isTrue();
      assertThat(read("query q($q: String) { match { $d: Doc } return { $d }"
          + " order { rrf(bm25($d.t, $q), bm25($d.t, $q)) desc } limit 3 }").order().get(0)
          .descending()).isTrue();
    }

    @Test
    @DisplayName("A9 empty binding braces are a parse error; `search(...) = false` parses")
    void emptyBindingBraces() {
      assertThat(Queries.parseError("query q() { match { $x: T { } } return { $x } }"))
          .endsWith("= expected ident");
      assertThat(match("search($p.name, \"a\") = false")).containsExactly(new Clause.Filter(
          new Expr.Search(new Expr.PropAccess("p", "name"), new Expr.Lit(new Literal.Str("a"))),
          CompOp.EQ, new Expr.Lit(new Literal.Bool(false))));
    }

    @ParameterizedTest
    @DisplayName("A10 no negative literals, no `1.`, `.5`, `1e3`")
    @ValueSource(strings = {"-5", "1.", ".5", "1e3"})
    void noOtherNumberForms(String number) {
      assertThat(Queries.parseError(
          "query q() { match { $p: Person  $p.age = " + number + " } return { $p } }"))
          .startsWith("parse error:");
    }
  }

  @Nested
  class Errors {
    @Test
    @DisplayName("B80 grammar errors: positioned report")
    void grammarErrorLayout() {
      QueryException e = (QueryException) org.assertj.core.api.Assertions.catchThrowable(
          () -> QueryParser.parse("query broken("));
      assertThat(e.getMessage()).isEqualTo("""
          parse error:  --> 1:14
            |
          1 | query broken(
            |              ^---
            |
            = expected variable""");
      assertThat(e.kind()).isEqualTo(QueryException.Kind.PARSE);
      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo("grammar");
        assertThat(d.line()).isEqualTo(1);
        assertThat(d.column()).isEqualTo(14);
        assertThat(d.message()).isEqualTo("expected variable");
      });
    }

    @Test
    void positionsCountLinesAndTabs() {
      assertThat(Queries.parseError("\n\n\n\n\n\n\n\n\nquery q( {")).isEqualTo("""
          parse error:   --> 10:10
             |
          10 | query q( {
             |          ^---
             |
             = expected variable""");
      assertThat(Queries.parseError("query q() {\n\tmatch { $p: Person }\n\treturn { $p }\n\tlimit x\n}"))
          .isEqualTo("parse error:  --> 4:8\n  |\n4 | \tlimit x\n  | \t      ^---\n  |\n"
              + "  = expected integer");
    }

    @Test
    void aSyntaxErrorAnywhereFailsTheWholeFile() {
      assertThat(Queries.parseError("query a() { match { $p: Person } return { $p } }\n"
          + "query b() { match { $p: Person } return { $p } limit }")).contains("--> 2:");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "query q() @description(\"a\") @description(\"b\") { match { $p: P } return { $p } }"
            + " | query `q` cannot include duplicate @description annotations",
        "query q() @instruction(\"a\") @instruction(\"b\") { match { $p: P } return { $p } }"
            + " | query `q` cannot include duplicate @instruction annotations",
        "query q() { match { $p: P { name: \"a\\q\" } } return { $p } }"
            + " | unsupported escape sequence: \\q",
        "query q() { match { $p: P  $p.a = 9223372036854775808 } return { $p } }"
            + " | invalid integer: number too large to fit in target type",
        "query q() { match { $p: P } return { $p } limit 18446744073709551616 }"
            + " | invalid limit: number too large to fit in target type",
        "query q() { match { $p knows{4294967296,5} $f } return { $p } }"
            + " | invalid traversal min bound: number too large to fit in target type",
        "query q() { match { $p knows{1,4294967296} $f } return { $p } }"
            + " | invalid traversal max bound: number too large to fit in target type",
    })
    void semanticParseErrorsHaveADoubledPrefixAndNoPosition(String source, String message) {
      QueryException e = (QueryException) org.assertj.core.api.Assertions.catchThrowable(
          () -> QueryParser.parse(source));
      assertThat(e.getMessage()).isEqualTo("parse error: parse error: " + message);
      assertThat(e.diagnostics().get(0).hasPosition()).isFalse();
    }

    @Test
    void theFirstSemanticErrorInSourceOrderWins() {
      assertThat(Queries.parseError("query a() { match { $p: P } return { \"\\q\" } }\n"
          + "query b() @description(\"a\") @description(\"b\") { match { $p: P } return { $p } }"))
          .endsWith("unsupported escape sequence: \\q");
      assertThat(Queries.parseError("query a() @description(\"\\x\") @description(\"b\") {"
          + " match { $p: P } return { $p } }")).endsWith("unsupported escape sequence: \\x");
    }
  }
}
