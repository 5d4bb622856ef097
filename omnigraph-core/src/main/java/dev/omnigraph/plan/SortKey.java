package dev.omnigraph.plan;

/** One key of the {@code order} clause (semantics.md §7). */
public sealed interface SortKey {

  boolean descending();

  /** A value of the match row (non-aggregate queries). */
  record OnRow(RowExpr expr, boolean descending) implements SortKey {
    @Override
    public String toString() {
      return expr + (descending ? " desc" : " asc");
    }
  }

  /** A result column (aggregate queries: group keys and aggregates, by position). */
  record OnColumn(int column, boolean descending) implements SortKey {
    @Override
    public String toString() {
      return "column " + column + (descending ? " desc" : " asc");
    }
  }
}
