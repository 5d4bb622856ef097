package dev.omnigraph.exec;

/** The receiving end of an operator: batches in match order, then {@link #finish()}. */
interface RowSink {
  void push(Batch batch);

  /** No more batches. */
  void finish();

  /** True when no further rows are wanted (a reached limit): sources may stop producing. */
  boolean full();
}
