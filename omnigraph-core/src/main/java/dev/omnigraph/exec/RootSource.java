package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Column;
import dev.omnigraph.plan.HashJoin;
import dev.omnigraph.plan.MatchPlan;
import dev.omnigraph.plan.RootAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first rows of a match plan: the cross product of its roots in order (the first root varies
 * slowest, semantics.md §3.1); for a negated block each outer row (with its index in the seed
 * slot) crossed with the block's own roots.
 */
final class RootSource {
  private final QueryContext ctx;
  private final int width;
  private final int seedSlot;
  private final int[] outerLive;
  private final List<Root> roots = new ArrayList<>();
  /** A negated block's own roots, materialised on first use (the same for every outer row). */
  private int[][] seededRoots;
  private boolean seededRootsEmpty;

  /** One compiled root; {@code join} is set when its rows are met through a hash join. */
  private record Root(int slot, NodeSource source, RootAccess access, NodeTest test, String sql,
      Join join) {}

  /** A hash join into a root: the outer property read per row, the inner rows by key. */
  private static final class Join {
    final int outerSlot;
    final Column outer;
    final Column inner;
    Map<Object, IntList> buckets;

    Join(int outerSlot, Column outer, Column inner) {
      this.outerSlot = outerSlot;
      this.outer = outer;
      this.inner = inner;
    }

    /** The inner rows whose key equals the outer row's, in the inner root's order. */
    IntList bucket(int[] handles, int outerHandle) {
      if (buckets == null) {
        buckets = new HashMap<>();
        for (int h : handles) {
          Object k = key(inner.value(h));
          if (k != null) {
            buckets.computeIfAbsent(k, x -> new IntList(4)).add(h);
          }
        }
      }
      Object k = key(outer.value(outerHandle));
      return k == null ? null : buckets.get(k);
    }

    /** A value as a hash key deciding {@code =}: integers as Long, −0.0 as 0.0; null never joins. */
    private static Object key(Object v) {
      if (v instanceof Integer i) {
        return i.longValue();
      }
      if (v instanceof Double d && d == 0.0) {
        return 0.0;
      }
      if (v instanceof Float f && f == 0.0f) {
        return 0.0f;
      }
      return v;
    }
  }

  /**
   * @param width     the number of columns of the plan's batches
   * @param seedSlot  the seed column of a negated block's plan, or -1
   * @param outerLive the outer slots bound in the seed rows (empty at top level)
   */
  RootSource(MatchPlan plan, QueryContext ctx, int width, int seedSlot, int[] outerLive) {
    this.ctx = ctx;
    this.width = width;
    this.seedSlot = seedSlot;
    this.outerLive = outerLive;
    for (RootAccess a : plan.roots()) {
      NodeSource source = ctx.nodes(plan.slots().get(a.slot()).type());
      NodeTest test = Conditions.node(a.filters(), source, ctx);
      String sql = source instanceof FetchedNodes ? SqlFilters.of(a.filters(), ctx) : null;
      HashJoin j = plan.joinInto(a.slot());
      Join join = j == null ? null : new Join(j.outer().slot(),
          ctx.nodes(plan.slots().get(j.outer().slot()).type()).column(j.outer().property().name()),
          source.column(j.inner().property().name()));
      roots.add(new Root(a.slot(), source, a, test, sql, join));
    }
  }

  /** The slots bound by the roots (and the seed), in addition to the outer ones. */
  int[] bound() {
    int[] out = new int[roots.size() + (seedSlot >= 0 ? 1 : 0)];
    for (int i = 0; i < roots.size(); i++) {
      out[i] = roots.get(i).slot();
    }
    if (seedSlot >= 0) {
      out[roots.size()] = seedSlot;
    }
    return out;
  }

  /** Pushes the top-level rows: the first root streamed from its scan, the others materialised. */
  void run(RowSink sink) {
    Emitter out = new Emitter(sink);
    if (roots.isEmpty()) {
      out.row();
      out.flush();
      return;
    }
    int[][] rest = materialiseFrom(1);
    if (rest == null) {
      return;
    }
    Root first = roots.get(0);
    if (first.test() == NodeTest.FALSE) {
      return;
    }
    if (first.access() instanceof RootAccess.KeyLookup) {
      for (int h : handles(first)) {
        out.set(first.slot(), h);
        cross(rest, 0, out);
      }
    } else if (rest.length == 0) {
      first.source().scan(first.sql(), first.test(), (hs, n) -> {
        int[][] columns = new int[width][];
        columns[first.slot()] = n == hs.length ? hs : java.util.Arrays.copyOf(hs, n);
        sink.push(new Batch(columns, n));
        return !sink.full();
      });
    } else {
      first.source().scan(first.sql(), first.test(), (hs, n) -> {
        for (int i = 0; i < n; i++) {
          out.set(first.slot(), hs[i]);
          cross(rest, 0, out);
        }
        return !sink.full();
      });
    }
    out.flush();
  }

