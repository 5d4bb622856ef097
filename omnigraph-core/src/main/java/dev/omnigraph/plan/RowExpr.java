package dev.omnigraph.plan;

import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.Property;

/** A value computed for one match row: a node's property or id, or a row-independent value. */
public sealed interface RowExpr {

  /** {@code $variable.property} of the node in {@code slot}. */
  record Prop(int slot, String variable, Property property) implements RowExpr {
    @Override
    public String toString() {
      return "$" + variable + "." + property.name();
    }
  }

  /** The {@code id} of the node in {@code slot} (a bare variable). */
  record NodeId(int slot, String variable) implements RowExpr {
    @Override
    public String toString() {
      return "$" + variable;
    }
  }

  /** A constant, a parameter or {@code now()}. */
  record Value(ValueOperand value) implements RowExpr {
    @Override
    public String toString() {
      return Exprs.render(value);
    }
  }
}
