package dev.omnigraph.plan;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;

/**
 * An equality between properties of two roots, {@code outer = inner}, where the inner root comes
 * later in the cross product: instead of crossing every pair and filtering, the inner root's rows
 * are hashed by their property once and each outer row meets only its bucket. Buckets keep the
 * inner root's order, so the rows and their order are those of cross product plus filter.
 *
 * @param outer the property of the earlier root
 * @param inner the property of the later root
 */
public record HashJoin(RowExpr.Prop outer, RowExpr.Prop inner) {

  /**
   * Whether hashing decides {@code =} exactly for these property types: both the same kind of
   * plain (non-list) value, integers of any signed width alike.
   */
  static boolean hashable(PropType a, PropType b) {
    if (a.list() || b.list() || a.isVector() || b.isVector()) {
      return false;
    }
    ScalarType x = a.scalar();
    ScalarType y = b.scalar();
    if (x == ScalarType.BLOB || y == ScalarType.BLOB) {
      return false;
    }
    if (signedInteger(x) && signedInteger(y)) {
      return true;
    }
    return x == y;
  }

  private static boolean signedInteger(ScalarType t) {
    return t == ScalarType.I32 || t == ScalarType.I64 || t == ScalarType.U32;
  }

  @Override
  public String toString() {
    return "HashJoin(slot " + inner.slot() + " " + inner + " = slot " + outer.slot() + " " + outer
        + ")";
  }
}
