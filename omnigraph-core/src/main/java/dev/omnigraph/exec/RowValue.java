package dev.omnigraph.exec;

/** A row expression bound to this query's sources: its canonical value for a match row. */
@FunctionalInterface
interface RowValue {
  Object get(Batch batch, int row);
}
