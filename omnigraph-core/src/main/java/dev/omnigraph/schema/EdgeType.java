package dev.omnigraph.schema;

import java.util.ArrayList;
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
    List<List<String>> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Unique u) {
        out.add(u.columns());
      }
    }
    return out;
  }

  public List<List<String>> indices() {
    List<List<String>> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Index i) {
        out.add(i.columns());
      }
    }
    return out;
  }

  public String annotation(String annotationName) {
    for (Annotation a : annotations) {
      if (a.name().equals(annotationName)) {
        return a.value();
      }
    }
    return null;
  }
}
