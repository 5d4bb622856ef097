package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Column;
import dev.omnigraph.plan.RowExpr;
import dev.omnigraph.plan.Slot;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import java.util.ArrayList;
import java.util.List;

/** Binds row expressions to this run's sources. */
final class RowValues {
  private RowValues() {}

  static RowValue of(RowExpr e, List<Slot> slots, QueryContext ctx) {
    if (e instanceof RowExpr.Prop p) {
      Column c = ctx.nodes(slots.get(p.slot()).type()).column(p.property().name());
      int slot = p.slot();
      return (b, i) -> c.value(b.columns[slot][i]);
    } else if (e instanceof RowExpr.NodeId n) {
      NodeSource s = ctx.nodes(slots.get(n.slot()).type());
      int slot = n.slot();
      return (b, i) -> s.id(b.columns[slot][i]);
    }
    Object v = ctx.values.resolve(((RowExpr.Value) e).value());
    return (b, i) -> v;
  }

  /**
   * A row expression as a result column: like {@link #of}, except that a vector parameter becomes
   * a list of F64 (semantics.md §5.2).
   */
  static RowValue projected(RowExpr e, List<Slot> slots, QueryContext ctx) {
    if (e instanceof RowExpr.Value v && ctx.values.resolve(v.value()) instanceof float[] f) {
      List<Object> list = new ArrayList<>(f.length);
      for (float x : f) {
        list.add((double) x);
      }
      List<Object> value = List.copyOf(list);
      return (b, i) -> value;
    }
    return of(e, slots, ctx);
  }

  /** The type of the values of a row expression. */
  static PropType type(RowExpr e) {
    if (e instanceof RowExpr.Prop p) {
      return p.property().type();
    } else if (e instanceof RowExpr.NodeId) {
      return PropType.of(ScalarType.STRING, false);
    }
    return Values.type(((RowExpr.Value) e).value());
  }
}
