package dev.omnigraph.exec;

import dev.omnigraph.plan.MatchPlan;
import dev.omnigraph.plan.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A match plan bound to one query run: its root source and its chain of step operators, compiled
 * once. A negated block's runner is run again for every batch of outer rows.
 */
final class MatchRunner {
  private final RootSource roots;
  private final RowSink head;
  private final Relay terminal = new Relay();
  private final int seedSlot;

  /**
   * @param outerLive the outer slots bound where a negated block runs (empty at top level)
   */
  MatchRunner(MatchPlan plan, QueryContext ctx, int[] outerLive) {
    int width = plan.slots().size() + (plan.seeded() ? 1 : 0);
    this.seedSlot = plan.seeded() ? plan.slots().size() : -1;
    this.roots = new RootSource(plan, ctx, width, seedSlot, outerLive);
    int[] live = concat(outerLive, roots.bound());
    List<int[]> liveBefore = new ArrayList<>();
    for (Step s : plan.steps()) {
      liveBefore.add(live);
      if (s instanceof Step.Expand e && e.destination() >= 0) {
        live = concat(live, new int[] {e.destination()});
      }
    }
    RowSink sink = terminal;
    for (int k = plan.steps().size() - 1; k >= 0; k--) {
      Step s = plan.steps().get(k);
      if (s instanceof Step.Expand e) {
        sink = new ExpandOp(e, ctx, width, liveBefore.get(k), sink);
      } else if (s instanceof Step.Reach r) {
        sink = new ReachOp(r, ctx, sink);
      } else if (s instanceof Step.Filter f) {
        sink = new FilterOp(f.condition(), plan.slots(), ctx, sink);
      } else {
        Step.AntiJoin a = (Step.AntiJoin) s;
        sink = new AntiJoinOp(new MatchRunner(a.inner(), ctx, liveBefore.get(k)), sink);
      }
    }
    this.head = sink;
  }

  /** The column holding the outer row index in a negated block's rows. */
  int seedSlot() {
    return seedSlot;
  }

  /** Pushes every match row of a top-level plan to {@code sink}, then finishes it. */
  void run(RowSink sink) {
    terminal.target = sink;
    roots.run(head);
    head.finish();
  }

  /** Pushes the rows of a negated block for a batch of outer rows (not finished). */
  void runSeeded(Batch outer, RowSink sink) {
    terminal.target = sink;
    roots.runSeeded(outer, head);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Forwards to a target set per run. */
  private static final class Relay implements RowSink {
    RowSink target;

    @Override
    public void push(Batch batch) {
      target.push(batch);
    }

    @Override
    public void finish() {
      target.finish();
    }

    @Override
    public boolean full() {
      return target.full();
    }
  }
}