  /** Pushes each outer row crossed with this block's roots. */
  void runSeeded(Batch outer, RowSink sink) {
    if (roots.isEmpty()) {
      int[][] columns = new int[width][];
      for (int c : outerLive) {
        columns[c] = outer.columns[c];
      }
      int[] seeds = new int[outer.size];
      for (int i = 0; i < seeds.length; i++) {
        seeds[i] = i;
      }
      columns[seedSlot] = seeds;
      sink.push(new Batch(columns, outer.size));
      return;
    }
    if (seededRoots == null && !seededRootsEmpty) {
      seededRoots = materialiseFrom(0);
      seededRootsEmpty = seededRoots == null;
    }
    if (seededRootsEmpty) {
      return;
    }
    Emitter out = new Emitter(sink);
    for (int i = 0; i < outer.size; i++) {
      for (int c : outerLive) {
        out.set(c, outer.columns[c][i]);
      }
      out.set(seedSlot, i);
      cross(seededRoots, 0, out);
    }
    out.flush();
  }

  /** The handles of roots from {@code from} on; null when one is empty. */
  private int[][] materialiseFrom(int from) {
    int[][] out = new int[roots.size() - from][];
    for (int i = from; i < roots.size(); i++) {
      out[i - from] = handles(roots.get(i));
      if (out[i - from].length == 0) {
        return null;
      }
    }
    return out;
  }

  private void cross(int[][] rest, int depth, Emitter out) {
    if (rest == null) {
      return;
    }
    if (depth == rest.length) {
      out.row();
      return;
    }
    Root root = roots.get(roots.size() - rest.length + depth);
    if (root.join() != null) {
      IntList bucket = root.join().bucket(rest[depth], out.current[root.join().outerSlot]);
      for (int i = 0; bucket != null && i < bucket.size; i++) {
        out.set(root.slot(), bucket.items[i]);
        cross(rest, depth + 1, out);
      }
      return;
    }
    for (int h : rest[depth]) {
      out.set(root.slot(), h);
      cross(rest, depth + 1, out);
    }
  }

  private int[] handles(Root r) {
    if (r.test() == NodeTest.FALSE) {
      return new int[0];
    }
    if (r.access() instanceof RootAccess.KeyLookup k) {
      Object key = ctx.values.resolve(k.value());
      if (!(key instanceof String id)) {
        return new int[0];
      }
      int h = r.source().find(id);
      return h >= 0 && r.test().test(h) ? new int[] {h} : new int[0];
    }
    IntList out = new IntList();
    r.source().scan(r.sql(), r.test(), (hs, n) -> {
      for (int i = 0; i < n; i++) {
        out.add(hs[i]);
      }
      return true;
    });
    return out.toArray();
  }

  /** Accumulates rows of the current slot values into batches. */
  private final class Emitter {
    private final RowSink sink;
    private final int[] current = new int[width];
    private final int[] live;
    private int[][] columns;
    private int size;

    Emitter(RowSink sink) {
      this.sink = sink;
      int[] bound = bound();
      live = new int[outerLive.length + bound.length];
      System.arraycopy(outerLive, 0, live, 0, outerLive.length);
      System.arraycopy(bound, 0, live, outerLive.length, bound.length);
    }

    void set(int slot, int handle) {
      current[slot] = handle;
    }

    void row() {
      if (columns == null) {
        columns = new int[width][];
        for (int c : live) {
          columns[c] = new int[Batch.CAPACITY];
        }
      }
      for (int c : live) {
        columns[c][size] = current[c];
      }
      if (++size == Batch.CAPACITY) {
        flush();
      }
    }

    void flush() {
      if (size == 0) {
        return;
      }
      int[][] out = new int[width][];
      for (int c : live) {
        out[c] = size == Batch.CAPACITY ? columns[c] : java.util.Arrays.copyOf(columns[c], size);
      }
      sink.push(new Batch(out, size));
      columns = null;
      size = 0;
    }
  }
}
