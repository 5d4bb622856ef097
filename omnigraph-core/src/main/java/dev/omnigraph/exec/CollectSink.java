package dev.omnigraph.exec;

import java.util.ArrayList;
import java.util.List;

/** Collects match rows (at most {@code limit} when given) into one batch. */
final class CollectSink implements RowSink {
  private final long limit;
  private final List<Batch> batches = new ArrayList<>();
  private long rows;

  /** @param limit the number of rows wanted, or -1 for all */
  CollectSink(long limit) {
    this.limit = limit;
  }

  @Override
  public void push(Batch batch) {
    if (full()) {
      return;
    }
    if (limit >= 0 && rows + batch.size > limit) {
      boolean[] keep = new boolean[batch.size];
      for (int i = 0; i < limit - rows; i++) {
        keep[i] = true;
      }
      batch = batch.select(keep);
    }
    batches.add(batch);
    rows += batch.size;
  }

  @Override
  public void finish() {
    // rows are read with rows()
  }

  @Override
  public boolean full() {
    return limit >= 0 && rows >= limit;
  }

  /** All collected rows as one batch of {@code width} columns. */
  Batch rows(int width) {
    if (batches.size() == 1) {
      return batches.get(0);
    }
    int total = (int) rows;
    int[][] columns = new int[width][];
    if (!batches.isEmpty()) {
      int[][] first = batches.get(0).columns;
      for (int c = 0; c < width; c++) {
        if (c < first.length && first[c] != null) {
          columns[c] = new int[total];
        }
      }
    }
    int at = 0;
    for (Batch b : batches) {
      for (int c = 0; c < width; c++) {
        if (columns[c] != null) {
          System.arraycopy(b.columns[c], 0, columns[c], at, b.size);
        }
      }
      at += b.size;
    }
    return new Batch(columns, total);
  }
}
