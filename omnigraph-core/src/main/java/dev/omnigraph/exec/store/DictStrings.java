package dev.omnigraph.exec.store;

import java.util.Arrays;

/**
 * Low-cardinality strings as codes into a dictionary of distinct values. Equality with a value is
 * a code comparison, ordering a comparison of precomputed byte-order ranks.
 *
 * @param codes the dictionary entry of each row, -1 for null
 * @param dict  the distinct values in order of first appearance
 * @param rank  the byte-order position of each dictionary entry
 * @param index open-addressing table of dictionary entries (entry + 1, 0 = empty)
 */
public record DictStrings(int[] codes, PlainStrings dict, int[] rank, int[] index, int size)
    implements StringColumn {

  /** Rows with at most this share of distinct values are stored as a dictionary. */
  private static final int MAX_DISTINCT_DIVISOR = 4;
  private static final int MIN_ROWS = 64;

  public int code(int row) {
    return codes[row];
  }

  /** The number of dictionary entries. */
  public int cardinality() {
    return dict.size();
  }

  /** The dictionary entry equal to the UTF-8 bytes, or -1. */
  public int codeOf(byte[] utf8) {
    int mask = index.length - 1;
    int slot = PlainStrings.hash(utf8, 0, utf8.length) & mask;
    while (true) {
      int entry = index[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (dict.equalsBytes(entry, utf8)) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  @Override
  public boolean isNull(int row) {
    return codes[row] < 0;
  }

  @Override
  public String string(int row) {
    int c = codes[row];
    return c < 0 ? null : dict.string(c);
  }

  @Override
  public int compareRows(int a, int b) {
    return Integer.compare(rank[codes[a]], rank[codes[b]]);
  }

  @Override
  public int compareTo(int row, byte[] utf8) {
    return dict.compareTo(codes[row], utf8);
  }

  @Override
  public boolean equalsBytes(int row, byte[] utf8) {
    return dict.equalsBytes(codes[row], utf8);
  }

  @Override
  public long bytes() {
    return 32L + codes.length * 4L + dict.bytes() + rank.length * 4L + index.length * 4L;
  }

  /**
   * The column as a dictionary when it has few distinct values (at most a quarter of the rows),
   * else the plain column itself.
   */
  public static StringColumn encode(PlainStrings plain) {
    int n = plain.size();
    if (n < MIN_ROWS) {
      return plain;
    }
    int limit = n / MAX_DISTINCT_DIVISOR;
    int capacity = Integer.highestOneBit(Math.max(4, limit) * 2) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity]; // first row of each entry + 1, 0 = empty
    int[] entryOfSlot = new int[capacity];
    int[] codes = new int[n];
    PlainStrings.Builder dict = new PlainStrings.Builder(Math.max(16, limit));
    for (int row = 0; row < n; row++) {
      if (plain.isNull(row)) {
        codes[row] = -1;
        continue;
      }
      int slot = plain.hash(row) & mask;
      while (true) {
        int first = table[slot] - 1;
        if (first < 0) {
          if (dict.size() >= limit) {
            return plain;
          }
          table[slot] = row + 1;
          entryOfSlot[slot] = dict.size();
          codes[row] = dict.size();
          dict.append(plain.data(), plain.offsets()[row],
              plain.offsets()[row + 1] - plain.offsets()[row]);
          break;
        }
        if (plain.compareRows(first, row) == 0) {
          codes[row] = entryOfSlot[slot];
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    PlainStrings entries = dict.build();
    Integer[] order = new Integer[entries.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, entries::compareRows);
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    int[] index = new int[Integer.highestOneBit(Math.max(2, entries.size()) * 2) << 1];
    for (int e = 0; e < entries.size(); e++) {
      int slot = entries.hash(e) & (index.length - 1);
      while (index[slot] != 0) {
        slot = (slot + 1) & (index.length - 1);
      }
      index[slot] = e + 1;
    }
    return new DictStrings(codes, entries, rank, index, n);
  }
}
