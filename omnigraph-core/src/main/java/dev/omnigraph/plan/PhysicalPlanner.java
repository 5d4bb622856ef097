package dev.omnigraph.plan;

import dev.omnigraph.QueryException;
import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ir.OrderKey;
import dev.omnigraph.query.ir.Projection;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link LogicalPlan} into a {@link PhysicalPlan}:
 * <ul>
 *   <li>each scan becomes a root access; an equality on the type's String {@code @key} (the node
 *       id) becomes a key lookup;
 *   <li>every filter is placed where its variables are first all bound: on a single root it is
 *       pushed into the root's access, on the destination of an expansion alone into that
 *       expansion's destination filters, otherwise it runs as a step right after;
 *   <li>an anti-join runs right after all outer variables its block mentions are bound;
 *   <li>a cycle-closing expansion with its id filter becomes a reachability check;
 *   <li>the return clause becomes the output plan (semantics.md §5–7), with the run-time errors of
 *       languages.md §3.7–3.10 for shapes execution does not support.
 * </ul>
 * Search functions are not supported by this build: they fail planning with a request error.
 */
public final class PhysicalPlanner {
  private final Map<String, Set<Property>> columns = new LinkedHashMap<>();

  private PhysicalPlanner() {}

  /**
   * Plans a lowered query.
   *
   * @throws QueryException of kind REQUEST for shapes execution does not support
   */
  public static PhysicalPlan plan(LogicalPlan logical) {
    PhysicalPlanner planner = new PhysicalPlanner();
    MatchPlan match = planner.match(logical.pipeline(), List.of());
    OutputPlan output = planner.output(logical.query(), match);
    return new PhysicalPlan(match, output, planner.columns);
  }

  /** Lowers and plans a checked read query. */
  public static PhysicalPlan plan(ReadQuery query) {
    return plan(Lowering.lower(query));
  }

