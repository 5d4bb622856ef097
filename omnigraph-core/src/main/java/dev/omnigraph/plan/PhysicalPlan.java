package dev.omnigraph.plan;

import dev.omnigraph.schema.Property;
import java.util.Map;
import java.util.Set;

/**
 * An executable read plan.
 *
 * @param match   the match rows
 * @param output  projection, grouping, order, limit
 * @param columns per node type name, the properties the plan reads (a type with no property
 *                read still appears when its nodes are used)
 */
public record PhysicalPlan(MatchPlan match, OutputPlan output, Map<String, Set<Property>> columns) {
  public PhysicalPlan {
    columns = Map.copyOf(columns);
  }

  /** The plan as indented text: match plan, then output. */
  @Override
  public String toString() {
    return match.toString() + output;
  }
}
