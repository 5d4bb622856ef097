package dev.omnigraph.load;

import java.util.Arrays;

/** A growable list of primitive longs (input line numbers per row position). */
final class LongList {
  private long[] items = new long[64];
  private int size;

  void add(long v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = v;
  }

  long get(long index) {
    return items[Math.toIntExact(index)];
  }
}
