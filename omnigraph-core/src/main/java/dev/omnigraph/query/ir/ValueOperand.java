package dev.omnigraph.query.ir;

import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;

/**
 * A value that does not depend on the row: a constant, a parameter or {@code now()}. This is what
 * property matches, mutation assignments and mutation predicates take (the grammar's
 * {@code match_value}); in expressions these appear as ordinary {@link TypedExpr}s.
 */
public sealed interface ValueOperand extends TypedExpr
    permits ValueOperand.Constant, ValueOperand.Param, ValueOperand.Now {

  /**
   * A literal. Date and DateTime literals keep their text: it is parsed (and may be rejected) at
   * execution.
   *
   * @param literal the literal as written
   * @param propType its type (languages.md §3.5: integer → I64, float → F64, list → list of the first
   *                element's kind, {@code []} → {@code [String]}); never nullable
   */
  record Constant(Literal literal, PropType propType) implements ValueOperand {
    @Override
    public ExprType type() {
      return new ExprType.Scalar(propType);
    }
  }

  /**
   * A reference to a declared parameter; its value is looked up by name in the bound parameters.
   *
   * @param name     the parameter name without {@code $}
   * @param propType the declared type (nullable when declared with {@code ?})
   */
  record Param(String name, PropType propType) implements ValueOperand {
    @Override
    public ExprType type() {
      return new ExprType.Scalar(propType);
    }
  }

  /** {@code now()}: the request's timestamp (non-null DateTime), the same for every use. */
  record Now() implements ValueOperand {
    @Override
    public ExprType type() {
      return new ExprType.Scalar(PropType.of(ScalarType.DATETIME, false));
    }
  }
}
