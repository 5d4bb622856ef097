package dev.omnigraph.exec;

import dev.omnigraph.plan.Comparison;
import dev.omnigraph.plan.RowExpr;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.TableScan;
import java.util.ArrayList;
import java.util.List;

/**
 * Storage-side SQL for the comparisons of a root scan that SQL decides exactly as we do: String
 * properties against a string (byte order), I32 and I64 properties against a number (as the
 * integer range of {@link LongRange}), Bool properties for equality. The scan still applies every
 * comparison in memory; the SQL only saves reading rows that cannot match.
 */
final class SqlFilters {
  private SqlFilters() {}

  /** The conjunction of the pushable comparisons, or null when none is. */
  static String of(List<Comparison> comparisons, QueryContext ctx) {
    List<String> parts = new ArrayList<>();
    for (Comparison c : comparisons) {
      String sql = of(c, ctx);
      if (sql != null) {
        parts.add(sql);
      }
    }
    return parts.isEmpty() ? null : String.join(" AND ", parts);
  }

  private static String of(Comparison c, QueryContext ctx) {
    RowExpr.Prop p;
    RowExpr.Value v;
    CompOp op = c.op();
    if (c.left() instanceof RowExpr.Prop l && c.right() instanceof RowExpr.Value r) {
      p = l;
      v = r;
    } else if (c.right() instanceof RowExpr.Prop r && c.left() instanceof RowExpr.Value l
        && op != CompOp.CONTAINS) {
      p = r;
      v = l;
      op = Comparisons.mirror(op);
    } else {
      return null;
    }
    if (op == CompOp.CONTAINS) {
      return null;
    }
    PropType t = p.property().type();
    if (t.list() || t.isVector()) {
      return null;
    }
    Object value = ctx.values.resolve(v.value());
    if (value == null) {
      return null;
    }
    String column = TableScan.column(p.property().name());
    switch (t.scalar()) {
      case STRING -> {
        return value instanceof String s ? column + " " + sqlOp(op) + " " + TableScan.literal(s)
            : null;
      }
      case I32, I64 -> {
        if (!(value instanceof Number n)) {
          return null;
        }
        LongRange range = LongRange.of(op, n);
        // literals must fit the column's type: bounds beyond it are dropped (they cut nothing)
        long min = t.scalar() == ScalarType.I32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = t.scalar() == ScalarType.I32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (range.notEqual()) {
          long x = range.excluded();
          return x < min || x > max ? null
              // the SQL parser reads -9223372036854775808 as a float: say "above the minimum"
              : x == Long.MIN_VALUE ? column + " >= " + (Long.MIN_VALUE + 1) : column + " <> " + x;
        }
        if (range.isEmpty() || range.lo() > max || range.hi() < min) {
          return null; // nothing matches; the in-memory test rejects every row
        }
        List<String> bounds = new ArrayList<>();
        if (range.lo() > min) {
          bounds.add(column + " >= " + range.lo());
        }
        if (range.hi() == Long.MIN_VALUE) {
          bounds.add(column + " < " + (Long.MIN_VALUE + 1)); // as above: no Long.MIN_VALUE literal
        } else if (range.hi() < max) {
          bounds.add(column + " <= " + range.hi());
        }
        return bounds.isEmpty() ? null : String.join(" AND ", bounds);
      }
      case BOOL -> {
        return value instanceof Boolean b && (op == CompOp.EQ || op == CompOp.NE)
            ? column + " " + sqlOp(op) + " " + b : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String sqlOp(CompOp op) {
    return op == CompOp.NE ? "<>" : op.symbol();
  }
}
