package dev.omnigraph.exec.store;

/** Null bitmaps: bit {@code i} set means row {@code i} is null; a null array means "no nulls". */
final class Nulls {
  private Nulls() {}

  static boolean isNull(long[] bits, int i) {
    return bits != null && (bits[i >>> 6] & (1L << i)) != 0;
  }

  static long[] set(long[] bits, int i, int capacity) {
    long[] b = bits;
    if (b == null) {
      b = new long[(capacity + 63) >>> 6];
    } else if ((i >>> 6) >= b.length) {
      b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, (i >>> 6) + 1));
    }
    b[i >>> 6] |= 1L << i;
    return b;
  }

  static long bytes(long[] bits) {
    return bits == null ? 0 : 16L + bits.length * 8L;
  }

  /** Trims a bitmap to {@code size} rows (the array may have grown beyond it). */
  static long[] trim(long[] bits, int size) {
    if (bits == null) {
      return null;
    }
    int words = (size + 63) >>> 6;
    return bits.length == words ? bits : java.util.Arrays.copyOf(bits, words);
  }
}
