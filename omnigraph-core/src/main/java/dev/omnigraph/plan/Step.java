package dev.omnigraph.plan;

import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import java.util.List;
import java.util.Locale;

/** A row-at-a-time operator applied after the roots, in order (semantics.md §3). */
public sealed interface Step {

  /**
   * Replaces each row by one row per node reachable from the source within the hop bounds
   * (semantics.md §3.3), that exists in the destination table and passes the filters.
   *
   * @param destination the slot bound, or -1 for the anonymous endpoint (rows are still repeated
   *                    once per destination)
   */
  record Expand(int source, int destination, EdgeType edge, Direction direction,
      NodeType destinationType, long minHops, long maxHops, List<Comparison> destinationFilters)
      implements Step {
    public Expand {
      destinationFilters = List.copyOf(destinationFilters);
    }

    @Override
    public String toString() {
      return "Expand(slot " + source + " -" + edge.name() + "/"
          + direction.name().toLowerCase(Locale.ROOT) + bounds(minHops, maxHops) + "-> "
          + (destination < 0 ? "_" : "slot " + destination) + ": " + destinationType.name()
          + (destinationFilters.isEmpty() ? "" : ", " + destinationFilters) + ")";
    }
  }

  /**
   * Keeps a row when the node in {@code destination} is reachable from the node in {@code source}
   * within the hop bounds: a traversal between two bound variables (a cycle-closing expansion
   * followed by the id filter).
   */
  record Reach(int source, int destination, EdgeType edge, Direction direction, long minHops,
      long maxHops) implements Step {
    @Override
    public String toString() {
      return "Reach(slot " + source + " -" + edge.name() + "/"
          + direction.name().toLowerCase(Locale.ROOT) + bounds(minHops, maxHops) + "-> slot "
          + destination + ")";
    }
  }

  /** Keeps the rows satisfying the comparison. */
  record Filter(Comparison condition) implements Step {
    @Override
    public String toString() {
      return "Filter(" + condition + ")";
    }
  }

  /** Keeps the rows for which the inner plan, seeded with the row, yields nothing. */
  record AntiJoin(MatchPlan inner) implements Step {
    @Override
    public String toString() {
      return "AntiJoin(\n" + inner.toString().indent(4).stripTrailing() + ")";
    }
  }

  private static String bounds(long min, long max) {
    return min == 1 && max == 1 ? "" : "{" + min + "," + max + "}";
  }
}
