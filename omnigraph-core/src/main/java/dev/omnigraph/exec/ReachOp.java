package dev.omnigraph.exec;

import dev.omnigraph.plan.Step;

/**
 * Keeps the rows whose destination node is reachable from their source node within the hop
 * bounds: a traversal between two bound variables (the cycle-closing expansion and id filter of
 * semantics.md §2.1 step 4).
 */
final class ReachOp implements RowSink {
  private final RowSink next;
  private final Step.Reach step;
  private final Hops hops;
  private final Bfs bfs;

  ReachOp(Step.Reach step, QueryContext ctx, RowSink next) {
    this.next = next;
    this.step = step;
    this.hops = ctx.hops(step.edge(), step.direction());
    this.bfs = ctx.bfs;
  }

  @Override
  public void push(Batch in) {
    int[] sources = in.columns[step.source()];
    int[] targets = in.columns[step.destination()];
    hops.prepare(sources, in.size);
    boolean[] keep = new boolean[in.size];
    for (int i = 0; i < in.size; i++) {
      keep[i] = bfs.reaches(hops, sources[i], targets[i], step.minHops(), step.maxHops());
    }
    in.pushSelected(keep, next);
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
