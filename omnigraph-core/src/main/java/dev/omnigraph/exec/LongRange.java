package dev.omnigraph.exec;

import dev.omnigraph.query.ast.CompOp;

/**
 * An ordering comparison of an integer column with a number as the set of integers that satisfy
 * it: {@code lo ≤ x ≤ hi}, or for {@code !=} every integer but {@code excluded}. Exact for float
 * values ({@code x > 3.5} is {@code x ≥ 4}, semantics.md §4.2).
 */
record LongRange(long lo, long hi, boolean notEqual, long excluded) {
  private static final double TWO_63 = 0x1p63;
  private static final LongRange NONE = new LongRange(1, 0, false, 0);
  private static final LongRange ALL = new LongRange(Long.MIN_VALUE, Long.MAX_VALUE, false, 0);

  boolean contains(long x) {
    return notEqual ? x != excluded : lo <= x && x <= hi;
  }

  /** Both ranges (neither a {@code !=}). */
  LongRange intersect(LongRange other) {
    return new LongRange(Math.max(lo, other.lo), Math.min(hi, other.hi), false, 0);
  }

  /** Whether no integer satisfies the comparison. */
  boolean isEmpty() {
    return !notEqual && lo > hi;
  }

  /** The integers {@code x} with {@code x op v} ({@code v} a Long or a finite Double). */
  static LongRange of(CompOp op, Number v) {
    if (v instanceof Double || v instanceof Float) {
      return ofDouble(op, v.doubleValue());
    }
    long c = v.longValue();
    return switch (op) {
      case EQ -> new LongRange(c, c, false, 0);
      case NE -> new LongRange(0, 0, true, c);
      case GT -> c == Long.MAX_VALUE ? NONE : new LongRange(c + 1, Long.MAX_VALUE, false, 0);
      case GE -> new LongRange(c, Long.MAX_VALUE, false, 0);
      case LT -> c == Long.MIN_VALUE ? NONE : new LongRange(Long.MIN_VALUE, c - 1, false, 0);
      case LE -> new LongRange(Long.MIN_VALUE, c, false, 0);
      case CONTAINS -> throw new IllegalArgumentException("contains");
    };
  }

  private static LongRange ofDouble(CompOp op, double d) {
    boolean integral = d == Math.rint(d) && d >= -TWO_63 && d < TWO_63;
    if (integral) {
      return of(op, (long) d);
    }
    if (op == CompOp.EQ) {
      return NONE;
    }
    if (op == CompOp.NE) {
      return ALL;
    }
    boolean above = d >= TWO_63;
    boolean below = d < -TWO_63;
    return switch (op) {
      case GT, GE -> above ? NONE : below ? ALL
          : new LongRange((long) Math.floor(d) + 1, Long.MAX_VALUE, false, 0);
      case LT, LE -> below ? NONE : above ? ALL
          : new LongRange(Long.MIN_VALUE, (long) Math.floor(d), false, 0);
      default -> throw new IllegalArgumentException(op.name());
    };
  }
}
