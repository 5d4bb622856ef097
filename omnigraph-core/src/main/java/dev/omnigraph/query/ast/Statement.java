package dev.omnigraph.query.ast;

import java.util.List;

/** A mutation statement (languages.md §3.11). */
public sealed interface Statement {

  /** The node or edge type name the statement targets. */
  String typeName();

  /** {@code insert T { p: v, … }}. */
  record Insert(String typeName, List<Assignment> assignments) implements Statement {
    public Insert {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code update T set { p: v, … } where p op v}. */
  record Update(String typeName, List<Assignment> assignments, Predicate predicate)
      implements Statement {
    public Update {
      assignments = List.copyOf(assignments);
    }
  }

  /** {@code delete T where p op v}. */
  record Delete(String typeName, Predicate predicate) implements Statement {}

  /** {@code property: value} in an insert or update. */
  record Assignment(String property, MatchValue value) {}

  /** {@code property op value} after {@code where}. */
  record Predicate(String property, CompOp op, MatchValue value) {}
}
