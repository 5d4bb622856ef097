package dev.omnigraph.exec.store;

import java.nio.charset.StandardCharsets;

/**
 * The {@code id} column of a table and an open-addressing hash index from id to row: linear
 * probing over a power-of-two table, at most half full, of (hash, row + 1) pairs side by side, so
 * that a probe reads one cache line and compares id bytes only when the hashes agree. Ids are
 * unique per table.
 */
public final class IdIndex {
  private final PlainStrings ids;
  private final int[] table;
  private final int mask;

  private IdIndex(PlainStrings ids, int[] table) {
    this.ids = ids;
    this.table = table;
    this.mask = (table.length >> 1) - 1;
  }

  /** Indexes an id column. */
  public static IdIndex of(PlainStrings ids) {
    int n = ids.size();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2) << 1;
    int[] table = new int[2 * capacity];
    int mask = capacity - 1;
    for (int row = 0; row < n; row++) {
      int hash = ids.hash(row);
      int slot = hash & mask;
      while (table[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = hash;
      table[2 * slot + 1] = row + 1;
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
    return find(utf8, 0, utf8.length);
  }

  /** The row whose id is bytes {@code from … to} of {@code data}, or -1. */
  public int find(byte[] data, int from, int to) {
    int hash = PlainStrings.hash(data, from, to);
    int slot = hash & mask;
    while (true) {
      int row = table[2 * slot + 1] - 1;
      if (row < 0) {
        return -1;
      }
      if (table[2 * slot] == hash && java.util.Arrays.equals(ids.data(), ids.offsets()[row],
          ids.offsets()[row + 1], data, from, to)) {
        return row;
      }
      slot = (slot + 1) & mask;
    }
  }

  public long bytes() {
    return 32L + ids.bytes() + table.length * 4L;
  }
}