  private MatchPlan match(List<LogicalOp> ops, List<Slot> outer) {
    List<Slot> slots = new ArrayList<>(outer);
    Map<String, Integer> slotOf = new HashMap<>();
    for (int i = 0; i < outer.size(); i++) {
      slotOf.put(outer.get(i).variable(), i);
    }
    Set<String> outerVariables = new LinkedHashSet<>(slotOf.keySet());
    int at = 0;
    List<LogicalOp.Scan> scans = new ArrayList<>();
    while (at < ops.size() && ops.get(at) instanceof LogicalOp.Scan s) {
      slotOf.put(s.variable(), slots.size());
      slots.add(new Slot(s.variable(), s.type()));
      use(s.type());
      scans.add(s);
      at++;
    }
    Map<Integer, List<Comparison>> rootFilters = new LinkedHashMap<>();
    for (LogicalOp.Scan s : scans) {
      List<Comparison> fs = new ArrayList<>();
      s.filters().forEach(c -> fs.add(comparison((Condition.Compare) c, slotOf)));
      rootFilters.put(slotOf.get(s.variable()), fs);
    }

    Set<String> bound = new LinkedHashSet<>(slotOf.keySet());
    Set<String> boundAtStart = Set.copyOf(bound);
    List<Step> bindSteps = new ArrayList<>();
    List<Set<String>> boundAfter = new ArrayList<>();
    List<String> bindVariable = new ArrayList<>();
    List<Object> pending = new ArrayList<>();
    for (; at < ops.size(); at++) {
      LogicalOp op = ops.get(at);
      if (op instanceof LogicalOp.Expand e) {
        if (e.destination().startsWith(Lowering.TEMP_PREFIX)) {
          String target = e.destination().substring(Lowering.TEMP_PREFIX.length());
          bindSteps.add(new Step.Reach(slotOf.get(e.source()), slotOf.get(target), e.edge(),
              e.direction(), e.minHops(), e.maxHops()));
          bindVariable.add(null);
        } else {
          int dst = -1;
          if (!e.destination().equals(Lowering.ANONYMOUS)) {
            dst = slots.size();
            slotOf.put(e.destination(), dst);
            slots.add(new Slot(e.destination(), e.destinationType()));
            bound.add(e.destination());
          }
          use(e.destinationType());
          List<Comparison> fs = new ArrayList<>();
          e.destinationFilters().forEach(c -> fs.add(comparison((Condition.Compare) c, slotOf)));
          bindSteps.add(new Step.Expand(slotOf.get(e.source()), dst, e.edge(), e.direction(),
              e.destinationType(), e.minHops(), e.maxHops(), fs));
          bindVariable.add(dst < 0 ? null : e.destination());
        }
        boundAfter.add(Set.copyOf(bound));
      } else if (op instanceof LogicalOp.Filter f && f.condition() instanceof Condition.Compare) {
        pending.add(f.condition());
      } else if (op instanceof LogicalOp.AntiJoin) {
        pending.add(op);
      }
      // Filter(SameNode) follows its cycle-closing expansion, which became a Reach step.
    }

    // Placement: position -1 runs right after the roots, k after bind step k.
    Map<Integer, List<Step>> after = new HashMap<>();
    Map<Integer, List<Comparison>> extraDestination = new HashMap<>();
    for (Object item : pending) {
      Set<String> vars;
      if (item instanceof Condition.Compare c) {
        vars = c.variables();
      } else {
        // Nested blocks may mention outer variables the block's own clauses do not.
        vars = referenced(((LogicalOp.AntiJoin) item).inner());
        vars.retainAll(slotOf.keySet());
      }
      int position = -1;
      if (!boundAtStart.containsAll(vars)) {
        position = 0;
        while (!boundAfter.get(position).containsAll(vars)) {
          position++;
        }
      }
      if (item instanceof Condition.Compare c) {
        Comparison cmp = comparison(c, slotOf);
        String only = vars.size() == 1 ? vars.iterator().next() : null;
        if (position < 0 && only != null && !outerVariables.contains(only)) {
          rootFilters.get(slotOf.get(only)).add(cmp);
        } else if (position >= 0 && only != null && only.equals(bindVariable.get(position))) {
          extraDestination.computeIfAbsent(position, k -> new ArrayList<>()).add(cmp);
        } else {
          after.computeIfAbsent(position, k -> new ArrayList<>()).add(new Step.Filter(cmp));
        }
      } else {
        LogicalOp.AntiJoin a = (LogicalOp.AntiJoin) item;
        after.computeIfAbsent(position, k -> new ArrayList<>())
            .add(new Step.AntiJoin(match(a.inner(), slots)));
      }
    }

    List<RootAccess> roots = new ArrayList<>();
    List<Integer> rootSlots = new ArrayList<>();
    for (LogicalOp.Scan s : scans) {
      int slot = slotOf.get(s.variable());
      roots.add(access(slot, s.type(), rootFilters.get(slot)));
      rootSlots.add(slot);
    }
    List<HashJoin> joins = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (Step s : after.getOrDefault(-1, List.of())) {
      HashJoin join = s instanceof Step.Filter f ? hashJoin(f.condition(), rootSlots, joins) : null;
      if (join != null) {
        joins.add(join);
      } else {
        steps.add(s);
      }
    }
    for (int k = 0; k < bindSteps.size(); k++) {
      Step step = bindSteps.get(k);
      List<Comparison> extra = extraDestination.get(k);
      if (extra != null && step instanceof Step.Expand e) {
        List<Comparison> fs = new ArrayList<>(e.destinationFilters());
        fs.addAll(extra);
        step = new Step.Expand(e.source(), e.destination(), e.edge(), e.direction(),
            e.destinationType(), e.minHops(), e.maxHops(), fs);
      }
      steps.add(step);
      steps.addAll(after.getOrDefault(k, List.of()));
    }
    return new MatchPlan(slots, outer.size(), roots, joins, steps);
  }

