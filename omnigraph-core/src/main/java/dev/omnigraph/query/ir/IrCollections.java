package dev.omnigraph.query.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Immutable copies that keep insertion order (List.copyOf-style helpers for maps and sets). */
final class IrCollections {
  private IrCollections() {}

  static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static <T> Set<T> copyOf(Set<T> set) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }
}
