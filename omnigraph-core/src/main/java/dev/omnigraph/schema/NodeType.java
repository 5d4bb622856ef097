package dev.omnigraph.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A node type: one table. Properties are sorted by name (the column order after {@code id});
 * constraints are in canonical order (languages.md §2.9–2.10).
 */
public record NodeType(String name, int typeId, List<Annotation> annotations,
    List<String> implementsList, Map<String, Property> properties, List<Constraint> constraints) {

  public NodeType {
    annotations = List.copyOf(annotations);
    implementsList = List.copyOf(implementsList);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    constraints = List.copyOf(constraints);
  }

  /** {@code node:{name}}. */
  public String tableKey() {
    return "node:" + name;
  }

  public Property property(String propertyName) {
    return properties.get(propertyName);
  }

  /** The key columns (sorted), empty when the type has no {@code @key}. */
  public List<String> key() {
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Key k) {
        return k.columns();
      }
    }
    return List.of();
  }

  /** The first key column, which the node's {@code id} is derived from. */
  public Optional<String> keyProperty() {
    List<String> k = key();
    return k.isEmpty() ? Optional.empty() : Optional.of(k.get(0));
  }

  public List<List<String>> uniqueConstraints() {
    return Constraint.columnLists(constraints, Constraint.Unique.class);
  }

  /** Index column lists, the key's column list included. */
  public List<List<String>> indices() {
    List<List<String>> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Index i) {
        out.add(i.columns());
      }
    }
    List<String> key = key();
    if (!key.isEmpty() && !out.contains(key)) {
      out.add(key);
    }
    return out;
  }

  public List<Constraint.Range> rangeConstraints() {
    return Constraint.ofType(constraints, Constraint.Range.class);
  }

  public List<Constraint.Check> checkConstraints() {
    return Constraint.ofType(constraints, Constraint.Check.class);
  }

  /** Vector property name → source String property name, from {@code @embed}. */
  public Map<String, String> embedSources() {
    Map<String, String> out = new TreeMap<>();
    for (Property p : properties.values()) {
      String src = p.annotation("embed");
      if (src != null && p.type().isVector()) {
        out.put(p.name(), src);
      }
    }
    return out;
  }

  public String annotation(String annotationName) {
    return Annotation.valueOf(annotations, annotationName);
  }
}
