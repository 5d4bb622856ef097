package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ir.ExprType;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;

/**
 * Types expressions (the reference's {@code resolve_expr_type}): variables and properties against
 * the scope, parameters against their declarations, aggregates (T8), alias references; search
 * calls are delegated to {@link SearchChecker}.
 */
final class ExprChecker {
  private final CheckContext ctx;
  private final Scope scope;
  private final AliasTable aliases;
  private final SearchChecker search;

  ExprChecker(CheckContext ctx, Scope scope, AliasTable aliases) {
    this.ctx = ctx;
    this.scope = scope;
    this.aliases = aliases;
    this.search = new SearchChecker(scope, this);
  }

  TypedExpr check(Expr expr) {
    if (expr instanceof Expr.Now) {
      return new ValueOperand.Now();
    } else if (expr instanceof Expr.PropAccess p) {
      return property(p);
    } else if (expr instanceof Expr.Variable v) {
      return variable(v.name());
    } else if (expr instanceof Expr.Lit l) {
      return new ValueOperand.Constant(l.value(), Types.literalType(l.value()));
    } else if (expr instanceof Expr.Aggregate a) {
      return aggregate(a);
    } else if (expr instanceof Expr.AliasRef a) {
      return aliases.resolve(a.name());
    }
    return search.check(expr);
  }

  private TypedExpr property(Expr.PropAccess p) {
    NodeType type = scope.typeOf(p.variable());
    if (type == null) {
      throw TypeErrors.coded("T6: variable `$" + p.variable() + "` is not bound");
    }
    Property prop = type.property(p.property());
    if (prop == null) {
      throw TypeErrors.coded(
          "T6: type `" + type.name() + "` has no property `" + p.property() + "`");
    }
    return new TypedExpr.PropertyRef(p.variable(), type, prop);
  }

  /** A bare {@code $name}: a declared parameter first, else a bound match variable (U1). */
  private TypedExpr variable(String name) {
    PropType param = ctx.useParam(name);
    if (param != null) {
      return new ValueOperand.Param(name, param);
    }
    NodeType type = scope.typeOf(name);
    if (type == null) {
      throw TypeErrors.uncoded("U1", "variable `$" + name + "` is not bound");
    }
    return new TypedExpr.NodeRef(name, type);
  }

  private TypedExpr aggregate(Expr.Aggregate a) {
    TypedExpr arg = check(a.arg());
    // T8 only looks at scalar arguments: sum($p) passes and fails at execution.
    if (arg.type() instanceof ExprType.Scalar s) {
      PropType t = s.type();
      boolean numeric = !t.list() && t.scalar().isNumeric();
      if ((a.func() == AggFunc.SUM || a.func() == AggFunc.AVG) && !numeric) {
        throw TypeErrors.coded(
            "T8: " + a.func().keyword() + " requires numeric type, got " + t.display());
      }
      if ((a.func() == AggFunc.MIN || a.func() == AggFunc.MAX) && !numeric
          && !Types.isPlainString(t)) {
        throw TypeErrors.coded("T8: " + a.func().keyword()
            + " requires numeric or string type, got " + t.display());
      }
    }
    return new TypedExpr.Aggregate(a.func(), arg);
  }
}
