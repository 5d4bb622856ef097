package dev.omnigraph.exec;

/** A condition on a match row. */
@FunctionalInterface
interface RowTest {
  boolean test(Batch batch, int row);
}
