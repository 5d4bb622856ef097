package dev.omnigraph.plan;

import java.util.List;

/**
 * What becomes of the match rows: projected (or grouped when {@link #aggregate()}), sorted
 * stably by the keys, cut to the limit.
 *
 * @param columns   the result columns in projection order
 * @param aggregate whether rows are grouped by the plain columns (semantics.md §6)
 * @param sort      the sort keys (empty: match order, or first-appearance order of groups)
 * @param limit     the limit, or null
 */
public record OutputPlan(List<OutputColumn> columns, boolean aggregate, List<SortKey> sort,
    Long limit) {
  public OutputPlan {
    columns = List.copyOf(columns);
    sort = List.copyOf(sort);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(aggregate ? "Aggregate" : "Project").append(columns);
    if (!sort.isEmpty()) {
      b.append("\nSort").append(sort);
    }
    if (limit != null) {
      b.append("\nLimit(").append(limit).append(')');
    }
    return b.append('\n').toString();
  }
}
