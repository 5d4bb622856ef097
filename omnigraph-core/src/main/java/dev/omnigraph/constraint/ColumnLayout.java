package dev.omnigraph.constraint;

import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.table.TableSchemas;
import dev.omnigraph.util.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one table in storage order: {@code id}, for edges {@code src} and {@code dst},
 * then the properties sorted by name (engine.md §1.2). A row of that table is an {@code Object[]}
 * with one canonical value per column at these positions.
 */
public final class ColumnLayout {
  private static final PropType ID_TYPE = PropType.of(ScalarType.STRING, false);

  private final String typeName;
  private final boolean edge;
  private final List<String> names;
  private final List<PropType> types;
  private final Map<String, Integer> index = new HashMap<>();
  private final int firstProperty;

  private ColumnLayout(String typeName, boolean edge, List<String> implicit,
      Map<String, Property> properties) {
    this.typeName = typeName;
    this.edge = edge;
    List<String> n = new ArrayList<>(implicit);
    List<PropType> t = new ArrayList<>();
    implicit.forEach(c -> t.add(ID_TYPE));
    properties.values().stream().sorted((a, b) -> ByteOrder.compare(a.name(), b.name()))
        .forEach(p -> {
          n.add(p.name());
          t.add(p.type());
        });
    this.names = List.copyOf(n);
    this.types = List.copyOf(t);
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    this.firstProperty = implicit.size();
  }

  public static ColumnLayout of(NodeType type) {
    return new ColumnLayout(type.name(), false, List.of(TableSchemas.ID), type.properties());
  }

  public static ColumnLayout of(EdgeType type) {
    return new ColumnLayout(type.name(), true,
        List.of(TableSchemas.ID, TableSchemas.SRC, TableSchemas.DST), type.properties());
  }

  /**
   * The layout of table {@code node:T} or {@code edge:E} of {@code catalog}; empty when the key
   * names no type of it.
   */
  public static Optional<ColumnLayout> of(Catalog catalog, String tableKey) {
    if (tableKey.startsWith("node:")) {
      return Optional.ofNullable(catalog.node(tableKey.substring(5))).map(ColumnLayout::of);
    }
    if (tableKey.startsWith("edge:")) {
      return Optional.ofNullable(catalog.edge(tableKey.substring(5))).map(ColumnLayout::of);
    }
    return Optional.empty();
  }

  /** The node or edge type name. */
  public String typeName() {
    return typeName;
  }

  public boolean edge() {
    return edge;
  }

  /** {@code node:T} or {@code edge:E}. */
  public String tableKey() {
    return (edge ? "edge:" : "node:") + typeName;
  }

  /** Number of columns. */
  public int size() {
    return names.size();
  }

  /** Position of the first property column (1 for nodes, 3 for edges). */
  public int firstProperty() {
    return firstProperty;
  }

  public String name(int column) {
    return names.get(column);
  }

  /** The column's type ({@code String}, not null, for id/src/dst). */
  public PropType type(int column) {
    return types.get(column);
  }

  /** The position of a column, or -1. */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** Column names in order. */
  public List<String> names() {
    return names;
  }
}
