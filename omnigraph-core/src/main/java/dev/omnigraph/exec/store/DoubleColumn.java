package dev.omnigraph.exec.store;

/** F64 values. */
public record DoubleColumn(double[] values, long[] nulls, int size) implements Column {
  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  public double get(int row) {
    return values[row];
  }

  @Override
  public Object value(int row) {
    return isNull(row) ? null : values[row];
  }

  @Override
  public long bytes() {
    return 16L + values.length * 8L + Nulls.bytes(nulls);
  }
}
