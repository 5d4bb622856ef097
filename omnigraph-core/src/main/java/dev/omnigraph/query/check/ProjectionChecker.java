package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ir.Projection;
import dev.omnigraph.query.ir.TypedExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the return clause: each projection in order (aliases become known one by one), its
 * column name and type; and, last of all checks of a read query, the aggregate shape (T9).
 */
final class ProjectionChecker {
  private ProjectionChecker() {}

  static List<Projection> check(List<dev.omnigraph.query.ast.Projection> projections,
      ExprChecker exprs, AliasTable aliases) {
    List<Projection> out = new ArrayList<>();
    for (dev.omnigraph.query.ast.Projection p : projections) {
      TypedExpr typed = exprs.check(p.expr());
      String column = p.alias() != null ? p.alias() : Columns.name(p.expr());
      out.add(new Projection(typed, p.alias(), column, Columns.type(typed, out)));
      if (p.alias() != null) {
        aliases.define(p.alias(), out.size() - 1, typed.type(), p.expr());
      }
    }
    return out;
  }

  /**
   * T9: in an aggregate query every other projection must be {@code $x.p} or {@code $x} (as
   * written: a bare parameter passes too, as in the reference).
   */
  static void checkAggregateShape(List<dev.omnigraph.query.ast.Projection> projections) {
    boolean aggregate = projections.stream().anyMatch(p -> p.expr() instanceof Expr.Aggregate);
    if (!aggregate) {
      return;
    }
    for (dev.omnigraph.query.ast.Projection p : projections) {
      Expr e = p.expr();
      if (!(e instanceof Expr.Aggregate || e instanceof Expr.PropAccess
          || e instanceof Expr.Variable)) {
        throw TypeErrors.coded("T9: non-aggregate expressions in an aggregate query must be"
            + " property accesses or variables");
      }
    }
  }
}
