package dev.omnigraph.load;

/** Receives the records of an input in order, and the lines that are not records. */
interface RecordSink {
  /** A well-formed record. */
  void record(InputRecord record);

  /** A line that is not a record; {@code message} is the exact error text (semantics.md §12.2). */
  void shapeError(long line, String message);
}
