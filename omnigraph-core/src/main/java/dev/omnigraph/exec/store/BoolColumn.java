package dev.omnigraph.exec.store;

/** Bool values, one bit each. */
public record BoolColumn(long[] bits, long[] nulls, int size) implements Column {
  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  public boolean get(int row) {
    return (bits[row >>> 6] & (1L << row)) != 0;
  }

  @Override
  public Object value(int row) {
    return isNull(row) ? null : get(row);
  }

  @Override
  public long bytes() {
    return 16L + bits.length * 8L + Nulls.bytes(nulls);
  }
}
