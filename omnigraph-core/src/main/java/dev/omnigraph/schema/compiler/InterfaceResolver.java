package dev.omnigraph.schema.compiler;

import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.InterfaceDecl;
import dev.omnigraph.schema.compiler.SchemaAst.NodeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 3 (languages.md §2.7): checks each node's {@code implements} list, nodes in source order,
 * and injects the interface properties the node does not declare itself.
 */
final class InterfaceResolver {
  private InterfaceResolver() {}

  /** @throws ParseFailure S-I1 / S-I2 */
  static SchemaFile resolve(SchemaFile file) {
    Map<String, InterfaceDecl> interfaces = new HashMap<>();
    for (Decl d : file.declarations()) {
      if (d instanceof InterfaceDecl i) {
        interfaces.put(i.name(), i); // a later duplicate wins, as in the reference (S-IR1 follows)
      }
    }
    List<Decl> resolved = new ArrayList<>();
    for (Decl d : file.declarations()) {
      resolved.add(d instanceof NodeDecl n ? resolve(n, interfaces) : d);
    }
    return new SchemaFile(resolved);
  }

  private static NodeDecl resolve(NodeDecl node, Map<String, InterfaceDecl> interfaces) {
    if (node.implementsList().isEmpty()) {
      return node;
    }
    List<PropDecl> properties = new ArrayList<>(node.properties());
    List<Constraint> constraints = new ArrayList<>(node.constraints());
    for (String name : node.implementsList()) {
      InterfaceDecl iface = interfaces.get(name);
      if (iface == null) {
        throw ParseFailure.semantic("S-I1",
            "node " + node.name() + " implements unknown interface '" + name + "'");
      }
      for (PropDecl inherited : iface.properties()) {
        PropDecl existing = find(properties, inherited.name());
        if (existing == null) {
          properties.add(inherited);
          constraints.addAll(inherited.impliedConstraints());
        } else if (!existing.type().equals(inherited.type())) {
          throw ParseFailure.semantic("S-I2", "node " + node.name() + " property '"
              + inherited.name() + "' has type " + existing.type().display() + " but interface "
              + name + " declares it as " + inherited.type().display());
        }
      }
    }
    return new NodeDecl(node.name(), node.annotations(), node.implementsList(), properties,
        constraints);
  }

  private static PropDecl find(List<PropDecl> properties, String name) {
    for (PropDecl p : properties) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }
}
