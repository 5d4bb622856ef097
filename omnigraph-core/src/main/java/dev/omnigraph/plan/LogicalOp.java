package dev.omnigraph.plan;

import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import java.util.List;
import java.util.stream.Collectors;

/** One operator of the reference's linear pipeline over wide rows (semantics.md §2). */
public sealed interface LogicalOp {

  /** {@code Scan(var, type, filters)}: the nodes of a type that satisfy the filters. */
  record Scan(String variable, NodeType type, List<Condition> filters) implements LogicalOp {
    public Scan {
      filters = List.copyOf(filters);
    }

    @Override
    public String toString() {
      return "Scan(" + variable + ", " + type.name() + ", " + filters + ")";
    }
  }

  /**
   * {@code Expand(source → destination, edge, direction, destinationType, min, max,
   * destinationFilters)}. The destination is {@code _} for the anonymous endpoint and
   * {@code __temp_{v}} when the traversal closes a cycle onto the bound variable {@code v}.
   */
  record Expand(String source, String destination, EdgeType edge, Direction direction,
      NodeType destinationType, long minHops, long maxHops, List<Condition> destinationFilters)
      implements LogicalOp {
    public Expand {
      destinationFilters = List.copyOf(destinationFilters);
    }

    @Override
    public String toString() {
      return "Expand(" + source + " → " + destination + ", " + edge.name() + ", "
          + direction.name().toLowerCase(java.util.Locale.ROOT) + ", " + destinationType.name()
          + ", " + minHops + ", " + maxHops + ", " + destinationFilters + ")";
    }
  }

  /** {@code Filter(condition)}. */
  record Filter(Condition condition) implements LogicalOp {
    @Override
    public String toString() {
      return "Filter(" + condition + ")";
    }
  }

  /**
   * {@code AntiJoin(outerVariable, inner)}: keeps the rows for which the inner pipeline, started
   * from the row, yields nothing.
   *
   * @param outerVariable the reference's join key (the first outer variable the block mentions)
   * @param inner         the inner pipeline
   */
  record AntiJoin(String outerVariable, List<LogicalOp> inner) implements LogicalOp {
    public AntiJoin {
      inner = List.copyOf(inner);
    }

    @Override
    public String toString() {
      return "AntiJoin(" + outerVariable + ", [" + inner.stream().map(Object::toString)
          .collect(Collectors.joining(", ")) + "])";
    }
  }
}
