package dev.omnigraph.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The immutable model of an accepted schema (languages.md §2.9): node types, edge types and
 * interfaces, each sorted by name.
 */
public final class Catalog {
  private final SortedMap<String, NodeType> nodeTypes;
  private final SortedMap<String, EdgeType> edgeTypes;
  private final SortedMap<String, InterfaceType> interfaces;
  private final Map<String, String> edgeNameIndex;

  public Catalog(Map<String, NodeType> nodeTypes, Map<String, EdgeType> edgeTypes,
      Map<String, InterfaceType> interfaces) {
    this.nodeTypes = Collections.unmodifiableSortedMap(new TreeMap<>(nodeTypes));
    this.edgeTypes = Collections.unmodifiableSortedMap(new TreeMap<>(edgeTypes));
    this.interfaces = Collections.unmodifiableSortedMap(new TreeMap<>(interfaces));
    TreeMap<String, String> idx = new TreeMap<>();
    for (String e : this.edgeTypes.keySet()) {
      idx.putIfAbsent(e.toLowerCase(Locale.ROOT), e);
    }
    this.edgeNameIndex = Collections.unmodifiableMap(idx);
  }

  public SortedMap<String, NodeType> nodeTypes() {
    return nodeTypes;
  }

  public SortedMap<String, EdgeType> edgeTypes() {
    return edgeTypes;
  }

  public SortedMap<String, InterfaceType> interfaces() {
    return interfaces;
  }

  /** The node type with this exact name, or null. */
  public NodeType node(String name) {
    return nodeTypes.get(name);
  }

  /** The edge type with this exact name, or null. */
  public EdgeType edge(String name) {
    return edgeTypes.get(name);
  }

  /** Edge lookup as queries do it: the exact name first, then case-insensitively; null if none. */
  public EdgeType findEdge(String word) {
    EdgeType exact = edgeTypes.get(word);
    if (exact != null) {
      return exact;
    }
    String name = edgeNameIndex.get(word.toLowerCase(Locale.ROOT));
    return name == null ? null : edgeTypes.get(name);
  }

  /** Every table key ({@code edge:E}, {@code node:N}) in byte order. */
  public List<String> tableKeys() {
    List<String> keys = new ArrayList<>();
    edgeTypes.values().forEach(e -> keys.add(e.tableKey()));
    nodeTypes.values().forEach(n -> keys.add(n.tableKey()));
    Collections.sort(keys);
    return keys;
  }
}
