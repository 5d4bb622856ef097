package dev.omnigraph.plan;

import dev.omnigraph.query.ir.ReadQuery;
import java.util.List;

/**
 * A read query lowered to the reference's pipeline (semantics.md §2.1).
 *
 * @param pipeline the operators in order
 * @param query    the checked query (projections, order, limit)
 */
public record LogicalPlan(List<LogicalOp> pipeline, ReadQuery query) {
  public LogicalPlan {
    pipeline = List.copyOf(pipeline);
  }

  /** One operator per line, numbered from 1 as in semantics.md §2.3. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pipeline.size(); i++) {
      b.append(i + 1).append(". ").append(pipeline.get(i)).append('\n');
    }
    return b.toString();
  }
}
