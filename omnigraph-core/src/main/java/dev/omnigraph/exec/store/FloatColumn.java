package dev.omnigraph.exec.store;

/** F32 values. */
public record FloatColumn(float[] values, long[] nulls, int size) implements Column {
  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  public float get(int row) {
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