  /**
   * A hash join for an equality between properties of two of this plan's roots, when the later
   * root has none yet and hashing decides the equality exactly.
   */
  private static HashJoin hashJoin(Comparison c, List<Integer> rootSlots, List<HashJoin> joins) {
    if (c.op() != CompOp.EQ || !(c.left() instanceof RowExpr.Prop l)
        || !(c.right() instanceof RowExpr.Prop r)) {
      return null;
    }
    int li = rootSlots.indexOf(l.slot());
    int ri = rootSlots.indexOf(r.slot());
    if (li < 0 || ri < 0 || li == ri
        || !HashJoin.hashable(l.property().type(), r.property().type())) {
      return null;
    }
    RowExpr.Prop outer = li < ri ? l : r;
    RowExpr.Prop inner = li < ri ? r : l;
    for (HashJoin j : joins) {
      if (j.inner().slot() == inner.slot()) {
        return null;
      }
    }
    return new HashJoin(outer, inner);
  }

  /** Every variable an inner pipeline mentions, nested blocks included. */
  private static Set<String> referenced(List<LogicalOp> ops) {
    Set<String> out = new LinkedHashSet<>();
    for (LogicalOp op : ops) {
      if (op instanceof LogicalOp.Scan s) {
        out.add(s.variable());
        s.filters().forEach(c -> out.addAll(c.variables()));
      } else if (op instanceof LogicalOp.Expand e) {
        out.add(e.source());
        out.add(e.destination().startsWith(Lowering.TEMP_PREFIX)
            ? e.destination().substring(Lowering.TEMP_PREFIX.length()) : e.destination());
        e.destinationFilters().forEach(c -> out.addAll(c.variables()));
      } else if (op instanceof LogicalOp.Filter f) {
        out.addAll(f.condition().variables());
      } else if (op instanceof LogicalOp.AntiJoin a) {
        out.addAll(referenced(a.inner()));
      }
    }
    return out;
  }

  /** A key lookup when a filter pins the String {@code @key} (= the id), else a scan. */
  private static RootAccess access(int slot, NodeType type, List<Comparison> filters) {
    Optional<String> key = type.keyProperty();
    if (key.isPresent()) {
      Property keyProp = type.property(key.get());
      PropType t = keyProp.type();
      if (t.scalar() == ScalarType.STRING && !t.list()) {
        for (int i = 0; i < filters.size(); i++) {
          Comparison c = filters.get(i);
          ValueOperand value = keyValue(c, slot, keyProp);
          if (value != null) {
            List<Comparison> rest = new ArrayList<>(filters);
            rest.remove(i);
            return new RootAccess.KeyLookup(slot, type, keyProp, value, rest);
          }
        }
      }
    }
    return new RootAccess.Scan(slot, type, filters);
  }

  private static ValueOperand keyValue(Comparison c, int slot, Property key) {
    if (c.op() != CompOp.EQ) {
      return null;
    }
    if (c.left() instanceof RowExpr.Prop p && p.slot() == slot && p.property().equals(key)
        && c.right() instanceof RowExpr.Value v) {
      return v.value();
    }
    if (c.right() instanceof RowExpr.Prop p && p.slot() == slot && p.property().equals(key)
        && c.left() instanceof RowExpr.Value v) {
      return v.value();
    }
    return null;
  }

  private Comparison comparison(Condition.Compare c, Map<String, Integer> slotOf) {
    if (isTextSearch(c.left())) {
      throw searchUnsupported(c.left());
    }
    return new Comparison(filterOperand(c.left(), slotOf), c.op(), filterOperand(c.right(), slotOf));
  }

  private RowExpr filterOperand(TypedExpr e, Map<String, Integer> slotOf) {
    if (e instanceof TypedExpr.PropertyRef p) {
      return prop(p, slotOf);
    } else if (e instanceof ValueOperand v) {
      return new RowExpr.Value(v);
    }
    throw QueryException.request("unsupported expression in filter: " + Exprs.render(e));
  }

