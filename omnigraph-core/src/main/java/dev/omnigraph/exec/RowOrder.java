package dev.omnigraph.exec;

import dev.omnigraph.exec.store.BoolColumn;
import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.DoubleColumn;
import dev.omnigraph.exec.store.FloatColumn;
import dev.omnigraph.exec.store.IntColumn;
import dev.omnigraph.exec.store.LongColumn;
import dev.omnigraph.exec.store.StringColumn;
import dev.omnigraph.plan.RowExpr;
import dev.omnigraph.plan.Slot;
import dev.omnigraph.plan.SortKey;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.util.ByteOrder;
import java.util.List;

/**
 * Sorting of match rows by order keys (semantics.md §7): per key ascending with nulls first, or
 * descending with nulls last; ties keep the match order. With a limit only the first rows are
 * kept, found with a bounded heap.
 */
final class RowOrder {
  private RowOrder() {}

  /** Compares two rows of one batch by index. */
  @FunctionalInterface
  interface RowComparator {
    int compare(int a, int b);
  }

  /** The row indices of {@code rows} in key order, cut to {@code limit} (null: all). */
  static int[] sort(Batch rows, List<SortKey> keys, Long limit, List<Slot> slots,
      QueryContext ctx) {
    RowComparator cmp = comparator(rows, keys, slots, ctx);
    RowComparator total = (a, b) -> {
      int c = cmp.compare(a, b);
      return c != 0 ? c : Integer.compare(a, b);
    };
    int n = rows.size;
    if (limit != null && limit < n) {
      return topK(n, (int) (long) limit, total);
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    mergeSort(idx, new int[n], 0, n, total);
    return idx;
  }

  private static int[] topK(int n, int k, RowComparator cmp) {
    if (k == 0) {
      return new int[0];
    }
    int[] heap = new int[k]; // max-heap: the worst kept row on top
    int size = 0;
    for (int r = 0; r < n; r++) {
      if (size < k) {
        heap[size] = r;
        siftUp(heap, size++, cmp);
      } else if (cmp.compare(r, heap[0]) < 0) {
        heap[0] = r;
        siftDown(heap, size, cmp);
      }
    }
    mergeSort(heap, new int[size], 0, size, cmp);
    return heap;
  }

  private static void siftUp(int[] heap, int i, RowComparator cmp) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (cmp.compare(heap[i], heap[parent]) <= 0) {
        return;
      }
      swap(heap, i, parent);
      i = parent;
    }
  }

  private static void siftDown(int[] heap, int size, RowComparator cmp) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int largest = i;
      if (l < size && cmp.compare(heap[l], heap[largest]) > 0) {
        largest = l;
      }
      if (r < size && cmp.compare(heap[r], heap[largest]) > 0) {
        largest = r;
      }
      if (largest == i) {
        return;
      }
      swap(heap, i, largest);
      i = largest;
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** Stable merge sort of {@code a[from, to)}. */
  private static void mergeSort(int[] a, int[] tmp, int from, int to, RowComparator cmp) {
    if (to - from < 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, cmp);
    mergeSort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  private static RowComparator comparator(Batch rows, List<SortKey> keys, List<Slot> slots,
      QueryContext ctx) {
    RowComparator[] parts = new RowComparator[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      SortKey.OnRow key = (SortKey.OnRow) keys.get(k);
      RowComparator asc = ascending(rows, key.expr(), slots, ctx);
      parts[k] = key.descending() ? (a, b) -> asc.compare(b, a) : asc;
    }
    return (a, b) -> {
      for (RowComparator p : parts) {
        int c = p.compare(a, b);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  /** Ascending order of one key, nulls first. */
  private static RowComparator ascending(Batch rows, RowExpr e, List<Slot> slots,
      QueryContext ctx) {
    if (e instanceof RowExpr.Value) {
      return (a, b) -> 0;
    }
    if (e instanceof RowExpr.NodeId n) {
      int[] hs = rows.columns[n.slot()];
      NodeSource s = ctx.nodes(slots.get(n.slot()).type());
      if (s instanceof CachedNodes c) {
        return (a, b) -> c.ids().ids().compareRows(hs[a], hs[b]);
      }
      return (a, b) -> ByteOrder.compare(s.id(hs[a]), s.id(hs[b]));
    }
    RowExpr.Prop p = (RowExpr.Prop) e;
    int[] hs = rows.columns[p.slot()];
    Column col = ctx.nodes(slots.get(p.slot()).type()).column(p.property().name());
    PropType type = p.property().type();
    RowComparator values = values(col, type, hs);
    return (a, b) -> {
      boolean na = col.isNull(hs[a]);
      boolean nb = col.isNull(hs[b]);
      if (na || nb) {
        return na == nb ? 0 : na ? -1 : 1;
      }
      return values.compare(a, b);
    };
  }

  private static RowComparator values(Column col, PropType type, int[] hs) {
    if (col instanceof IntColumn c) {
      return (a, b) -> Integer.compare(c.get(hs[a]), c.get(hs[b]));
    } else if (col instanceof LongColumn c) {
      return c.unsigned() ? (a, b) -> Long.compareUnsigned(c.get(hs[a]), c.get(hs[b]))
          : (a, b) -> Long.compare(c.get(hs[a]), c.get(hs[b]));
    } else if (col instanceof DoubleColumn c) {
      return (a, b) -> Double.compare(c.get(hs[a]), c.get(hs[b]));
    } else if (col instanceof FloatColumn c) {
      return (a, b) -> Float.compare(c.get(hs[a]), c.get(hs[b]));
    } else if (col instanceof StringColumn c) {
      return (a, b) -> c.compareRows(hs[a], hs[b]);
    } else if (col instanceof BoolColumn c) {
      return (a, b) -> Boolean.compare(c.get(hs[a]), c.get(hs[b]));
    }
    return (a, b) -> Comparisons.order(col.value(hs[a]), col.value(hs[b]), type);
  }
}
