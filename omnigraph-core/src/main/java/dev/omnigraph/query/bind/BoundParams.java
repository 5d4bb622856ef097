package dev.omnigraph.query.bind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameter values bound for one request, by name (see the package documentation for the Java
 * type of each value). A name bound to null (an optional parameter) is {@linkplain #contains
 * contained}; a name not bound at all is not.
 */
public final class BoundParams {
  private static final BoundParams EMPTY = new BoundParams(Map.of());

  private final Map<String, Object> values;

  BoundParams(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** No parameters. */
  public static BoundParams empty() {
    return EMPTY;
  }

  /** Whether {@code name} is bound (possibly to null). */
  public boolean contains(String name) {
    return values.containsKey(name);
  }

  /** The value bound to {@code name}; null when bound to null or not bound. */
  public Object get(String name) {
    return values.get(name);
  }

  /** All bindings in request order (values may be null; a vector's array must not be modified). */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return "BoundParams" + values.keySet();
  }
}
