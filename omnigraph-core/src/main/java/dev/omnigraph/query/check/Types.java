package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;

/** Type compatibility and literal typing (languages.md §3.5, §4.1). */
final class Types {
  private Types() {}

  /**
   * {@code compatible(a, b)}: both lists or both not, and the same scalar kind (a vector's
   * dimension included) or both numeric. Nullability and enum values are ignored.
   */
  static boolean compatible(PropType a, PropType b) {
    if (a.list() != b.list()) {
      return false;
    }
    return sameScalar(a, b) || (a.scalar().isNumeric() && b.scalar().isNumeric());
  }

  private static boolean sameScalar(PropType a, PropType b) {
    return a.scalar() == b.scalar()
        && (a.scalar() != ScalarType.VECTOR || a.vectorDim() == b.vectorDim());
  }

  /** The element type of a list type (keeps nullability, drops enum values as the reference does). */
  static PropType element(PropType list) {
    return new PropType(list.scalar(), list.vectorDim(), list.nullable(), false, null);
  }

  /** A non-null scalar. */
  static PropType scalar(ScalarType scalar) {
    return PropType.of(scalar, false);
  }

  /** True for a non-list String (an enum is a String). */
  static boolean isPlainString(PropType t) {
    return !t.list() && t.scalar() == ScalarType.STRING;
  }

  /** True for a non-list I32, I64, U32 or U64. */
  static boolean isIntegerScalar(PropType t) {
    return !t.list() && t.scalar().isInteger();
  }

  /**
   * The type of a literal: integer → I64, float → F64, list → list of the first element's kind,
   * {@code []} → {@code [String]}.
   *
   * @throws dev.omnigraph.QueryException U4 for nested lists or incompatible elements
   */
  static PropType literalType(Literal literal) {
    if (literal instanceof Literal.ListLit list) {
      return listLiteralType(list);
    }
    ScalarType scalar;
    if (literal instanceof Literal.Str) {
      scalar = ScalarType.STRING;
    } else if (literal instanceof Literal.Int) {
      scalar = ScalarType.I64;
    } else if (literal instanceof Literal.Float) {
      scalar = ScalarType.F64;
    } else if (literal instanceof Literal.Bool) {
      scalar = ScalarType.BOOL;
    } else if (literal instanceof Literal.Date) {
      scalar = ScalarType.DATE;
    } else {
      scalar = ScalarType.DATETIME;
    }
    return scalar(scalar);
  }

  private static PropType listLiteralType(Literal.ListLit list) {
    if (list.items().isEmpty()) {
      return PropType.listOf(ScalarType.STRING, false);
    }
    PropType first = literalType(list.items().get(0));
    if (first.list()) {
      throw TypeErrors.uncoded("U4", "nested list literals are not supported");
    }
    for (Literal item : list.items().subList(1, list.items().size())) {
      PropType t = literalType(item);
      if (t.list() || !compatible(first, t)) {
        throw TypeErrors.uncoded("U4", "list literal elements must share a compatible scalar type");
      }
    }
    return PropType.listOf(first.scalar(), false);
  }

  /** The element count of a non-empty list literal of numbers only (a vector literal), or -1. */
  static int vectorLiteralDim(Literal literal) {
    if (!(literal instanceof Literal.ListLit list) || list.items().isEmpty()) {
      return -1;
    }
    boolean numeric = list.items().stream()
        .allMatch(i -> i instanceof Literal.Int || i instanceof Literal.Float);
    return numeric ? list.items().size() : -1;
  }
}
