package dev.omnigraph.load;

import java.util.function.ObjLongConsumer;

/**
 * A compact map from id to a {@code long} (a row position): open addressing over two parallel
 * arrays, no entry objects and no boxing, so a load can keep every id of its input (duplicate
 * checks, edge endpoints, stored-row checks) in little memory. Not thread-safe; no removal.
 */
final class IdIndex {
  private static final long ABSENT = -1;

  private String[] keys = new String[16];
  private long[] values = new long[16];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(String id) {
    return get(id) != ABSENT;
  }

  /** The value of {@code id}, or -1 when absent. */
  long get(String id) {
    int mask = keys.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return ABSENT;
      }
      if (k.equals(id)) {
        return values[i];
      }
    }
  }

  /** Adds {@code id → value} unless present; returns the existing value, or -1 if it was added. */
  long putIfAbsent(String id, long value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        keys[i] = id;
        values[i] = value;
        size++;
        return ABSENT;
      }
      if (k.equals(id)) {
        return values[i];
      }
    }
  }

  /** Visits every entry (in no particular order). */
  void forEach(ObjLongConsumer<String> visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        visitor.accept(keys[i], values[i]);
      }
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    long[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = spread(k.hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }
}
