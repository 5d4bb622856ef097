package dev.omnigraph.query.parse;

import dev.omnigraph.lang.Literals;
import dev.omnigraph.lang.Node;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.query.ast.Clause;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ast.MatchValue;
import dev.omnigraph.query.ast.ParamDecl;
import dev.omnigraph.query.ast.Projection;
import dev.omnigraph.query.ast.PropMatch;
import dev.omnigraph.query.ast.QueryBody;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.Statement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the parse tree of one {@code query_decl} into its AST, with the reference's semantic
 * parse checks in the reference's order (annotations, integer ranges, escapes): the first one met
 * walking the declaration front to back is reported.
 */
final class AstBuilder {
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final long U32_MAX = 0xFFFF_FFFFL;

  private AstBuilder() {}

  static QueryDecl queryDecl(Node decl) {
    String name = decl.child(0).text();
    String description = null;
    String instruction = null;
    List<ParamDecl> params = new ArrayList<>();
    QueryBody body = null;
    for (Node item : decl.children().subList(1, decl.children().size())) {
      switch (item.rule()) {
        case "param_list" -> item.all("param").forEach(p -> params.add(param(p)));
        case "query_annotation" -> {
          Node annotation = item.child(0);
          String value = string(annotation.child(0));
          if (annotation.is("description_annotation")) {
            description = unique(description, value, name, "@description");
          } else {
            instruction = unique(instruction, value, name, "@instruction");
          }
        }
        default -> body = body(item.child(0));
      }
    }
    return new QueryDecl(name, description, instruction, params, body);
  }

  private static String unique(String previous, String value, String query, String annotation) {
    if (previous != null) {
      throw ParseFailure.semantic("annotation", "query `" + query
          + "` cannot include duplicate " + annotation + " annotations");
    }
    return value;
  }

  /**
   * A parameter. The type text is rebuilt as the reference does; nullability is read from the
   * {@code type_ref} span, which (as in pest) may end with the whitespace or comment skipped
   * before a missing {@code ?}.
   */
  private static ParamDecl param(Node param) {
    String name = variableName(param.child(0));
    Node typeRef = param.child(1);
    Node core = typeRef.child(0);
    String type = switch (core.rule()) {
      case "list_type" -> "[" + core.child(0).text().trim() + "]";
      case "vector_type" -> "Vector(" + core.child(0).text().trim() + ")";
      default -> core.text();
    };
    return new ParamDecl(name, type, typeRef.text().stripTrailing().endsWith("?"));
  }

  private static QueryBody body(Node body) {
    if (body.is("mutation_body")) {
      List<Statement> statements = new ArrayList<>();
      body.all("mutation_stmt").forEach(s -> statements.add(statement(s.child(0))));
      return new QueryBody.Mutation(statements);
    }
    List<Clause> match = new ArrayList<>();
    List<Projection> projections = new ArrayList<>();
    List<dev.omnigraph.query.ast.Ordering> order = new ArrayList<>();
    Long limit = null;
    for (Node section : body.children()) {
      switch (section.rule()) {
        case "match_clause" -> section.all("clause").forEach(c -> match.add(clause(c)));
        case "return_clause" ->
            section.all("projection").forEach(p -> projections.add(projection(p)));
        case "order_clause" -> section.all("ordering").forEach(o -> order.add(ordering(o)));
        default -> limit = limit(section.child(0).text());
      }
    }
    return new QueryBody.Read(match, projections, order, limit);
  }

  /** An unsigned 64-bit limit; values beyond {@link Long#MAX_VALUE} are clamped to it. */
  private static Long limit(String digits) {
    BigInteger v = new BigInteger(digits);
    if (v.compareTo(U64_MAX) > 0) {
      throw ParseFailure.semantic("limit", "invalid limit: " + Literals.TOO_LARGE);
    }
    return v.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
  }

  private static Statement statement(Node stmt) {
    String type = stmt.child(0).text();
    switch (stmt.rule()) {
      case "insert_stmt":
        return new Statement.Insert(type, assignments(stmt));
      case "update_stmt":
        List<Statement.Assignment> assignments = assignments(stmt);
        return new Statement.Update(type, assignments,
            predicate(stmt.first("mutation_predicate")));
      default:
        return new Statement.Delete(type, predicate(stmt.child(1)));
    }
  }

  private static List<Statement.Assignment> assignments(Node stmt) {
    List<Statement.Assignment> out = new ArrayList<>();
    for (Node a : stmt.all("mutation_assignment")) {
      out.add(new Statement.Assignment(a.child(0).text(), matchValue(a.child(1))));
    }
    return out;
  }

  private static Statement.Predicate predicate(Node p) {
    return new Statement.Predicate(p.child(0).text(), CompOp.fromSymbol(p.child(1).text()),
        matchValue(p.child(2)));
  }

  private static MatchValue matchValue(Node value) {
    Node inner = value.child(0);
    return switch (inner.rule()) {
      case "variable" -> new MatchValue.Variable(variableName(inner));
      case "now_call" -> new MatchValue.Now();
      default -> literal(inner);
    };
  }

  private static Clause clause(Node clause) {
    Node inner = clause.child(0);
    switch (inner.rule()) {
      case "binding":
        return binding(inner);
      case "traversal":
        return traversal(inner);
      case "filter":
        return new Clause.Filter(expr(inner.child(0)), CompOp.fromSymbol(inner.child(1).text()),
            expr(inner.child(2)));
      case "text_search_clause":
        // Written alone, a search call means `call = true` (languages.md §3.4).
        return new Clause.Filter(call(inner.child(0)), CompOp.EQ,
            new Expr.Lit(new Literal.Bool(true)));
      default:
        List<Clause> clauses = new ArrayList<>();
        inner.all("clause").forEach(c -> clauses.add(clause(c)));
        return new Clause.Negation(clauses);
    }
  }