  private RowExpr.Prop prop(TypedExpr.PropertyRef p, Map<String, Integer> slotOf) {
    columns.computeIfAbsent(p.nodeType().name(), k -> new LinkedHashSet<>()).add(p.property());
    return new RowExpr.Prop(slotOf.get(p.variable()), p.variable(), p.property());
  }

  private void use(NodeType type) {
    columns.computeIfAbsent(type.name(), k -> new LinkedHashSet<>());
  }

  private OutputPlan output(ReadQuery query, MatchPlan match) {
    Map<String, Integer> slotOf = new HashMap<>();
    for (int i = 0; i < match.slots().size(); i++) {
      slotOf.put(match.slots().get(i).variable(), i);
    }
    List<OutputColumn> out = new ArrayList<>();
    for (Projection p : query.projections()) {
      if (p.expr() instanceof TypedExpr.Aggregate a) {
        out.add(new OutputColumn(p.column(), p.columnType(), projected(a.argument(), slotOf),
            a.func()));
      } else {
        out.add(new OutputColumn(p.column(), p.columnType(), projected(p.expr(), slotOf), null));
      }
    }
    boolean aggregate = query.isAggregate();
    List<SortKey> sort = new ArrayList<>();
    List<OrderKey> order = query.order();
    for (int i = 0; i < order.size(); i++) {
      TypedExpr e = order.get(i).expr();
      boolean desc = order.get(i).descending();
      if (Exprs.isSearchCall(e)) {
        throw i == 0 && !isTextSearch(e) ? searchUnsupported(e)
            : QueryException.request("unsupported ordering expression");
      } else if (e instanceof TypedExpr.PropertyRef p) {
        if (aggregate) {
          String name = p.variable() + "." + p.property().name();
          sort.add(new SortKey.OnColumn(columnIndex(out, name).orElseThrow(() ->
              QueryException.request("column '" + name + "' not found for ordering")), desc));
        } else {
          sort.add(new SortKey.OnRow(prop(p, slotOf), desc));
        }
      } else if (e instanceof TypedExpr.AliasRef a) {
        int index = a.isResolved() ? columnIndex(out, a.alias()).orElse(-1) : -1;
        if (index < 0) {
          throw QueryException.request("alias '" + a.alias() + "' not found for ordering");
        }
        sort.add(aggregate ? new SortKey.OnColumn(index, desc)
            : new SortKey.OnRow(out.get(index).expr(), desc));
      } else {
        throw QueryException.request("unsupported ordering expression");
      }
    }
    return new OutputPlan(out, aggregate, sort, query.limit());
  }

  private static Optional<Integer> columnIndex(List<OutputColumn> out, String name) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private RowExpr projected(TypedExpr e, Map<String, Integer> slotOf) {
    if (e instanceof TypedExpr.PropertyRef p) {
      return prop(p, slotOf);
    } else if (e instanceof TypedExpr.NodeRef n) {
      return new RowExpr.NodeId(slotOf.get(n.variable()), n.variable());
    } else if (e instanceof ValueOperand v) {
      return new RowExpr.Value(v);
    } else if (Exprs.isSearchCall(e) && !isTextSearch(e)) {
      throw searchUnsupported(e);
    }
    throw QueryException.request("unsupported projection expression: " + Exprs.render(e));
  }

  private static boolean isTextSearch(TypedExpr e) {
    return e instanceof TypedExpr.Search || e instanceof TypedExpr.Fuzzy
        || e instanceof TypedExpr.MatchText;
  }

  /** The error for a search function: they arrive with the search feature. */
  static QueryException searchUnsupported(TypedExpr e) {
    return QueryException.request("search function `" + Exprs.searchName(e)
        + "` is not supported by this build yet");
  }
}
