package dev.omnigraph.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edge type: one table with implicit columns {@code id}, {@code src}, {@code dst}, then its
 * properties sorted by name.
 */
public record EdgeType(String name, int typeId, String fromType, String toType,
    Cardinality cardinality, List<Annotation> annotations, Map<String, Property> properties,
    List<Constraint> constraints) {

  public EdgeType {
    annotations = List.copyOf(annotations);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    constraints = List.copyOf(constraints);
  }

  /** {@code edge:{name}}. */
  public String tableKey() {
    return "edge:" + name;
  }

  public Property property(String propertyName) {
    return properties.get(propertyName);
  }

  public List<List<String>> uniqueConstraints() {
    return Constraint.columnLists(constraints, Constraint.Unique.class);
  }

  public List<List<String>> indices() {
    return Constraint.columnLists(constraints, Constraint.Index.class);
  }

  public String annotation(String annotationName) {
    return Annotation.valueOf(annotations, annotationName);
  }
}
