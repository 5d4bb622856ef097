package dev.omnigraph.exec;

import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.plan.OutputColumn;
import dev.omnigraph.plan.OutputPlan;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.plan.SortKey;
import dev.omnigraph.query.bind.BoundParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a physical plan over one snapshot: every table is read at the version the snapshot pins,
 * so a concurrent write never changes what a running read sees.
 */
public final class ReadExecutor {
  private ReadExecutor() {}

  /**
   * Executes a plan.
   *
   * @param nowMillis the request clock for {@code now()} (UTC milliseconds)
   * @throws dev.omnigraph.QueryException REQUEST for values that fail at execution (invalid Date
   *     and DateTime text)
   */
  public static ResultRows run(PhysicalPlan plan, GraphSnapshot snapshot, BoundParams params,
      long nowMillis, TableData data) {
    QueryContext ctx = new QueryContext(snapshot, params, nowMillis, data, plan);
    OutputPlan output = plan.output();
    MatchRunner match = new MatchRunner(plan.match(), ctx, new int[0]);
    List<Object[]> rows;
    if (output.aggregate()) {
      AggregateSink groups = new AggregateSink(output, plan.match().slots(), ctx);
      match.run(groups);
      rows = sortAndLimit(groups.rows(), output);
    } else {
      long early = output.sort().isEmpty() && output.limit() != null ? output.limit() : -1;
      CollectSink collected = new CollectSink(early);
      match.run(collected);
      Batch all = collected.rows(plan.match().slots().size());
      int[] order = output.sort().isEmpty() ? firstRows(all.size, output.limit())
          : RowOrder.sort(all, output.sort(), output.limit(), plan.match().slots(), ctx);
      rows = project(all, order, output.columns(), plan, ctx);
    }
    return new ResultRows(output.columns(), rows);
  }

  private static int[] firstRows(int size, Long limit) {
    int n = limit == null ? size : (int) Math.min(size, limit);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  private static List<Object[]> project(Batch rows, int[] order, List<OutputColumn> columns,
      PhysicalPlan plan, QueryContext ctx) {
    RowValue[] values = new RowValue[columns.size()];
    for (int c = 0; c < values.length; c++) {
      values[c] = RowValues.projected(columns.get(c).expr(), plan.match().slots(), ctx);
    }
    List<Object[]> out = new ArrayList<>(order.length);
    for (int r : order) {
      Object[] row = new Object[values.length];
      for (int c = 0; c < values.length; c++) {
        row[c] = values[c].get(rows, r);
      }
      out.add(row);
    }
    return out;
  }

  private static List<Object[]> sortAndLimit(List<Object[]> rows, OutputPlan output) {
    List<Object[]> out = new ArrayList<>(rows);
    if (!output.sort().isEmpty()) {
      Comparator<Object[]> cmp = null;
      for (SortKey k : output.sort()) {
        SortKey.OnColumn key = (SortKey.OnColumn) k;
        int col = key.column();
        var type = output.columns().get(col).type();
        Comparator<Object[]> asc = (a, b) -> Comparisons.orderNullsFirst(a[col], b[col], type);
        Comparator<Object[]> part = key.descending() ? asc.reversed() : asc;
        cmp = cmp == null ? part : cmp.thenComparing(part);
      }
      out.sort(cmp);
    }
    if (output.limit() != null && output.limit() < out.size()) {
      return new ArrayList<>(out.subList(0, (int) (long) output.limit()));
    }
    return out;
  }
}
