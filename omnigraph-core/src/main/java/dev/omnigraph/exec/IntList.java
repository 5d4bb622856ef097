package dev.omnigraph.exec;

import java.util.Arrays;

/** A growable list of ints. */
final class IntList {
  int[] items;
  int size;

  IntList() {
    this(16);
  }

  IntList(int capacity) {
    items = new int[Math.max(1, capacity)];
  }

  void add(int v) {
    if (size == items.length) {
      items = Arrays.copyOf(items, items.length * 2);
    }
    items[size++] = v;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
