package dev.omnigraph.query.ir;

import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;

/** The type the checker gives an expression (the reference's {@code ResolvedType}). */
public sealed interface ExprType {

  /** The rendering used in type-error messages: a type, {@code node `T`} or {@code aggregate}. */
  String display();

  /** A value of a property type (scalar, list, vector; nullable or not). */
  record Scalar(PropType type) implements ExprType {
    @Override
    public String display() {
      return type.display();
    }
  }

  /** A bare match variable: a node of this type. */
  record Node(NodeType type) implements ExprType {
    @Override
    public String display() {
      return "node `" + type.name() + "`";
    }
  }

  /** An aggregate call, or a reference to an alias not known at that point. */
  record Aggregate() implements ExprType {
    @Override
    public String display() {
      return "aggregate";
    }
  }
}
