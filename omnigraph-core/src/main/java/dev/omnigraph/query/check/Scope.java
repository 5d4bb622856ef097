package dev.omnigraph.query.check;

import dev.omnigraph.schema.NodeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The match variables visible at a point of a match block, with their node types. A negation
 * block checks in a {@link #child()} scope, so its new variables stay local to it.
 */
final class Scope {
  private final Map<String, NodeType> visible;
  private final Map<String, NodeType> introduced = new LinkedHashMap<>();

  private Scope(Map<String, NodeType> visible) {
    this.visible = new LinkedHashMap<>(visible);
  }

  static Scope root() {
    return new Scope(Map.of());
  }

  /** A scope that sees everything bound here; what it binds stays in it. */
  Scope child() {
    return new Scope(visible);
  }

  /** The type of {@code variable}, or null when it is not bound. */
  NodeType typeOf(String variable) {
    return visible.get(variable);
  }

  boolean isBound(String variable) {
    return visible.containsKey(variable);
  }

  void bind(String variable, NodeType type) {
    if (!visible.containsKey(variable)) {
      introduced.put(variable, type);
    }
    visible.put(variable, type);
  }

  /** Every visible variable. */
  Set<String> names() {
    return Set.copyOf(visible.keySet());
  }

  /** The variables bound in this scope (not inherited), in order of binding. */
  Map<String, NodeType> introduced() {
    return introduced;
  }
}
