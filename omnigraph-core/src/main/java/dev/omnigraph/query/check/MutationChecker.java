package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Statement;
import dev.omnigraph.query.ir.MutationStatement;
import dev.omnigraph.query.ir.MutationStatement.Assignment;
import dev.omnigraph.query.ir.MutationStatement.EdgeColumn;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks mutation statements: rules T10–T14, T16 and the value rules of {@link ValueChecker}. */
final class MutationChecker {
  /** Edge endpoints are node ids: non-null Strings for checking purposes. */
  private static final PropType ENDPOINT = PropType.of(ScalarType.STRING, false);

  private final CheckContext ctx;
  private final ValueChecker values;

  MutationChecker(CheckContext ctx) {
    this.ctx = ctx;
    this.values = new ValueChecker(ctx);
  }

  MutationStatement check(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      return insert(insert);
    } else if (statement instanceof Statement.Update update) {
      return update(update);
    }
    return delete((Statement.Delete) statement);
  }

  private MutationStatement insert(Statement.Insert insert) {
    if (insert.assignments().isEmpty()) {
      throw TypeErrors.coded("T10: insert mutation requires at least one assignment");
    }
    requireDistinct(insert.assignments());
    NodeType node = ctx.catalog().node(insert.typeName());
    if (node != null) {
      List<Assignment> assignments = assignments(insert.typeName(), node.properties(),
          insert.assignments());
      requireNodeProperties(node, insert.assignments());
      return new MutationStatement.InsertNode(node, assignments);
    }
    EdgeType edge = ctx.catalog().edge(insert.typeName());
    if (edge != null) {
      return insertEdge(edge, insert.assignments());
    }
    throw unknownType(insert.typeName());
  }

  /** T12 for a node: every non-nullable property, by name, unless it is an @embed target fed by
   * its assigned source. */
  private static void requireNodeProperties(NodeType node, List<Statement.Assignment> written) {
    Set<String> assigned = names(written);
    Map<String, String> embedSources = node.embedSources();
    for (Property p : sortedByName(node.properties())) {
      if (p.type().nullable() || assigned.contains(p.name())) {
        continue;
      }
      String source = embedSources.get(p.name());
      if (source == null) {
        throw TypeErrors.coded("T12: insert for `" + node.name()
            + "` must provide non-nullable property `" + p.name() + "`");
      }
      if (!assigned.contains(source)) {
        throw TypeErrors.coded("T12: insert for `" + node.name()
            + "` must provide non-nullable property `" + p.name() + "` or @embed source `"
            + source + "`");
      }
    }
  }

  private MutationStatement insertEdge(EdgeType edge, List<Statement.Assignment> written) {
    ValueOperand from = null;
    ValueOperand to = null;
    List<Assignment> properties = new ArrayList<>();
    for (Statement.Assignment a : written) {
      if (a.property().equals("from")) {
        from = values.mutationValue(a.value(), ENDPOINT, "from");
      } else if (a.property().equals("to")) {
        to = values.mutationValue(a.value(), ENDPOINT, "to");
      } else {
        Property p = property(edge.name(), edge.properties(), a.property());
        properties.add(new Assignment(p, values.mutationValue(a.value(), p.type(), a.property())));
      }
    }
    if (from == null) {
      throw TypeErrors.coded(
          "T12: insert for `" + edge.name() + "` must provide required endpoint `from`");
    }
    if (to == null) {
      throw TypeErrors.coded(
          "T12: insert for `" + edge.name() + "` must provide required endpoint `to`");
    }
    Set<String> assigned = names(written);
    for (Property p : sortedByName(edge.properties())) {
      if (!p.type().nullable() && !assigned.contains(p.name())) {
        throw TypeErrors.coded("T12: insert for `" + edge.name()
            + "` must provide non-nullable property `" + p.name() + "`");
      }
    }
    return new MutationStatement.InsertEdge(edge, from, to, properties);
  }

  private MutationStatement update(Statement.Update update) {
    NodeType node = ctx.catalog().node(update.typeName());
    if (node == null) {
      if (ctx.catalog().edge(update.typeName()) != null) {
        throw TypeErrors.coded(
            "T16: update mutation for edge type `" + update.typeName() + "` is not supported");
      }
      throw unknownType(update.typeName());
    }
    if (update.assignments().isEmpty()) {
      throw TypeErrors.coded("T10: update mutation requires at least one assignment");
    }
    requireDistinct(update.assignments());
    List<Assignment> assignments = assignments(node.name(), node.properties(),
        update.assignments());
    return new MutationStatement.UpdateNode(node, assignments, nodePredicate(node,
        update.predicate()));
  }

  private MutationStatement delete(Statement.Delete delete) {
    NodeType node = ctx.catalog().node(delete.typeName());
    if (node != null) {
      return new MutationStatement.DeleteNode(node, nodePredicate(node, delete.predicate()));
    }
    EdgeType edge = ctx.catalog().edge(delete.typeName());
    if (edge != null) {
      return new MutationStatement.DeleteEdge(edge, edgePredicate(edge, delete.predicate()));
    }
    throw unknownType(delete.typeName());
  }

  private MutationStatement.NodePredicate nodePredicate(NodeType node, Statement.Predicate p) {
    Property prop = property(node.name(), node.properties(), p.property());
    if (prop.type().scalar() == ScalarType.BLOB) {
      throw TypeErrors.coded(
          "T11: blob property `" + p.property() + "` cannot be used in WHERE predicates");
    }
    return new MutationStatement.NodePredicate(prop, p.op(),
        values.mutationValue(p.value(), prop.type(), p.property()));
  }

  private MutationStatement.EdgePredicate edgePredicate(EdgeType edge, Statement.Predicate p) {
    if (p.property().equals("from") || p.property().equals("to")) {
      EdgeColumn column = p.property().equals("from") ? EdgeColumn.SRC : EdgeColumn.DST;
      return new MutationStatement.EdgePredicate(column, null, p.op(),
          values.mutationValue(p.value(), ENDPOINT, p.property()));
    }
    Property prop = property(edge.name(), edge.properties(), p.property());
    return new MutationStatement.EdgePredicate(EdgeColumn.PROPERTY, prop, p.op(),
        values.mutationValue(p.value(), prop.type(), p.property()));
  }

  private List<Assignment> assignments(String typeName, Map<String, Property> properties,
      List<Statement.Assignment> written) {
    List<Assignment> out = new ArrayList<>();
    for (Statement.Assignment a : written) {
      Property p = property(typeName, properties, a.property());
      out.add(new Assignment(p, values.mutationValue(a.value(), p.type(), a.property())));
    }
    return out;
  }

  private static Property property(String typeName, Map<String, Property> properties,
      String name) {
    Property p = properties.get(name);
    if (p == null) {
      throw TypeErrors.coded("T11: type `" + typeName + "` has no property `" + name + "`");
    }
    return p;
  }

  /** T13: no property assigned twice in one statement. */
  private static void requireDistinct(List<Statement.Assignment> assignments) {
    Set<String> seen = new HashSet<>();
    for (Statement.Assignment a : assignments) {
      if (!seen.add(a.property())) {
        throw TypeErrors.coded("T13: duplicate assignment for property `" + a.property() + "`");
      }
    }
  }

  private static RuntimeException unknownType(String name) {
    return TypeErrors.coded("T10: unknown node/edge type `" + name + "`");
  }

  private static Set<String> names(List<Statement.Assignment> assignments) {
    Set<String> out = new HashSet<>();
    assignments.forEach(a -> out.add(a.property()));
    return out;
  }

  private static List<Property> sortedByName(Map<String, Property> properties) {
    return List.copyOf(new TreeMap<>(properties).values());
  }
}
