package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ir.Projection;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import java.util.List;

/** Result column names (languages.md §3.8–3.9) and types (semantics.md §5.2) of projections. */
final class Columns {
  private Columns() {}

  /** The column name of an unaliased projection. */
  static String name(Expr expr) {
    if (expr instanceof Expr.PropAccess p) {
      return p.variable() + "." + p.property();
    } else if (expr instanceof Expr.Variable v) {
      return v.name();
    } else if (expr instanceof Expr.Lit) {
      return "literal";
    } else if (expr instanceof Expr.Now) {
      return "now";
    } else if (expr instanceof Expr.Aggregate a) {
      return name(a.arg());
    } else if (expr instanceof Expr.AliasRef a) {
      return a.name();
    } else if (expr instanceof Expr.Nearest) {
      return "nearest";
    } else if (expr instanceof Expr.Search) {
      return "search";
    } else if (expr instanceof Expr.Fuzzy) {
      return "fuzzy";
    } else if (expr instanceof Expr.MatchText) {
      return "match_text";
    } else if (expr instanceof Expr.Bm25) {
      return "bm25";
    }
    return "rrf";
  }

  /** The column type of a projected expression; {@code earlier} are the projections before it. */
  static PropType type(TypedExpr expr, List<Projection> earlier) {
    if (expr instanceof TypedExpr.PropertyRef p) {
      return p.property().type();
    } else if (expr instanceof TypedExpr.NodeRef) {
      return PropType.of(ScalarType.STRING, false);
    } else if (expr instanceof ValueOperand.Param p) {
      return paramColumn(p.propType());
    } else if (expr instanceof ValueOperand.Constant c) {
      return c.propType();
    } else if (expr instanceof ValueOperand.Now) {
      return PropType.of(ScalarType.DATETIME, false);
    } else if (expr instanceof TypedExpr.Aggregate a) {
      return aggregate(a, earlier);
    } else if (expr instanceof TypedExpr.AliasRef a) {
      return a.isResolved() ? earlier.get(a.projection()).columnType()
          : PropType.of(ScalarType.I64, true);
    } else if (expr instanceof TypedExpr.Search || expr instanceof TypedExpr.Fuzzy
        || expr instanceof TypedExpr.MatchText) {
      return PropType.of(ScalarType.BOOL, false);
    }
    return PropType.of(ScalarType.F64, false);
  }

  private static PropType aggregate(TypedExpr.Aggregate a, List<Projection> earlier) {
    if (a.func() == AggFunc.COUNT) {
      return PropType.of(ScalarType.I64, false);
    }
    if (a.func() == AggFunc.SUM || a.func() == AggFunc.AVG) {
      return PropType.of(ScalarType.F64, true);
    }
    return type(a.argument(), earlier).withNullable(true);
  }

  /**
   * A parameter's value is bound as the reference's literal kinds: integers as I64, floats (and
   * vector elements) as F64, a Blob as its String.
   */
  private static PropType paramColumn(PropType declared) {
    if (declared.isVector()) {
      return PropType.listOf(ScalarType.F64, declared.nullable());
    }
    ScalarType scalar = declared.scalar();
    if (scalar.isInteger()) {
      scalar = ScalarType.I64;
    } else if (scalar.isNumeric()) {
      scalar = ScalarType.F64;
    } else if (scalar == ScalarType.BLOB) {
      scalar = ScalarType.STRING;
    }
    return new PropType(scalar, 0, declared.nullable(), declared.list(), null);
  }
}
