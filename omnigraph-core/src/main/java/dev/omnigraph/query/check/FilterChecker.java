package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Clause;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ir.ExprType;
import dev.omnigraph.query.ir.MatchClause;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;

/** Checks a filter clause {@code left op right}: both sides typed, then rule T7. */
final class FilterChecker {
  private FilterChecker() {}

  static MatchClause.Filter check(Clause.Filter filter, ExprChecker exprs) {
    TypedExpr left = exprs.check(filter.left());
    TypedExpr right = exprs.check(filter.right());
    if (!(left.type() instanceof ExprType.Scalar l) || !(right.type() instanceof ExprType.Scalar r)) {
      throw TypeErrors.coded("T7: filter comparisons require scalar operands, got "
          + left.type().display() + " and " + right.type().display());
    }
    if (filter.op() == CompOp.CONTAINS) {
      checkMembership(l.type(), r.type());
    } else {
      checkComparison(l.type(), r.type());
    }
    return new MatchClause.Filter(left, filter.op(), right);
  }

  private static void checkMembership(PropType l, PropType r) {
    if (!l.list()) {
      throw TypeErrors.coded(
          "T7: contains requires a list property on the left, got " + l.display());
    }
    if (r.list()) {
      throw TypeErrors.coded("T7: contains requires a scalar right operand");
    }
    if (l.isVector() || r.isVector()) {
      throw TypeErrors.coded("T7: vector membership filters are not supported");
    }
    if (!Types.compatible(Types.element(l), r)) {
      throw TypeErrors.coded(
          "T7: cannot test membership of " + r.display() + " in " + l.display());
    }
  }

  private static void checkComparison(PropType l, PropType r) {
    if (l.list() || r.list()) {
      throw TypeErrors.coded("T7: list comparisons in filters are not supported; use `contains`"
          + " for list membership");
    }
    if (l.isVector() || r.isVector()) {
      throw TypeErrors.coded("T7: vector comparisons in filters are not supported");
    }
    if (l.scalar() == ScalarType.BLOB || r.scalar() == ScalarType.BLOB) {
      throw TypeErrors.coded("T7: blob comparisons in filters are not supported");
    }
    if (!Types.compatible(l, r)) {
      throw TypeErrors.coded("T7: cannot compare " + l.display() + " with " + r.display());
    }
  }
}
