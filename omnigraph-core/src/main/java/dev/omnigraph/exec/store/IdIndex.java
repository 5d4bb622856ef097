package dev.omnigraph.exec.store;

import java.nio.charset.StandardCharsets;

/**
 * The {@code id} column of a table and an open-addressing hash index from id to row (linear
 * probing over a power-of-two table of row + 1, at most half full). Ids are unique per table.
 */
public final class IdIndex {
  private final PlainStrings ids;
  private final int[] table;
  private final int mask;

  private IdIndex(PlainStrings ids, int[] table) {
    this.ids = ids;
    this.table = table;
    this.mask = table.length - 1;
  }

  /** Indexes an id column. */
  public static IdIndex of(PlainStrings ids) {
    int n = ids.size();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2) << 1;
    int[] table = new int[capacity];
    int mask = capacity - 1;
    for (int row = 0; row < n; row++) {
      int slot = ids.hash(row) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = row + 1;
    }
    return new IdIndex(ids, table);
  }

  /** The ids by row. */
  public PlainStrings ids() {
    return ids;
  }

  public int size() {
    return ids.size();
  }

  /** The row whose id is {@code id}, or -1. */
  public int find(String id) {
    return find(id.getBytes(StandardCharsets.UTF_8));
  }

  /** The row whose id has these UTF-8 bytes, or -1. */
  public int find(byte[] utf8) {
    int slot = PlainStrings.hash(utf8, 0, utf8.length) & mask;
    while (true) {
      int row = table[slot] - 1;
      if (row < 0) {
        return -1;
      }
      if (ids.equalsBytes(row, utf8)) {
        return row;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The row whose id is bytes {@code from … to} of {@code data}, or -1. */
  public int find(byte[] data, int from, int to) {
    int slot = PlainStrings.hash(data, from, to) & mask;
    while (true) {
      int row = table[slot] - 1;
      if (row < 0) {
        return -1;
      }
      if (java.util.Arrays.equals(ids.data(), ids.offsets()[row], ids.offsets()[row + 1], data,
          from, to)) {
        return row;
      }
      slot = (slot + 1) & mask;
    }
  }

  public long bytes() {
    return 32L + ids.bytes() + table.length * 4L;
  }
}
