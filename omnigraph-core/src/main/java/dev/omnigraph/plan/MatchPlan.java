package dev.omnigraph.plan;

import java.util.List;

/**
 * The physical form of a match block: the rows are the cross product of the roots (in order; the
 * first varies slowest), extended and filtered by the steps in order.
 *
 * @param slots      the row layout; an inner plan's layout starts with its outer plan's slots
 * @param outerSlots how many leading slots come from the outer row (0 at top level); an inner plan
 *                   is seeded with the outer rows, crossed with its own roots
 * @param roots      the component roots bound by this plan
 * @param joins      equalities between roots decided while crossing them, at most one per root
 * @param steps      the steps in order
 */
public record MatchPlan(List<Slot> slots, int outerSlots, List<RootAccess> roots,
    List<HashJoin> joins, List<Step> steps) {
  public MatchPlan {
    slots = List.copyOf(slots);
    roots = List.copyOf(roots);
    joins = List.copyOf(joins);
    steps = List.copyOf(steps);
  }

  /** The hash join into the root binding {@code slot}, or null. */
  public HashJoin joinInto(int slot) {
    for (HashJoin j : joins) {
      if (j.inner().slot() == slot) {
        return j;
      }
    }
    return null;
  }

  /** True for the plan of a negated block. */
  public boolean seeded() {
    return outerSlots > 0;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("slots ");
    for (int i = 0; i < slots.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(i).append(" $").append(slots.get(i).variable())
          .append(": ").append(slots.get(i).type().name());
    }
    b.append('\n');
    if (seeded()) {
      b.append("Seed(outer row)\n");
    }
    roots.forEach(r -> b.append(r).append('\n'));
    joins.forEach(j -> b.append(j).append('\n'));
    steps.forEach(s -> b.append(s).append('\n'));
    return b.toString();
  }
}
