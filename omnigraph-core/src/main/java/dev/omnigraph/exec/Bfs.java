package dev.omnigraph.exec;

import java.util.Arrays;

/**
 * The reachability of semantics.md §3.3, with a visited set that costs nothing to clear (an epoch
 * stamp per node number). One instance per query; not thread-safe.
 *
 * <ul>
 *   <li>Same endpoint types: breadth first from {@code u}; {@code u} itself is visited first and
 *       never a result; a node first reached at hop {@code h} (its shortest distance) is a result
 *       when {@code min ≤ h ≤ max}. Results come in discovery order.
 *   <li>Different endpoint types: only hop 1 exists; the distinct neighbours in adjacency order,
 *       none when {@code min > 1}.
 * </ul>
 */
final class Bfs {
  private int[] stamps = new int[1024];
  private int epoch;
  private IntList frontier = new IntList();
  private IntList next = new IntList();

  /** Appends the node numbers reachable from {@code u} to {@code out}. */
  void reach(Hops g, int u, long min, long max, IntList out) {
    newEpoch();
    if (!g.sameType()) {
      if (min > 1) {
        return;
      }
      int degree = g.degree(u);
      for (int k = 0; k < degree; k++) {
        int v = g.neighbour(u, k);
        if (mark(v)) {
          out.add(v);
        }
      }
      return;
    }
    mark(u);
    frontier.clear();
    frontier.add(u);
    for (long hop = 1; hop <= max && frontier.size > 0; hop++) {
      if (hop > 1) {
        g.prepare(frontier.items, frontier.size);
      }
      next.clear();
      for (int i = 0; i < frontier.size; i++) {
        int x = frontier.items[i];
        int degree = g.degree(x);
        for (int k = 0; k < degree; k++) {
          int v = g.neighbour(x, k);
          if (mark(v)) {
            next.add(v);
            if (hop >= min) {
              out.add(v);
            }
          }
        }
      }
      IntList t = frontier;
      frontier = next;
      next = t;
    }
  }

  /**
   * Whether {@code target} is among the nodes {@link #reach} would give for {@code u}: searched
   * breadth first, stopping at the first hop that finds it.
   */
  boolean reaches(Hops g, int u, int target, long min, long max) {
    newEpoch();
    if (!g.sameType()) {
      if (min > 1) {
        return false;
      }
      int degree = g.degree(u);
      for (int k = 0; k < degree; k++) {
        if (g.neighbour(u, k) == target) {
          return true;
        }
      }
      return false;
    }
    if (u == target) {
      return false;
    }
    mark(u);
    frontier.clear();
    frontier.add(u);
    for (long hop = 1; hop <= max && frontier.size > 0; hop++) {
      if (hop > 1) {
        g.prepare(frontier.items, frontier.size);
      }
      next.clear();
      for (int i = 0; i < frontier.size; i++) {
        int x = frontier.items[i];
        int degree = g.degree(x);
        for (int k = 0; k < degree; k++) {
          int v = g.neighbour(x, k);
          if (mark(v)) {
            if (v == target) {
              return hop >= min;
            }
            next.add(v);
          }
        }
      }
      IntList t = frontier;
      frontier = next;
      next = t;
    }
    return false;
  }

  /** Marks a node visited in this search; false when it already was. */
  private boolean mark(int v) {
    if (v >= stamps.length) {
      stamps = Arrays.copyOf(stamps, Math.max(stamps.length * 2, v + 1));
    }
    if (stamps[v] == epoch) {
      return false;
    }
    stamps[v] = epoch;
    return true;
  }

  private void newEpoch() {
    if (++epoch == Integer.MAX_VALUE) {
      Arrays.fill(stamps, 0);
      epoch = 1;
    }
  }
}
