package dev.omnigraph.plan;

import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.Property;
import java.util.List;

/** How the rows of a component root are found. */
public sealed interface RootAccess {

  /** The slot the root binds. */
  int slot();

  /** Every filter on the root alone. */
  List<Comparison> filters();

  /** All nodes of the type in storage order, filtered. */
  record Scan(int slot, NodeType type, List<Comparison> filters) implements RootAccess {
    public Scan {
      filters = List.copyOf(filters);
    }

    @Override
    public String toString() {
      return "Scan(slot " + slot + ": " + type.name() + (filters.isEmpty() ? "" : ", " + filters)
          + ")";
    }
  }

  /**
   * At most one node: the one whose String {@code @key} property (hence whose id) equals
   * {@code value}; the remaining filters are checked on it.
   */
  record KeyLookup(int slot, NodeType type, Property key, ValueOperand value,
      List<Comparison> filters) implements RootAccess {
    public KeyLookup {
      filters = List.copyOf(filters);
    }

    @Override
    public String toString() {
      return "KeyLookup(slot " + slot + ": " + type.name() + "." + key.name() + " = "
          + Exprs.render(value) + (filters.isEmpty() ? "" : ", " + filters) + ")";
    }
  }
}
