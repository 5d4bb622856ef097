package dev.omnigraph.exec.store;

/** I32 or Date (days since the epoch) values. */
public record IntColumn(int[] values, long[] nulls, int size) implements Column {
  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  public int get(int row) {
    return values[row];
  }

  @Override
  public Object value(int row) {
    return isNull(row) ? null : values[row];
  }

  @Override
  public long bytes() {
    return 16L + values.length * 4L + Nulls.bytes(nulls);
  }
}
