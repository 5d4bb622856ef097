package dev.omnigraph.schema.compiler;

import dev.omnigraph.SchemaException;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.InterfaceType;
import dev.omnigraph.schema.NodeType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Phase 7 (languages.md §2.8–2.9): the catalog, built from the IR in its order (nodes, then edges,
 * each sorted by name), checking edge endpoints (S-E1) and case-insensitive edge names (S-E2).
 */
final class CatalogBuilder {
  private CatalogBuilder() {}

  /** @throws SchemaException S-E1 / S-E2 (and S-IR1 for an IR that repeats a name) */
  static Catalog build(SchemaIr ir) {
    Map<String, InterfaceType> interfaces = new LinkedHashMap<>();
    ir.interfaces().forEach(i -> interfaces.put(i.name(), i));

    Map<String, NodeType> nodes = new LinkedHashMap<>();
    for (NodeType n : ir.nodes()) {
      if (nodes.putIfAbsent(n.name(), n) != null) {
        throw SchemaErrors.catalog("S-IR1", "duplicate node type: " + n.name());
      }
    }

    Map<String, EdgeType> edges = new LinkedHashMap<>();
    Map<String, String> folded = new HashMap<>();
    for (EdgeType e : ir.edges()) {
      if (edges.containsKey(e.name())) {
        throw SchemaErrors.catalog("S-IR1", "duplicate edge type: " + e.name());
      }
      if (!nodes.containsKey(e.fromType())) {
        throw SchemaErrors.catalog("S-E1",
            "edge " + e.name() + " references unknown source type: " + e.fromType());
      }
      if (!nodes.containsKey(e.toType())) {
        throw SchemaErrors.catalog("S-E1",
            "edge " + e.name() + " references unknown target type: " + e.toType());
      }
      String earlier = folded.put(e.name().toLowerCase(Locale.ROOT), e.name());
      if (earlier != null) {
        throw SchemaErrors.catalog("S-E2", "edge name collision after case folding: '"
            + e.name() + "' conflicts with '" + earlier + "'");
      }
      edges.put(e.name(), e);
    }
    return new Catalog(nodes, edges, interfaces);
  }
}
