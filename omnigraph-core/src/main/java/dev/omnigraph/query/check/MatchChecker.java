package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Clause;
import dev.omnigraph.query.ast.PropMatch;
import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.query.ir.Endpoint;
import dev.omnigraph.query.ir.MatchBlock;
import dev.omnigraph.query.ir.MatchClause;
import dev.omnigraph.query.ir.PropertyMatch;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the clauses of a match block in source order (bindings T1–T3 and U2, traversals T4, T15,
 * T5, filters T7, negations T9), binding variables into the scope as it goes.
 */
final class MatchChecker {
  private final CheckContext ctx;
  private final ValueChecker values;

  MatchChecker(CheckContext ctx) {
    this.ctx = ctx;
    this.values = new ValueChecker(ctx);
  }

  MatchBlock check(List<Clause> clauses, Scope scope) {
    ExprChecker exprs = new ExprChecker(ctx, scope, new AliasTable());
    List<MatchClause> out = new ArrayList<>();
    for (Clause clause : clauses) {
      if (clause instanceof Clause.Binding b) {
        out.add(binding(b, scope));
      } else if (clause instanceof Clause.Traversal t) {
        out.add(traversal(t, scope));
      } else if (clause instanceof Clause.Filter f) {
        out.add(FilterChecker.check(f, exprs));
      } else {
        out.add(negation((Clause.Negation) clause, scope));
      }
    }
    return new MatchBlock(out, scope.introduced());
  }

  private MatchClause.NodeBinding binding(Clause.Binding b, Scope scope) {
    NodeType type = ctx.catalog().node(b.typeName());
    if (type == null) {
      throw TypeErrors.coded("T1: unknown node type `" + b.typeName() + "`");
    }
    List<PropertyMatch> matches = new ArrayList<>();
    for (PropMatch pm : b.matches()) {
      Property prop = type.property(pm.property());
      if (prop == null) {
        throw TypeErrors.coded(
            "T2: type `" + type.name() + "` has no property `" + pm.property() + "`");
      }
      if (prop.type().scalar() == ScalarType.BLOB) {
        throw TypeErrors.coded("T3: blob property `" + type.name() + "." + pm.property()
            + "` cannot be used in match patterns");
      }
      ValueOperand value = values.bindingValue(pm.value(), prop.type(), pm.property());
      matches.add(new PropertyMatch(prop, value, prop.type().list()));
    }
    NodeType existing = scope.typeOf(b.variable());
    if (existing != null && !existing.name().equals(type.name())) {
      throw TypeErrors.uncoded("U2", "variable `$" + b.variable() + "` already bound to type `"
          + existing.name() + "`, cannot rebind to `" + type.name() + "`");
    }
    scope.bind(b.variable(), type);
    return new MatchClause.NodeBinding(b.variable(), type, matches);
  }

  private MatchClause.Traversal traversal(Clause.Traversal t, Scope scope) {
    EdgeType edge = ctx.catalog().findEdge(t.edgeWord());
    if (edge == null) {
      throw TypeErrors.coded("T4: unknown edge type `" + t.edgeWord() + "`");
    }
    long max = checkBounds(t);
    Direction direction = direction(t, edge, scope);
    NodeType from = ctx.catalog().node(edge.fromType());
    NodeType to = ctx.catalog().node(edge.toType());
    boolean out = direction == Direction.OUT;
    return new MatchClause.Traversal(new Endpoint(t.src(), out ? from : to), edge, direction,
        t.minHops(), max, new Endpoint(t.dst(), out ? to : from));
  }

  /** Rule T15 on hop bounds; returns the max bound. */
  private static long checkBounds(Clause.Traversal t) {
    if (t.minHops() == 0) {
      throw TypeErrors.coded("T15: traversal min hop bound must be >= 1");
    }
    if (t.maxHops() == null) {
      throw TypeErrors.coded(
          "T15: unbounded traversal is disabled; use bounded traversal {min,max}");
    }
    if (t.maxHops() < t.minHops()) {
      throw TypeErrors.coded("T15: invalid traversal bounds {" + t.minHops() + "," + t.maxHops()
          + "}; max must be >= min");
    }
    return t.maxHops();
  }

  /** Infers the direction from the endpoints already bound (languages.md §3.4) and binds the rest. */
  private Direction direction(Clause.Traversal t, EdgeType edge, Scope scope) {
    NodeType src = scope.typeOf(t.src());
    NodeType dst = scope.typeOf(t.dst());
    if (src != null) {
      if (src.name().equals(edge.fromType())) {
        bindEndpoint(t.dst(), edge.toType(), edge, scope);
        return Direction.OUT;
      }
      if (src.name().equals(edge.toType())) {
        bindEndpoint(t.dst(), edge.fromType(), edge, scope);
        return Direction.IN;
      }
      throw notAnEndpoint(t.src(), src, edge);
    }
    if (dst != null) {
      if (dst.name().equals(edge.toType())) {
        bindEndpoint(t.src(), edge.fromType(), edge, scope);
        return Direction.OUT;
      }
      if (dst.name().equals(edge.fromType())) {
        bindEndpoint(t.src(), edge.toType(), edge, scope);
        return Direction.IN;
      }
      throw notAnEndpoint(t.dst(), dst, edge);
    }
    bindEndpoint(t.src(), edge.fromType(), edge, scope);
    bindEndpoint(t.dst(), edge.toType(), edge, scope);
    return Direction.OUT;
  }

  private static RuntimeException notAnEndpoint(String variable, NodeType type, EdgeType edge) {
    return TypeErrors.coded("T5: variable `$" + variable + "` has type `" + type.name()
        + "`, which is not an endpoint of edge `" + edge.name() + ": " + edge.fromType() + " -> "
        + edge.toType() + "`");
  }

  private void bindEndpoint(String variable, String expected, EdgeType edge, Scope scope) {
    if ("_".equals(variable)) {
      return;
    }
    NodeType existing = scope.typeOf(variable);
    if (existing == null) {
      scope.bind(variable, ctx.catalog().node(expected));
    } else if (!existing.name().equals(expected)) {
      throw TypeErrors.coded("T5: variable `$" + variable + "` has type `" + existing.name()
          + "` but edge `" + edge.name() + "` expects `" + expected + "`");
    }
  }

  private MatchClause.Negation negation(Clause.Negation n, Scope scope) {
    Set<String> outer = scope.names();
    MatchBlock block = check(n.clauses(), scope.child());
    List<String> referenced = OuterReferences.of(n.clauses(), outer);
    if (referenced.isEmpty()) {
      throw TypeErrors.coded(
          "T9: negation block must reference at least one outer-bound variable");
    }
    return new MatchClause.Negation(block, referenced);
  }
}
