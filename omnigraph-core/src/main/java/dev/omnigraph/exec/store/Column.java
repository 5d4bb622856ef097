package dev.omnigraph.exec.store;

/**
 * The values of one property (or the id) of a table, by row index. {@link #value} gives the
 * canonical Java value of a cell: String; Boolean; Integer for I32 and Date (days); Long for I64,
 * U32, U64 (the unsigned bit pattern) and DateTime (milliseconds); Float; Double; {@code float[]}
 * for vectors; a List of those for list properties; null for a null cell and for Blob columns.
 */
public sealed interface Column
    permits IntColumn, LongColumn, FloatColumn, DoubleColumn, BoolColumn, StringColumn,
        ObjectColumn, NullColumn {

  /** Number of rows. */
  int size();

  boolean isNull(int row);

  /** The canonical value, or null. */
  Object value(int row);

  /** Approximate heap bytes held. */
  long bytes();
}
