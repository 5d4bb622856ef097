package dev.omnigraph.exec.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code id} column of a table and an open-addressing hash index from id to row: linear
 * probing over a power-of-two table, at most half full. Each slot holds the id's hash and row and
 * a word with its length and first seven bytes, so a probe reads one cache line and an id of up to
 * seven bytes is matched without touching the id column at all (keys such as {@code p12345}).
 * Ids are unique per table.
 */
public final class IdIndex {
  private static final int INLINE = 7;

  private final PlainStrings ids;
  /** Per slot: {@code (hash << 32) | (row + 1)} (0 = empty), then the key word. */
  private final long[] table;
  private final int mask;

  private IdIndex(PlainStrings ids, long[] table) {
    this.ids = ids;
    this.table = table;
    this.mask = (table.length >> 1) - 1;
  }

  /** Indexes an id column. */
  public static IdIndex of(PlainStrings ids) {
    int n = ids.size();
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2) << 1;
    long[] table = new long[2 * capacity];
    int mask = capacity - 1;
    byte[] data = ids.data();
    int[] offsets = ids.offsets();
    for (int row = 0; row < n; row++) {
      int hash = ids.hash(row);
      int slot = hash & mask;
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = ((long) hash << 32) | (row + 1L);
      table[2 * slot + 1] = keyWord(data, offsets[row], offsets[row + 1]);
    }
    return new IdIndex(ids, table);
  }

  /** The length (low byte, capped at 255) and the first seven bytes of a key. */
  private static long keyWord(byte[] data, int from, int to) {
    int length = to - from;
    long word = Math.min(length, 255);
    int inline = Math.min(length, INLINE);
    for (int i = 0; i < inline; i++) {
      word |= (data[from + i] & 0xFFL) << (8 * (i + 1));
    }
    return word;
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
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    return find(utf8, 0, utf8.length);
  }

  /** The row whose id is bytes {@code from … to} of {@code data}, or -1. */
  public int find(byte[] data, int from, int to) {
    int hash = PlainStrings.hash(data, from, to);
    long word = keyWord(data, from, to);
    boolean inline = to - from <= INLINE;
    int slot = hash & mask;
    while (true) {
      long entry = table[2 * slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash && table[2 * slot + 1] == word) {
        int row = (int) entry - 1;
        if (inline || Arrays.equals(ids.data(), ids.offsets()[row], ids.offsets()[row + 1], data,
            from, to)) {
          return row;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  public long bytes() {
    return 32L + ids.bytes() + table.length * 8L;
  }
}
