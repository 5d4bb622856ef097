package dev.omnigraph.exec;

/**
 * Match rows: one int column of node handles per slot ({@code null} for a slot not bound yet) and
 * a row count. Batches are immutable once pushed.
 */
final class Batch {
  /** Rows per batch pushed between operators. */
  static final int CAPACITY = 1024;

  final int[][] columns;
  final int size;

  Batch(int[][] columns, int size) {
    this.columns = columns;
    this.size = size;
  }

  /** The rows whose {@code keep} flag is set, in order (this batch itself when all are kept). */
  Batch select(boolean[] keep) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (keep[i]) {
        kept++;
      }
    }
    if (kept == size) {
      return this;
    }
    int[][] out = new int[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      if (columns[c] == null) {
        continue;
      }
      int[] src = columns[c];
      int[] dst = new int[kept];
      for (int i = 0, j = 0; i < size; i++) {
        if (keep[i]) {
          dst[j++] = src[i];
        }
      }
      out[c] = dst;
    }
    return new Batch(out, kept);
  }

  /** Pushes the rows whose {@code keep} flag is set to {@code next}, unless there are none. */
  void pushSelected(boolean[] keep, RowSink next) {
    for (int i = 0; i < size; i++) {
      if (keep[i]) {
        next.push(select(keep));
        return;
      }
    }
  }
}
