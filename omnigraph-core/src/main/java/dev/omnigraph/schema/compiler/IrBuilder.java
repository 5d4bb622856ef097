package dev.omnigraph.schema.compiler;

import dev.omnigraph.SchemaException;
import dev.omnigraph.lang.TextPosition;
import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.InterfaceType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.InterfaceDecl;
import dev.omnigraph.schema.compiler.SchemaAst.NodeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Phase 6 (languages.md §2.10): the canonical IR, declarations in source order for the id
 * collision checks (S-IR1, S-IR2), then everything sorted.
 */
final class IrBuilder {
  private static final Comparator<Annotation> ANNOTATION_ORDER =
      Comparator.comparing(Annotation::name, SchemaIr.CODE_POINT_ORDER)
          .thenComparing(Annotation::value,
              Comparator.nullsFirst(SchemaIr.CODE_POINT_ORDER));

  private final String source;
  private final boolean checkIds;

  private IrBuilder(String source, boolean checkIds) {
    this.source = source;
    this.checkIds = checkIds;
  }

  /**
   * @param source the schema text, for the position in S-IR2 messages (DECISIONS 19)
   * @throws SchemaException S-IR1 / S-IR2 as catalog errors
   */
  static SchemaIr build(SchemaFile file, String source) {
    return new IrBuilder(source, true).build(file);
  }

  /**
   * The IR without the id collision checks, for a file whose duplicate names were already
   * rejected by {@link CatalogBuilder#checkDeclarations} (a repeated interface: the later wins).
   */
  static SchemaIr buildUnchecked(SchemaFile file, String source) {
    return new IrBuilder(source, false).build(file);
  }

  /** S-IR2 for the second declaration {@code p} of a property whose id {@code previous} has. */
  static SchemaException propertyCollision(Decl d, String previous, PropDecl p, String source) {
    int propId = SchemaIr.propId(d.kind(), d.name(), p.name());
    // Ours (DECISIONS 19): the position of the second declaration is added.
    return SchemaErrors.catalogAt("S-IR2", "property id collision on " + d.name() + ": '"
        + previous + "' and '" + p.name() + "' both hash to " + Integer.toUnsignedString(propId),
        TextPosition.of(source, p.offset()));
  }

  private SchemaIr build(SchemaFile file) {
    Map<Integer, String> typeIds = new HashMap<>();
    List<InterfaceType> interfaces = new ArrayList<>();
    List<NodeType> nodes = new ArrayList<>();
    List<EdgeType> edges = new ArrayList<>();
    for (Decl d : file.declarations()) {
      int typeId = SchemaIr.typeId(d.kind(), d.name());
      String previous = typeIds.put(typeId, d.name());
      if (previous != null && checkIds) {
        throw SchemaErrors.catalog("S-IR1", "type id collision: '" + previous + "' and '"
            + d.name() + "' both hash to " + Integer.toUnsignedString(typeId));
      }
      Map<String, Property> properties = properties(d);
      if (d instanceof InterfaceDecl i) {
        interfaces.add(new InterfaceType(i.name(), typeId, properties));
      } else if (d instanceof NodeDecl n) {
        nodes.add(new NodeType(n.name(), typeId, annotations(n.annotations()),
            List.copyOf(new TreeSet<>(n.implementsList())), properties,
            constraints(n.constraints())));
      } else if (d instanceof EdgeDecl e) {
        edges.add(new EdgeType(e.name(), typeId, e.fromType(), e.toType(), e.cardinality(),
            annotations(e.annotations()), properties, constraints(e.constraints())));
      }
    }
    interfaces.sort(Comparator.comparing(InterfaceType::name));
    nodes.sort(Comparator.comparing(NodeType::name));
    edges.sort(Comparator.comparing(EdgeType::name));
    return new SchemaIr(interfaces, nodes, edges);
  }

  /** Checks property ids in declaration order, then sorts by name. */
  private Map<String, Property> properties(Decl d) {
    Map<Integer, String> propIds = new HashMap<>();
    List<Property> sorted = new ArrayList<>();
    for (PropDecl p : d.properties()) {
      int propId = SchemaIr.propId(d.kind(), d.name(), p.name());
      String previous = propIds.put(propId, p.name());
      if (previous != null && checkIds) {
        throw propertyCollision(d, previous, p, source);
      }
      sorted.add(new Property(p.name(), p.type(), annotations(p.annotations())));
    }
    sorted.sort(Comparator.comparing(Property::name, SchemaIr.CODE_POINT_ORDER));
    Map<String, Property> out = new LinkedHashMap<>();
    sorted.forEach(p -> out.put(p.name(), p));
    return out;
  }

  private static List<Annotation> annotations(List<Annotation> annotations) {
    List<Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(ANNOTATION_ORDER);
    return sorted;
  }

  /** Column lists sorted, then the constraints stably sorted by their canonical key. */
  private static List<Constraint> constraints(List<Constraint> constraints) {
    List<Constraint> out = new ArrayList<>(constraints.size());
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Key k) {
        out.add(new Constraint.Key(sortedColumns(k.columns())));
      } else if (c instanceof Constraint.Unique u) {
        out.add(new Constraint.Unique(sortedColumns(u.columns())));
      } else if (c instanceof Constraint.Index i) {
        out.add(new Constraint.Index(sortedColumns(i.columns())));
      } else {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(Constraint::sortKey, SchemaIr.CODE_POINT_ORDER));
    return out;
  }

  private static List<String> sortedColumns(List<String> columns) {
    List<String> sorted = new ArrayList<>(columns);
    sorted.sort(SchemaIr.CODE_POINT_ORDER);
    return sorted;
  }
}
