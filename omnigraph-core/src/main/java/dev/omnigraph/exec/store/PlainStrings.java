package dev.omnigraph.exec.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Strings as one UTF-8 byte array with row offsets (row i is bytes offsets[i] … offsets[i+1]). */
public record PlainStrings(byte[] data, int[] offsets, long[] nulls, int size)
    implements StringColumn {

  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  @Override
  public String string(int row) {
    if (isNull(row)) {
      return null;
    }
    return new String(data, offsets[row], offsets[row + 1] - offsets[row], StandardCharsets.UTF_8);
  }

  @Override
  public int compareRows(int a, int b) {
    return Arrays.compareUnsigned(data, offsets[a], offsets[a + 1], data, offsets[b],
        offsets[b + 1]);
  }

  @Override
  public int compareTo(int row, byte[] utf8) {
    return Arrays.compareUnsigned(data, offsets[row], offsets[row + 1], utf8, 0, utf8.length);
  }

  @Override
  public boolean equalsBytes(int row, byte[] utf8) {
    return Arrays.equals(data, offsets[row], offsets[row + 1], utf8, 0, utf8.length);
  }

  /** A hash of row's bytes (the same as {@link #hash(byte[], int, int)} of those bytes). */
  public int hash(int row) {
    return hash(data, offsets[row], offsets[row + 1]);
  }

  /** FNV-1a over a byte range, finished with a murmur mix. */
  public static int hash(byte[] bytes, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ bytes[i]) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  @Override
  public long bytes() {
    return 32L + data.length + offsets.length * 4L + Nulls.bytes(nulls);
  }

  /** Accumulates rows. */
  public static final class Builder {
    private byte[] data;
    private int[] offsets;
    private long[] nulls;
    private int size;
    private int used;

    public Builder(int expectedRows) {
      data = new byte[Math.max(16, expectedRows * 8)];
      offsets = new int[Math.max(2, expectedRows + 1)];
    }

    public void append(byte[] src, int from, int length) {
      ensureRow();
      if (used + length > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, used + length));
      }
      System.arraycopy(src, from, data, used, length);
      used += length;
      offsets[++size] = used;
    }

    public void appendNull() {
      ensureRow();
      nulls = Nulls.set(nulls, size, offsets.length);
      offsets[size + 1] = used;
      size++;
    }

    public int size() {
      return size;
    }

    private void ensureRow() {
      if (size + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
    }

    public PlainStrings build() {
      return new PlainStrings(Arrays.copyOf(data, used), Arrays.copyOf(offsets, size + 1),
          Nulls.trim(nulls, size), size);
    }
  }
}
