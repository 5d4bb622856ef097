package dev.omnigraph.exec.store;

/**
 * I64, U32, U64 or DateTime (milliseconds) values.
 *
 * @param unsigned true for U64: values are unsigned bit patterns
 */
public record LongColumn(long[] values, long[] nulls, int size, boolean unsigned)
    implements Column {
  @Override
  public boolean isNull(int row) {
    return Nulls.isNull(nulls, row);
  }

  public long get(int row) {
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
