package dev.omnigraph.load;

import java.util.function.ObjLongConsumer;

/**
 * A compact map from id to a {@code long} (a row position): open addressing over parallel arrays
 * (ids, their hash codes, values), no entry objects and no boxing, so a load can keep every id of
 * its input (duplicate checks, edge endpoints, stored-row checks) in little memory. Slots are
 * chosen by Fibonacci hashing and compared by hash before the string, so a miss rarely touches
 * the id itself. Not thread-safe; no removal.
 */
final class IdIndex {
  private static final long ABSENT = -1;

  private String[] keys = new String[16];
  private int[] hashes = new int[16];
  private long[] values = new long[16];
  private int shift = 32 - 4;
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
    int h = id.hashCode();
    int mask = keys.length - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return ABSENT;
      }
      if (hashes[i] == h && k.equals(id)) {
        return values[i];
      }
    }
  }

  /** Adds {@code id → value} unless present; returns the existing value, or -1 if it was added. */
  long putIfAbsent(String id, long value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int h = id.hashCode();
    int mask = keys.length - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        keys[i] = id;
        hashes[i] = h;
        values[i] = value;
        size++;
        return ABSENT;
      }
      if (hashes[i] == h && k.equals(id)) {
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

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    long[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    values = new long[keys.length];
    shift--;
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = slot(oldHashes[j]);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }
}
