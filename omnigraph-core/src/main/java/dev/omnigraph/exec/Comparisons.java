package dev.omnigraph.exec;

import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.util.ByteOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Comparison of canonical values (semantics.md §4, §7): the generic path, used where no
 * specialised column test applies, and the value order of sorting.
 *
 * <ul>
 *   <li>Numbers compare by mathematical value across widths, integers against floats exactly;
 *       U64 values are unsigned.
 *   <li>An F32 property compared with a literal or parameter rounds that value to float32 first
 *       (DECISIONS 22); every other comparison is exact.
 *   <li>Strings compare in byte order; {@code false < true}; dates and datetimes by their numbers.
 *   <li>A null on either side makes every operator false, {@code !=} included.
 * </ul>
 */
final class Comparisons {
  private static final double TWO_63 = 0x1p63;

  private Comparisons() {}

  /**
   * {@code left op right}.
   *
   * @param leftIsProperty  whether the left value is read from a property (for DECISIONS 22)
   * @param rightIsProperty whether the right value is read from a property
   */
  static boolean test(Object left, PropType leftType, boolean leftIsProperty, CompOp op,
      Object right, PropType rightType, boolean rightIsProperty) {
    if (left == null || right == null) {
      return false;
    }
    if (op == CompOp.CONTAINS) {
      PropType element = element(leftType);
      for (Object item : (List<?>) left) {
        if (item != null && test(item, element, leftIsProperty, CompOp.EQ, right, rightType,
            rightIsProperty)) {
          return true;
        }
      }
      return false;
    }
    Object l = left;
    Object r = right;
    if (leftIsProperty && !rightIsProperty && isF32(leftType) && r instanceof Number n) {
      r = toFloat(n, rightType);
    } else if (rightIsProperty && !leftIsProperty && isF32(rightType) && l instanceof Number n) {
      l = toFloat(n, leftType);
    }
    return holds(op, compare(l, leftType, r, rightType));
  }

  /** Whether a comparison result satisfies an ordering operator. */
  static boolean holds(CompOp op, int c) {
    return switch (op) {
      case EQ -> c == 0;
      case NE -> c != 0;
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case CONTAINS -> throw new IllegalArgumentException("contains is not an ordering");
    };
  }

  /** Mirrors an operator so that {@code a op b} equals {@code b mirror(op) a}. */
  static CompOp mirror(CompOp op) {
    return switch (op) {
      case LT -> CompOp.GT;
      case LE -> CompOp.GE;
      case GT -> CompOp.LT;
      case GE -> CompOp.LE;
      default -> op;
    };
  }

  /** Compares two non-null values of compatible types. */
  static int compare(Object a, PropType ta, Object b, PropType tb) {
    if (a instanceof String x && b instanceof String y) {
      return ByteOrder.compare(x, y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, unsigned(ta), y, unsigned(tb));
    }
    if (a instanceof float[] || b instanceof float[]) {
      return vectorsEqual(a, b) ? 0 : 1;
    }
    throw new IllegalArgumentException("cannot compare " + a.getClass().getSimpleName() + " with "
        + b.getClass().getSimpleName());
  }

  /** Exact comparison of two numbers (integers as signed or unsigned 64-bit, floats widened). */
  static int compareNumbers(Number a, boolean aUnsigned, Number b, boolean bUnsigned) {
    boolean af = a instanceof Double || a instanceof Float;
    boolean bf = b instanceof Double || b instanceof Float;
    if (!af && !bf) {
      return compareIntegers(a.longValue(), aUnsigned, b.longValue(), bUnsigned);
    }
    if (af && bf) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (af) {
      return -compareIntegerDouble(b.longValue(), bUnsigned, a.doubleValue());
    }
    return compareIntegerDouble(a.longValue(), aUnsigned, b.doubleValue());
  }

  static int compareIntegers(long a, boolean aUnsigned, long b, boolean bUnsigned) {
    boolean aBig = aUnsigned && a < 0;
    boolean bBig = bUnsigned && b < 0;
    if (aBig || bBig) {
      return aBig && bBig ? Long.compareUnsigned(a, b) : aBig ? 1 : -1;
    }
    return Long.compare(a, b);
  }

  /** Compares an integer with a (finite) double exactly. */
  static int compareIntegerDouble(long a, boolean unsigned, double d) {
    if (unsigned && a < 0) {
      BigDecimal big = new BigDecimal(Long.toUnsignedString(a));
      return big.compareTo(new BigDecimal(d));
    }
    if (d >= TWO_63) {
      return -1;
    }
    if (d < -TWO_63) {
      return 1;
    }
    double floor = Math.floor(d);
    long f = (long) floor;
    if (a != f) {
      return a < f ? -1 : 1;
    }
    return d > floor ? -1 : 0;
  }

  /**
   * The sort order of two non-null values of one column type (semantics.md §7): floats in total
   * order (−0.0 before +0.0), lists and vectors element by element.
   */
  static int order(Object a, Object b, PropType type) {
    if (a instanceof Float x && b instanceof Float y) {
      return Float.compare(x, y);
    }
    if (a instanceof Double x && b instanceof Double y) {
      return Double.compare(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      PropType element = element(type);
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        int c = orderNullsFirst(x.get(i), y.get(i), element);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.size(), y.size());
    }
    if (a instanceof float[] x && b instanceof float[] y) {
      return java.util.Arrays.compare(x, y);
    }
    return compare(a, type, b, type);
  }

  /** {@link #order} with null before every value. */
  static int orderNullsFirst(Object a, Object b, PropType type) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return order(a, b, type);
  }

  static PropType element(PropType list) {
    return new PropType(list.scalar(), list.vectorDim(), true, false, list.enumValues());
  }

  private static boolean isF32(PropType t) {
    return t.scalar() == ScalarType.F32;
  }

  private static boolean unsigned(PropType t) {
    return t.scalar() == ScalarType.U64;
  }

  /** A literal or parameter rounded to float32 (DECISIONS 22). */
  static Float toFloat(Number n, PropType type) {
    if (n instanceof Float f) {
      return f;
    }
    if (n instanceof Double d) {
      return (float) d.doubleValue();
    }
    long v = n.longValue();
    if (unsigned(type) && v < 0) {
      return (float) (((v >>> 1) | (v & 1)) * 2.0);
    }
    return (float) v;
  }

  private static boolean vectorsEqual(Object a, Object b) {
    float[] x = asFloats(a);
    float[] y = asFloats(b);
    if (x == null || y == null || x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i]) {
        return false;
      }
    }
    return true;
  }

  private static float[] asFloats(Object v) {
    if (v instanceof float[] f) {
      return f;
    }
    if (v instanceof List<?> l) {
      float[] out = new float[l.size()];
      for (int i = 0; i < out.length; i++) {
        if (!(l.get(i) instanceof Number n)) {
          return null;
        }
        out[i] = n.floatValue();
      }
      return out;
    }
    return null;
  }
}
