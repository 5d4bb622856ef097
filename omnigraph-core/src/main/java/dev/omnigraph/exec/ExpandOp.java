package dev.omnigraph.exec;

import dev.omnigraph.plan.Step;

/**
 * Replaces each row by one row per reached destination node (semantics.md §3.3): reachable within
 * the hop bounds, present in the destination table (dangling ends are dropped), passing the
 * destination filters; rows in input order, destinations in discovery order.
 */
final class ExpandOp implements RowSink {
  private final RowSink next;
  private final Step.Expand step;
  private final Hops hops;
  private final NodeSource destination;
  private final NodeTest test;
  private final Bfs bfs;
  private final int width;
  private final int[] copied;

  /**
   * @param width  the number of columns of the plan's batches
   * @param copied the slots bound in the input rows
   */
  ExpandOp(Step.Expand step, QueryContext ctx, int width, int[] copied, RowSink next) {
    this.next = next;
    this.step = step;
    this.hops = ctx.hops(step.edge(), step.direction());
    this.destination = ctx.nodes(step.destinationType());
    this.test = Conditions.node(step.destinationFilters(), destination, ctx);
    this.bfs = ctx.bfs;
    this.width = width;
    this.copied = copied;
  }

  @Override
  public void push(Batch in) {
    int[] sources = in.columns[step.source()];
    hops.prepare(sources, in.size);
    IntList reached = new IntList(Math.max(16, in.size * 4));
    int[] starts = new int[in.size + 1];
    for (int i = 0; i < in.size; i++) {
      starts[i] = reached.size;
      bfs.reach(hops, sources[i], step.minHops(), step.maxHops(), reached);
    }
    starts[in.size] = reached.size;
    int[] handles = reached.items;
    IntList present = new IntList(Math.max(1, reached.size));
    for (int k = 0; k < reached.size; k++) {
      handles[k] = hops.toHandle(handles[k]);
      if (handles[k] >= 0) {
        present.add(handles[k]);
      }
    }
    destination.resolve(present.items, present.size);
    BatchBuilder out = new BatchBuilder(width, copied, step.destination(), next);
    for (int i = 0; i < in.size; i++) {
      for (int k = starts[i]; k < starts[i + 1]; k++) {
        int h = handles[k];
        if (h >= 0 && destination.exists(h) && test.test(h)) {
          out.add(in, i, h);
        }
      }
    }
    out.flush();
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
