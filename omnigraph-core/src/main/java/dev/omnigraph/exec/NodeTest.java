package dev.omnigraph.exec;

import dev.omnigraph.exec.store.DictStrings;
import dev.omnigraph.exec.store.IntColumn;
import dev.omnigraph.exec.store.LongColumn;

/**
 * A condition on one node, by handle. {@link #select} applies it to a whole chunk of handles; the
 * tests that matter most for scans (dictionary equality, integer ranges, conjunctions) implement it
 * with a loop of their own, so that a scan runs the most selective test over every row and the
 * others only over the survivors.
 */
@FunctionalInterface
interface NodeTest {
  NodeTest TRUE = h -> true;
  NodeTest FALSE = h -> false;

  boolean test(int handle);

  /** Keeps the handles passing the test in {@code handles[0 … n)}, in order; returns how many. */
  default int select(int[] handles, int n) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int h = handles[i];
      if (test(h)) {
        handles[kept++] = h;
      }
    }
    return kept;
  }

  /** Every test, in order (the caller puts the most selective first). */
  record All(NodeTest[] tests) implements NodeTest {
    @Override
    public boolean test(int handle) {
      for (NodeTest t : tests) {
        if (!t.test(handle)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int select(int[] handles, int n) {
      int kept = n;
      for (NodeTest t : tests) {
        kept = t.select(handles, kept);
      }
      return kept;
    }
  }

  /** A dictionary-coded string equal to one entry. */
  record DictEquals(DictStrings column, int code) implements NodeTest {
    @Override
    public boolean test(int handle) {
      return column.code(handle) == code;
    }

    @Override
    public int select(int[] handles, int n) {
      int[] codes = column.codes();
      int kept = 0;
      for (int i = 0; i < n; i++) {
        int h = handles[i];
        if (codes[h] == code) {
          handles[kept++] = h;
        }
      }
      return kept;
    }
  }

  /** An I32 or Date value within an integer range. */
  record IntIn(IntColumn column, LongRange range) implements NodeTest {
    @Override
    public boolean test(int handle) {
      return !column.isNull(handle) && range.contains(column.get(handle));
    }

    @Override
    public int select(int[] handles, int n) {
      if (range.notEqual() || column.nulls() != null) {
        return NodeTest.super.select(handles, n);
      }
      int[] values = column.values();
      long lo = range.lo();
      long hi = range.hi();
      int kept = 0;
      for (int i = 0; i < n; i++) {
        int h = handles[i];
        int v = values[h];
        if (v >= lo && v <= hi) {
          handles[kept++] = h;
        }
      }
      return kept;
    }
  }

  /** A signed 64-bit value within an integer range. */
  record LongIn(LongColumn column, LongRange range) implements NodeTest {
    @Override
    public boolean test(int handle) {
      return !column.isNull(handle) && range.contains(column.get(handle));
    }
  }
}
