package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ir.ExprType;
import dev.omnigraph.query.ir.NearestMetric;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;

/** Types the search functions: rules T15 (nearest), T19, T20 and T21 (rrf). */
final class SearchChecker {
  private final Scope scope;
  private final ExprChecker exprs;

  SearchChecker(Scope scope, ExprChecker exprs) {
    this.scope = scope;
    this.exprs = exprs;
  }

  TypedExpr check(Expr expr) {
    if (expr instanceof Expr.Search s) {
      return new TypedExpr.Search(stringArg("T19", "search", "field", s.field()),
          stringArg("T19", "search", "query", s.query()));
    } else if (expr instanceof Expr.Fuzzy f) {
      TypedExpr field = stringArg("T19", "fuzzy", "field", f.field());
      TypedExpr query = stringArg("T19", "fuzzy", "query", f.query());
      TypedExpr maxEdits = f.maxEdits() == null ? null
          : integerArg("T19: fuzzy max_edits must be an integer scalar", f.maxEdits());
      return new TypedExpr.Fuzzy(field, query, maxEdits);
    } else if (expr instanceof Expr.MatchText m) {
      return new TypedExpr.MatchText(stringArg("T20", "match_text", "field", m.field()),
          stringArg("T20", "match_text", "query", m.query()));
    } else if (expr instanceof Expr.Bm25 b) {
      return bm25(b);
    } else if (expr instanceof Expr.Nearest n) {
      return nearest(n);
    } else if (expr instanceof Expr.Rrf r) {
      return rrf(r);
    }
    throw new IllegalStateException("not a search expression: " + expr);
  }

  private TypedExpr.Bm25 bm25(Expr.Bm25 b) {
    return new TypedExpr.Bm25(stringArg("T20", "bm25", "field", b.field()),
        stringArg("T20", "bm25", "query", b.query()));
  }

  /** A field or query argument that must be a non-list String. */
  private TypedExpr stringArg(String code, String fn, String role, Expr arg) {
    TypedExpr typed = exprs.check(arg);
    if (!(typed.type() instanceof ExprType.Scalar s)) {
      throw TypeErrors.coded(
          code + ": " + fn + " " + role + " must be a scalar String expression");
    }
    if (!Types.isPlainString(s.type())) {
      throw TypeErrors.coded(
          code + ": " + fn + " " + role + " must be String, got " + s.type().display());
    }
    return typed;
  }

  /** An argument that must be a non-list integer; {@code sentence} is the message stem. */
  private TypedExpr integerArg(String sentence, Expr arg) {
    TypedExpr typed = exprs.check(arg);
    if (!(typed.type() instanceof ExprType.Scalar s)) {
      throw TypeErrors.coded(sentence + " expression");
    }
    if (!Types.isIntegerScalar(s.type())) {
      throw TypeErrors.coded(sentence + ", got " + s.type().display());
    }
    return typed;
  }

  private TypedExpr.Nearest nearest(Expr.Nearest n) {
    NodeType type = scope.typeOf(n.variable());
    if (type == null) {
      throw TypeErrors.coded("T15: variable `$" + n.variable() + "` is not bound");
    }
    Property prop = type.property(n.property());
    if (prop == null) {
      throw TypeErrors.coded(
          "T15: type `" + type.name() + "` has no property `" + n.property() + "`");
    }
    PropType propType = prop.type();
    if (!propType.isVector()) {
      throw TypeErrors.coded("T15: nearest requires a Vector property, got " + type.name() + "."
          + n.property() + ": " + propType.display());
    }
    if (propType.list()) {
      throw TypeErrors.coded("T15: nearest does not support list-wrapped vectors");
    }
    int dim = propType.vectorDim();
    TypedExpr query = nearestQuery(n.query(), dim);
    return new TypedExpr.Nearest(n.variable(), type, prop, dim, query, metric(n.metric()));
  }

  private TypedExpr nearestQuery(Expr query, int dim) {
    if (query instanceof Expr.Lit lit) {
      int literalDim = Types.vectorLiteralDim(lit.value());
      if (literalDim >= 0) {
        if (literalDim != dim) {
          throw TypeErrors.coded("T15: nearest vector dimension mismatch: property is Vector("
              + dim + "), query literal has " + literalDim + " elements");
        }
        return new ValueOperand.Constant(lit.value(), Types.literalType(lit.value()));
      }
    }
    TypedExpr typed = exprs.check(query);
    if (!(typed.type() instanceof ExprType.Scalar s)) {
      throw TypeErrors.coded("T15: nearest query must be a scalar expression");
    }
    PropType t = s.type();
    if (t.isVector() && !t.list()) {
      if (t.vectorDim() != dim) {
        throw TypeErrors.coded("T15: nearest vector dimension mismatch: property is Vector(" + dim
            + "), query is Vector(" + t.vectorDim() + ")");
      }
    } else if (!Types.isPlainString(t)) {
      throw TypeErrors.coded(
          "T15: nearest query must be Vector(" + dim + ") or String, got " + t.display());
    }
    return typed;
  }

  /** Ours (DECISIONS 1): the optional third argument of nearest names the metric. */
  private static NearestMetric metric(String word) {
    if (word == null) {
      return NearestMetric.COSINE;
    }
    NearestMetric metric = NearestMetric.fromWord(word);
    if (metric == null) {
      throw TypeErrors.coded(
          "T15: unknown nearest metric `" + word + "`; expected one of cosine, l2, dot");
    }
    return metric;
  }

  private TypedExpr.Rrf rrf(Expr.Rrf r) {
    requireRankExpr("primary", r.primary());
    requireRankExpr("secondary", r.secondary());
    TypedExpr primary = check(r.primary());
    TypedExpr secondary = check(r.secondary());
    for (TypedExpr rank : new TypedExpr[] {primary, secondary}) {
      if (!(rank.type() instanceof ExprType.Scalar s)) {
        throw TypeErrors.coded("T21: rrf rank expressions must be scalar numeric expressions");
      }
      if (s.type().list() || s.type().scalar() != ScalarType.F64) {
        throw TypeErrors.coded(
            "T21: rrf rank expressions must evaluate to F64, got " + s.type().display());
      }
    }
    TypedExpr k = null;
    if (r.k() != null) {
      k = integerArg("T21: rrf k must be an integer scalar", r.k());
      if (r.k() instanceof Expr.Lit lit && lit.value() instanceof Literal.Int i && i.value() <= 0) {
        throw TypeErrors.coded("T21: rrf k must be greater than 0");
      }
    }
    return new TypedExpr.Rrf(primary, secondary, k);
  }

  /** The grammar only admits nearest/bm25 here; the check stays for ASTs built by hand. */
  private static void requireRankExpr(String role, Expr expr) {
    if (!(expr instanceof Expr.Nearest) && !(expr instanceof Expr.Bm25)) {
      throw TypeErrors.coded("T21: rrf " + role + " expression must be nearest(...) or bm25(...)");
    }
  }
}
