package dev.omnigraph.exec;

import dev.omnigraph.exec.store.BoolColumn;
import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.DictStrings;
import dev.omnigraph.exec.store.DoubleColumn;
import dev.omnigraph.exec.store.FloatColumn;
import dev.omnigraph.exec.store.IntColumn;
import dev.omnigraph.exec.store.LongColumn;
import dev.omnigraph.exec.store.PlainStrings;
import dev.omnigraph.exec.store.StringColumn;
import dev.omnigraph.plan.Comparison;
import dev.omnigraph.plan.RowExpr;
import dev.omnigraph.plan.Slot;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.schema.PropType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles plan comparisons into tests over this run's data: a property against a value becomes
 * a test specialised to the column's representation (integer ranges, float32 rounding, dictionary
 * codes, UTF-8 bytes); anything else uses {@link Comparisons} on canonical values.
 */
final class Conditions {
  private Conditions() {}

  /** A comparison that reads no slot, evaluated once. */
  static boolean constant(Comparison c, QueryContext ctx) {
    RowExpr.Value l = (RowExpr.Value) c.left();
    RowExpr.Value r = (RowExpr.Value) c.right();
    return Comparisons.test(ctx.values.resolve(l.value()), Values.type(l.value()), false, c.op(),
        ctx.values.resolve(r.value()), Values.type(r.value()), false);
  }

  /**
   * All comparisons on the node of one slot, as one test on its handle. Ordering comparisons of
   * one integer property with values are intersected into a single range test, and equalities run
   * first (usually the most selective); the conjunction does not depend on the order.
   */
  static NodeTest node(List<Comparison> comparisons, NodeSource source, QueryContext ctx) {
    List<NodeTest> equalities = new ArrayList<>();
    List<NodeTest> others = new ArrayList<>();
    Map<String, LongRange> ranges = new LinkedHashMap<>();
    for (Comparison c : comparisons) {
      RangeOperand r = rangeOperand(c, source, ctx);
      if (r != null) {
        ranges.merge(r.property(), r.range(), LongRange::intersect);
      } else if (c.op() == CompOp.EQ) {
        equalities.add(node(c, source, ctx));
      } else {
        others.add(node(c, source, ctx));
      }
    }
    for (Map.Entry<String, LongRange> r : ranges.entrySet()) {
      equalities.add(range(source.column(r.getKey()), r.getValue()));
    }
    equalities.addAll(others);
    if (equalities.contains(NodeTest.FALSE)) {
      return NodeTest.FALSE;
    }
    equalities.removeIf(t -> t == NodeTest.TRUE);
    if (equalities.isEmpty()) {
      return NodeTest.TRUE;
    }
    if (equalities.size() == 1) {
      return equalities.get(0);
    }
    return new NodeTest.All(equalities.toArray(new NodeTest[0]));
  }

  /** An integer property compared with a number by {@code <}, {@code <=}, {@code >}, {@code >=}. */
  private record RangeOperand(String property, LongRange range) {}

  private static RangeOperand rangeOperand(Comparison c, NodeSource source, QueryContext ctx) {
    CompOp op = c.op();
    RowExpr.Prop p;
    RowExpr.Value v;
    if (c.left() instanceof RowExpr.Prop l && c.right() instanceof RowExpr.Value r) {
      p = l;
      v = r;
    } else if (c.right() instanceof RowExpr.Prop r && c.left() instanceof RowExpr.Value l) {
      p = r;
      v = l;
      op = Comparisons.mirror(op);
    } else {
      return null;
    }
    if (op == CompOp.EQ || op == CompOp.NE || op == CompOp.CONTAINS) {
      return null;
    }
    Column column = source.column(p.property().name());
    boolean integers = column instanceof IntColumn
        || (column instanceof LongColumn l && !l.unsigned());
    Object value = ctx.values.resolve(v.value());
    if (!integers || !(value instanceof Number n)) {
      return null;
    }
    return new RangeOperand(p.property().name(), LongRange.of(op, n));
  }

  private static NodeTest range(Column column, LongRange range) {
    if (range.isEmpty()) {
      return NodeTest.FALSE;
    }
    return column instanceof IntColumn c ? new NodeTest.IntIn(c, range)
        : new NodeTest.LongIn((LongColumn) column, range);
  }

  /** A comparison reading only the node of one slot. */
  static NodeTest node(Comparison c, NodeSource source, QueryContext ctx) {
    if (c.left() instanceof RowExpr.Prop p && c.right() instanceof RowExpr.Value v) {
      return propertyVsValue(source, p, c.op(), ctx.values.resolve(v.value()),
          Values.type(v.value()));
    }
    if (c.right() instanceof RowExpr.Prop p && c.left() instanceof RowExpr.Value v
        && c.op() != CompOp.CONTAINS) {
      return propertyVsValue(source, p, Comparisons.mirror(c.op()),
          ctx.values.resolve(v.value()), Values.type(v.value()));
    }
    if (c.left() instanceof RowExpr.Value && c.right() instanceof RowExpr.Value) {
      return constant(c, ctx) ? NodeTest.TRUE : NodeTest.FALSE;
    }
    Operand l = operand(c.left(), source, ctx);
    Operand r = operand(c.right(), source, ctx);
    return h -> Comparisons.test(l.value(h), l.type, l.property, c.op(), r.value(h), r.type,
        r.property);
  }

