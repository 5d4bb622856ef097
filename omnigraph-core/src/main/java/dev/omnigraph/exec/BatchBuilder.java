package dev.omnigraph.exec;

import java.util.Arrays;

/**
 * Builds output batches row by row: a copy of the bound slots of an input row plus, optionally,
 * one new slot. Emits a batch downstream whenever {@link Batch#CAPACITY} rows are ready.
 */
final class BatchBuilder {
  private final int width;
  private final int[] copied;
  private final int added;
  private final RowSink sink;
  private int[][] columns;
  private int size;

  /**
   * @param width  the number of slots of the layout
   * @param copied the slots copied from input rows
   * @param added  the slot set by {@link #add(Batch, int, int)}, or -1
   */
  BatchBuilder(int width, int[] copied, int added, RowSink sink) {
    this.width = width;
    this.copied = copied;
    this.added = added;
    this.sink = sink;
  }

  /** Appends input row {@code row} with {@code value} in the added slot. */
  void add(Batch in, int row, int value) {
    if (columns == null) {
      allocate(16);
    } else if (size == columns[copied.length > 0 ? copied[0] : added].length) {
      grow();
    }
    for (int c : copied) {
      columns[c][size] = in.columns[c][row];
    }
    if (added >= 0) {
      columns[added][size] = value;
    }
    size++;
    if (size == Batch.CAPACITY) {
      flush();
    }
  }

  /** Pushes the rows built so far, if any. */
  void flush() {
    if (size == 0) {
      return;
    }
    int[][] out = columns;
    if (size < out[copied.length > 0 ? copied[0] : added].length) {
      out = new int[width][];
      for (int c = 0; c < width; c++) {
        if (columns[c] != null) {
          out[c] = Arrays.copyOf(columns[c], size);
        }
      }
    }
    Batch b = new Batch(out, size);
    columns = null;
    size = 0;
    sink.push(b);
  }

  private void allocate(int capacity) {
    columns = new int[width][];
    for (int c : copied) {
      columns[c] = new int[capacity];
    }
    if (added >= 0) {
      columns[added] = new int[capacity];
    }
  }

  private void grow() {
    int capacity = Math.min(Batch.CAPACITY, columns[copied.length > 0 ? copied[0] : added].length * 2);
    for (int c = 0; c < width; c++) {
      if (columns[c] != null) {
        columns[c] = Arrays.copyOf(columns[c], capacity);
      }
    }
  }
}