  private static Clause.Binding binding(Node binding) {
    List<PropMatch> matches = new ArrayList<>();
    Node list = binding.first("prop_match_list");
    if (list != null) {
      for (Node pm : list.all("prop_match")) {
        matches.add(new PropMatch(pm.child(0).text(), matchValue(pm.child(1))));
      }
    }
    return new Clause.Binding(variableName(binding.child(0)), binding.child(1).text(), matches);
  }

  private static Clause.Traversal traversal(Node t) {
    String src = variableName(t.child(0));
    String edge = t.child(1).text();
    long min = 1;
    Long max = 1L;
    Node bounds = t.first("traversal_bounds");
    if (bounds != null) {
      min = bound(bounds.child(0), "min");
      max = bounds.children().size() > 1 ? bound(bounds.child(1), "max") : null;
    }
    return new Clause.Traversal(src, edge, min, max, variableName(t.children().get(
        t.children().size() - 1)));
  }

  /** A hop bound: an unsigned 32-bit number. */
  private static long bound(Node integer, String which) {
    long v = Literals.parseUnsigned(integer.text(), U32_MAX);
    if (v < 0) {
      throw ParseFailure.semantic("bounds",
          "invalid traversal " + which + " bound: " + Literals.TOO_LARGE);
    }
    return v;
  }

  private static Projection projection(Node p) {
    Expr expr = expr(p.child(0));
    Node alias = p.first("ident");
    return new Projection(expr, alias == null ? null : alias.text());
  }

  private static dev.omnigraph.query.ast.Ordering ordering(Node o) {
    Node first = o.child(0);
    if (first.is("nearest_ordering")) {
      return new dev.omnigraph.query.ast.Ordering(nearest(first), false);
    }
    Node dir = o.first("order_dir");
    return new dev.omnigraph.query.ast.Ordering(expr(first),
        dir != null && dir.text().equals("desc"));
  }

  private static Expr expr(Node expr) {
    Node inner = expr.child(0);
    switch (inner.rule()) {
      case "now_call":
        return new Expr.Now();
      case "prop_access":
        return propAccess(inner);
      case "variable":
        return new Expr.Variable(variableName(inner));
      case "literal":
        return new Expr.Lit(literal(inner));
      case "agg_call":
        return new Expr.Aggregate(AggFunc.fromKeyword(inner.child(0).text()),
            expr(inner.child(1)));
      case "ident":
        return new Expr.AliasRef(inner.text());
      default:
        return call(inner);
    }
  }

  private static Expr.PropAccess propAccess(Node p) {
    return new Expr.PropAccess(variableName(p.child(0)), p.child(1).text());
  }

  /** A function call; argument order follows the reference's decoding order. */
  private static Expr call(Node call) {
    List<Node> args = call.children();
    switch (call.rule()) {
      case "search_call":
        return new Expr.Search(expr(args.get(0)), expr(args.get(1)));
      case "fuzzy_call": {
        Expr maxEdits = args.size() > 2 ? expr(args.get(2)) : null;
        return new Expr.Fuzzy(expr(args.get(0)), expr(args.get(1)), maxEdits);
      }
      case "match_text_call":
        return new Expr.MatchText(expr(args.get(0)), expr(args.get(1)));
      case "bm25_call":
        return new Expr.Bm25(expr(args.get(0)), expr(args.get(1)));
      case "nearest_ordering":
        return nearest(call);
      default: {
        Expr k = args.size() > 2 ? expr(args.get(2)) : null;
        return new Expr.Rrf(rankExpr(args.get(0)), rankExpr(args.get(1)), k);
      }
    }
  }

  private static Expr rankExpr(Node rank) {
    return call(rank.child(0));
  }

  private static Expr.Nearest nearest(Node n) {
    Expr.PropAccess target = propAccess(n.child(0));
    Expr query = expr(n.child(1));
    Node metric = n.first("string_lit");
    return new Expr.Nearest(target.variable(), target.property(), query,
        metric == null ? null : string(metric));
  }

  private static Literal literal(Node literal) {
    Node inner = literal.child(0);
    switch (inner.rule()) {
      case "string_lit":
        return new Literal.Str(string(inner));
      case "integer": {
        long v = Literals.parseUnsigned(inner.text(), Long.MAX_VALUE);
        if (v < 0) {
          throw ParseFailure.semantic("integer", "invalid integer: " + Literals.TOO_LARGE);
        }
        return new Literal.Int(v);
      }
      case "float_lit":
        return new Literal.Float(Double.parseDouble(inner.text()));
      case "bool_lit":
        return new Literal.Bool(inner.text().equals("true"));
      case "date_lit":
        return new Literal.Date(string(inner.child(0)));
      case "datetime_lit":
        return new Literal.DateTime(string(inner.child(0)));
      default: {
        List<Literal> items = new ArrayList<>();
        inner.all("literal").forEach(l -> items.add(literal(l)));
        return new Literal.ListLit(items);
      }
    }
  }

  private static String string(Node stringLit) {
    return Literals.decodeString(stringLit.text());
  }

  private static String variableName(Node variable) {
    return variable.text().substring(1);
  }
}
