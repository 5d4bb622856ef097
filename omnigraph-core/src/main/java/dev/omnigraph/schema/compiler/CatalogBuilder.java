package dev.omnigraph.schema.compiler;

import dev.omnigraph.SchemaException;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.InterfaceType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.NodeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phase 7 (languages.md §2.8–2.9): the catalog, built from the IR in its order (nodes, then edges,
 * each sorted by name), checking edge endpoints (S-E1) and case-insensitive edge names (S-E2).
 */
final class CatalogBuilder {
  private CatalogBuilder() {}

  /**
   * The checks of a catalog built straight from the declarations, without phase 6 (languages.md
   * §5.1, {@code query lint --schema}), each in source order: first a property declared twice in
   * one declaration (DECISIONS 19, the S-IR2 message), then the node types ({@code duplicate node
   * type: N}), then the edge types ({@code duplicate edge type: E}, S-E1, S-E2).
   *
   * @throws SchemaException the first problem found
   */
  static void checkDeclarations(SchemaFile file, String source) {
    for (Decl d : file.declarations()) {
      Set<String> seen = new HashSet<>();
      for (PropDecl p : d.properties()) {
        if (!seen.add(p.name())) {
          throw IrBuilder.propertyCollision(d, p.name(), p, source);
        }
      }
    }
    Set<String> nodes = new HashSet<>();
    for (Decl d : file.declarations()) {
      if (d instanceof NodeDecl n && !nodes.add(n.name())) {
        throw SchemaErrors.catalog("S-IR1", "duplicate node type: " + n.name());
      }
    }
    Set<String> edges = new HashSet<>();
    Map<String, String> folded = new HashMap<>();
    for (Decl d : file.declarations()) {
      if (d instanceof EdgeDecl e) {
        if (!edges.add(e.name())) {
          throw SchemaErrors.catalog("S-IR1", "duplicate edge type: " + e.name());
        }
        checkEdge(e.name(), e.fromType(), e.toType(), nodes, folded);
      }
    }
  }

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
      checkEdge(e.name(), e.fromType(), e.toType(), nodes.keySet(), folded);
      edges.put(e.name(), e);
    }
    return new Catalog(nodes, edges, interfaces);
  }

  /** S-E1 (source side first) and S-E2 against the edge names seen so far. */
  private static void checkEdge(String name, String from, String to, Set<String> nodes,
      Map<String, String> folded) {
    if (!nodes.contains(from)) {
      throw SchemaErrors.catalog("S-E1", "edge " + name + " references unknown source type: " + from);
    }
    if (!nodes.contains(to)) {
      throw SchemaErrors.catalog("S-E1", "edge " + name + " references unknown target type: " + to);
    }
    String earlier = folded.put(name.toLowerCase(Locale.ROOT), name);
    if (earlier != null) {
      throw SchemaErrors.catalog("S-E2", "edge name collision after case folding: '" + name
          + "' conflicts with '" + earlier + "'");
    }
  }
}
