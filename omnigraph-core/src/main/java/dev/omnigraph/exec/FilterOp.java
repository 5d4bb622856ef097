package dev.omnigraph.exec;

import dev.omnigraph.plan.Comparison;
import dev.omnigraph.plan.Slot;
import java.util.List;
import java.util.Set;

/** Keeps the rows satisfying a comparison, in order (semantics.md §3.4). */
final class FilterOp implements RowSink {
  private final RowSink next;
  private final int slot;
  private final NodeTest nodeTest;
  private final RowTest rowTest;
  /** False when a comparison without slots is false: no row passes. */
  private final boolean passes;

  FilterOp(Comparison c, List<Slot> slots, QueryContext ctx, RowSink next) {
    this.next = next;
    Set<Integer> used = c.slots();
    if (used.isEmpty()) {
      slot = -1;
      nodeTest = null;
      rowTest = null;
      passes = Conditions.constant(c, ctx);
    } else if (used.size() == 1) {
      slot = used.iterator().next();
      nodeTest = Conditions.node(c, ctx.nodes(slots.get(slot).type()), ctx);
      rowTest = null;
      passes = true;
    } else {
      slot = -1;
      nodeTest = null;
      rowTest = Conditions.row(c, slots, ctx);
      passes = true;
    }
  }

  @Override
  public void push(Batch batch) {
    if (!passes) {
      return;
    }
    boolean[] keep = new boolean[batch.size];
    for (int i = 0; i < batch.size; i++) {
      keep[i] = nodeTest != null ? nodeTest.test(batch.columns[slot][i])
          : rowTest == null || rowTest.test(batch, i);
    }
    batch.pushSelected(keep, next);
  }

  @Override
  public void finish() {
    next.finish();
  }

  @Override
  public boolean full() {
    return next.full();
  }
}
