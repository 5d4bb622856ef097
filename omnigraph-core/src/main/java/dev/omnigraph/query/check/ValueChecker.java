package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.ast.MatchValue;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;

/**
 * Checks a {@code match_value} (literal, {@code $param}, {@code now()}) against the property it is
 * matched with, assigned to or compared with: rules T3, T7.10–T7.13 and T14.
 */
final class ValueChecker {
  private final CheckContext ctx;

  ValueChecker(CheckContext ctx) {
    this.ctx = ctx;
  }

  /** A property match of a binding: equality, or membership on a list property. */
  ValueOperand bindingValue(MatchValue value, PropType expected, String property) {
    if (value instanceof Literal literal) {
      return expected.list() ? membershipLiteral(literal, expected, property)
          : literal(literal, expected, property);
    } else if (value instanceof MatchValue.Variable v) {
      PropType actual = ctx.useParam(v.name());
      if (actual == null) {
        // Ours (DECISIONS 6): the reference silently ignores such a match.
        throw TypeErrors.coded(
            "T3: match value `$" + v.name() + "` must be a declared query parameter");
      }
      checkBindingParam(actual, expected, property);
      return new ValueOperand.Param(v.name(), actual);
    }
    return now(expected, property);
  }

  /** A mutation assignment or predicate value. */
  ValueOperand mutationValue(MatchValue value, PropType expected, String property) {
    if (value instanceof Literal literal) {
      return literal(literal, expected, property);
    } else if (value instanceof MatchValue.Variable v) {
      PropType actual = ctx.useParam(v.name());
      if (actual == null) {
        throw TypeErrors.coded(
            "T14: mutation variable `$" + v.name() + "` must be a declared query parameter");
      }
      // A String parameter may carry a Blob (a URI or an inline payload).
      boolean blobFromString = expected.scalar() == ScalarType.BLOB
          && actual.scalar() == ScalarType.STRING && !actual.list();
      if (!Types.compatible(actual, expected) && !blobFromString) {
        throw assignCompare(actual, expected, property);
      }
      return new ValueOperand.Param(v.name(), actual);
    }
    return now(expected, property);
  }

  private static ValueOperand now(PropType expected, String property) {
    if (expected.list() || expected.scalar() != ScalarType.DATETIME) {
      throw TypeErrors.coded("T7: cannot assign/compare DateTime with " + expected.display()
          + " for property `" + property + "`");
    }
    return new ValueOperand.Now();
  }

  private static ValueOperand membershipLiteral(Literal literal, PropType expected,
      String property) {
    PropType type = Types.literalType(literal);
    if (type.list()) {
      throw TypeErrors.coded("T3: list equality is not supported for property `" + property
          + "`; use a scalar value to match list membership");
    }
    if (!Types.compatible(type, Types.element(expected))) {
      throw TypeErrors.coded("T3: property `" + property + "` has type " + expected.display()
          + " but membership match got " + type.display());
    }
    return new ValueOperand.Constant(literal, type);
  }

  private static void checkBindingParam(PropType actual, PropType expected, String property) {
    if (!expected.list()) {
      if (!Types.compatible(actual, expected)) {
        throw assignCompare(actual, expected, property);
      }
      return;
    }
    if (actual.list()) {
      throw TypeErrors.coded("T7: list equality is not supported for property `" + property
          + "`; use a scalar parameter for membership matching");
    }
    if (!Types.compatible(actual, Types.element(expected))) {
      throw TypeErrors.coded("T7: cannot compare " + actual.display() + " membership against "
          + expected.display() + " for property `" + property + "`");
    }
  }

  private static RuntimeException assignCompare(PropType actual, PropType expected,
      String property) {
    return TypeErrors.coded("T7: cannot assign/compare " + actual.display() + " with "
        + expected.display() + " for property `" + property + "`");
  }

  /** A literal for a non-membership position (the reference's {@code check_literal_type}). */
  private static ValueOperand literal(Literal literal, PropType expected, String property) {
    if (!expected.list() && expected.isVector()) {
      int dim = Types.vectorLiteralDim(literal);
      if (dim >= 0) {
        if (dim != expected.vectorDim()) {
          throw TypeErrors.coded("T3: property `" + property + "` has type Vector("
              + expected.vectorDim() + ") but got vector literal with " + dim + " elements");
        }
        return new ValueOperand.Constant(literal, Types.literalType(literal));
      }
    }
    PropType type = Types.literalType(literal);
    if (!Types.compatible(type, expected)) {
      throw TypeErrors.coded("T3: property `" + property + "` has type " + expected.display()
          + " but got " + type.display());
    }
    if (expected.isEnum()) {
      checkEnum(literal, expected, property);
    }
    return new ValueOperand.Constant(literal, type);
  }

  private static void checkEnum(Literal literal, PropType expected, String property) {
    if (literal instanceof Literal.Str s) {
      requireMember(s.value(), expected, property);
    } else if (literal instanceof Literal.ListLit list && expected.list()) {
      for (Literal item : list.items()) {
        if (item instanceof Literal.Str s) {
          requireMember(s.value(), expected, property);
        }
      }
    }
  }

  private static void requireMember(String value, PropType expected, String property) {
    if (!expected.enumValues().contains(value)) {
      throw TypeErrors.coded("T3: property `" + property + "` expects one of ["
          + String.join(", ", expected.enumValues()) + "], got '" + value + "'");
    }
  }
}