  /** A comparison over several slots of a match row. */
  static RowTest row(Comparison c, List<Slot> slots, QueryContext ctx) {
    RowValue l = RowValues.of(c.left(), slots, ctx);
    RowValue r = RowValues.of(c.right(), slots, ctx);
    PropType lt = RowValues.type(c.left());
    PropType rt = RowValues.type(c.right());
    boolean lp = c.left() instanceof RowExpr.Prop;
    boolean rp = c.right() instanceof RowExpr.Prop;
    return (b, i) -> Comparisons.test(l.get(b, i), lt, lp, c.op(), r.get(b, i), rt, rp);
  }

  /** One side of a single-node comparison. */
  private record Operand(Column column, Object constant, PropType type, boolean property) {
    Object value(int h) {
      return column == null ? constant : column.value(h);
    }
  }

  private static Operand operand(RowExpr e, NodeSource source, QueryContext ctx) {
    if (e instanceof RowExpr.Prop p) {
      return new Operand(source.column(p.property().name()), null, p.property().type(), true);
    }
    RowExpr.Value v = (RowExpr.Value) e;
    return new Operand(null, ctx.values.resolve(v.value()), Values.type(v.value()), false);
  }

  private static NodeTest propertyVsValue(NodeSource source, RowExpr.Prop p, CompOp op,
      Object value, PropType valueType) {
    if (value == null) {
      return NodeTest.FALSE;
    }
    PropType type = p.property().type();
    Column column = source.column(p.property().name());
    if (op != CompOp.CONTAINS && !type.list() && !type.isVector()) {
      NodeTest special = specialised(column, type, op, value);
      if (special != null) {
        return special;
      }
    }
    return h -> Comparisons.test(column.value(h), type, true, op, value, valueType, false);
  }

  /** A test specialised to the column class, or null when none applies. */
  private static NodeTest specialised(Column column, PropType type, CompOp op, Object value) {
    if (column instanceof StringColumn s && value instanceof String text) {
      return strings(s, op, text.getBytes(StandardCharsets.UTF_8));
    }
    if ((column instanceof IntColumn || column instanceof LongColumn l && !l.unsigned())
        && value instanceof Number n) {
      return range(column, LongRange.of(op, n));
    }
    if (column instanceof FloatColumn c && value instanceof Number n) {
      float f = Comparisons.toFloat(n, type);
      return h -> !c.isNull(h) && holds(op, c.get(h), f);
    }
    if (column instanceof DoubleColumn c && value instanceof Double d) {
      double x = d;
      return h -> !c.isNull(h) && holds(op, c.get(h), x);
    }
    if (column instanceof DoubleColumn c && value instanceof Long l) {
      long x = l;
      return h -> !c.isNull(h)
          && Comparisons.holds(op, -Comparisons.compareIntegerDouble(x, false, c.get(h)));
    }
    if (column instanceof BoolColumn c && value instanceof Boolean b) {
      boolean x = b;
      return h -> !c.isNull(h) && Comparisons.holds(op, Boolean.compare(c.get(h), x));
    }
    return null;
  }

  private static NodeTest strings(StringColumn column, CompOp op, byte[] utf8) {
    if (column instanceof DictStrings d) {
      if (op == CompOp.EQ || op == CompOp.NE) {
        int code = d.codeOf(utf8);
        if (op == CompOp.EQ) {
          return code < 0 ? NodeTest.FALSE : new NodeTest.DictEquals(d, code);
        }
        return h -> {
          int c = d.code(h);
          return c >= 0 && c != code;
        };
      }
      PlainStrings dict = d.dict();
      boolean[] ok = new boolean[dict.size()];
      for (int e = 0; e < ok.length; e++) {
        ok[e] = Comparisons.holds(op, dict.compareTo(e, utf8));
      }
      return h -> {
        int c = d.code(h);
        return c >= 0 && ok[c];
      };
    }
    return switch (op) {
      case EQ -> h -> !column.isNull(h) && column.equalsBytes(h, utf8);
      case NE -> h -> !column.isNull(h) && !column.equalsBytes(h, utf8);
      default -> h -> !column.isNull(h) && Comparisons.holds(op, column.compareTo(h, utf8));
    };
  }

  private static boolean holds(CompOp op, double a, double b) {
    return switch (op) {
      case EQ -> a == b;
      case NE -> a != b;
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
      case CONTAINS -> throw new IllegalArgumentException("contains");
    };
  }
}
