package dev.omnigraph.query.ir;

import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.Property;
import java.util.List;

/** A checked mutation statement (languages.md §3.11, semantics.md §10). */
public sealed interface MutationStatement {

  /** The name of the node or edge type written. */
  String targetName();

  /**
   * {@code insert NodeType { … }}: upsert by key when the type has one, else append with a fresh
   * id. Unassigned properties are nullable or {@code @embed} targets whose source is assigned.
   */
  record InsertNode(NodeType type, List<Assignment> assignments) implements MutationStatement {
    public InsertNode {
      assignments = List.copyOf(assignments);
    }

    @Override
    public String targetName() {
      return type.name();
    }
  }

  /**
   * {@code insert EdgeType { from: …, to: …, … }}.
   *
   * @param from        the source node id (a String value)
   * @param to          the destination node id (a String value)
   * @param assignments the edge property assignments (not {@code from}/{@code to}), in order
   */
  record InsertEdge(EdgeType type, ValueOperand from, ValueOperand to, List<Assignment> assignments)
      implements MutationStatement {
    public InsertEdge {
      assignments = List.copyOf(assignments);
    }

    @Override
    public String targetName() {
      return type.name();
    }
  }

  /** {@code update NodeType set { … } where …}. */
  record UpdateNode(NodeType type, List<Assignment> assignments, NodePredicate where)
      implements MutationStatement {
    public UpdateNode {
      assignments = List.copyOf(assignments);
    }

    @Override
    public String targetName() {
      return type.name();
    }
  }

  /** {@code delete NodeType where …}: also removes every edge touching a removed node. */
  record DeleteNode(NodeType type, NodePredicate where) implements MutationStatement {
    @Override
    public String targetName() {
      return type.name();
    }
  }

  /** {@code delete EdgeType where …}. */
  record DeleteEdge(EdgeType type, EdgePredicate where) implements MutationStatement {
    @Override
    public String targetName() {
      return type.name();
    }
  }

  /** {@code property: value}; the value's type is compatible with the property's. */
  record Assignment(Property property, ValueOperand value) {}

  /** {@code property op value} on a node property (never a Blob). */
  record NodePredicate(Property property, CompOp op, ValueOperand value) {}

  /**
   * {@code column op value} on an edge.
   *
   * @param column   {@link EdgeColumn#SRC} for {@code from}, {@link EdgeColumn#DST} for
   *                 {@code to}, else {@link EdgeColumn#PROPERTY}
   * @param property the edge property when {@code column} is PROPERTY, else null
   */
  record EdgePredicate(EdgeColumn column, Property property, CompOp op, ValueOperand value) {}

  /** What an edge predicate compares. */
  enum EdgeColumn {
    SRC,
    DST,
    PROPERTY
  }
}
