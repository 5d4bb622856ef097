package dev.omnigraph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One input record for {@link Omnigraph#load(String, Iterable, LoadMode, String)}: the in-memory
 * form of a JSONL line (semantics.md §12.1). Property values are plain Java values: {@link String},
 * {@link Boolean}, any {@link Number}, {@link java.util.List} or arrays for lists and vectors,
 * {@code byte[]} for inline blob bytes (a blob string is a URI or {@code base64:} data as in JSONL),
 * {@link java.time.LocalDate} for dates and {@link java.time.Instant} for datetimes (or their JSONL
 * string/number forms), null for null. A {@code "id"} entry is the explicit id.
 *
 * <pre>{@code
 * g.load("main", List.of(
 *     LoadRecord.node("Person", Map.of("name", "Alice", "age", 30)),
 *     LoadRecord.edge("Knows", "Alice", "Bob", Map.of())), LoadMode.MERGE, null);
 * }</pre>
 */
public sealed interface LoadRecord {
  /** The node or edge type name. */
  String type();

  /** The property values (and optional {@code id}). */
  Map<String, Object> data();

  /** A node record. */
  static LoadRecord node(String type, Map<String, ?> data) {
    return new Node(type, copy(data));
  }

  /** An edge record from node id {@code from} to node id {@code to}. */
  static LoadRecord edge(String type, String from, String to, Map<String, ?> data) {
    return new Edge(type, from, to, copy(data));
  }

  /** A node of a type. */
  record Node(String type, Map<String, Object> data) implements LoadRecord {
    public Node {
      Objects.requireNonNull(type, "type");
      data = data == null ? Map.of() : data;
    }
  }

  /** An edge of a type between two node ids. */
  record Edge(String type, String from, String to, Map<String, Object> data) implements LoadRecord {
    public Edge {
      Objects.requireNonNull(type, "type");
      data = data == null ? Map.of() : data;
    }
  }

  /**
   * An unmodifiable copy that keeps null values (an explicit null property); maps without nulls
   * go through {@link Map#copyOf}, which does not copy a map that is already unmodifiable.
   */
  private static Map<String, Object> copy(Map<String, ?> data) {
    if (data == null) {
      return Map.of();
    }
    for (Object v : data.values()) { // not containsValue(null): Map.of rejects the query
      if (v == null) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(data));
      }
    }
    return Map.copyOf(data);
  }
}
