package dev.omnigraph.schema;

import java.util.List;

/** A property of a node, edge or interface, with its annotations in canonical order. */
public record Property(String name, PropType type, List<Annotation> annotations) {
  public Property {
    annotations = List.copyOf(annotations);
  }

  /** The value of the first annotation with this name, or null. */
  public String annotation(String annotationName) {
    return Annotation.valueOf(annotations, annotationName);
  }

  public boolean hasAnnotation(String annotationName) {
    return annotations.stream().anyMatch(a -> a.name().equals(annotationName));
  }
}
