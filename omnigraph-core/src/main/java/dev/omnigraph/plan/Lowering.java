package dev.omnigraph.plan;

import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.query.ir.MatchBlock;
import dev.omnigraph.query.ir.MatchClause;
import dev.omnigraph.query.ir.PropertyMatch;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.query.ir.TypedExpr;
import dev.omnigraph.schema.NodeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a match block to the reference's pipeline (semantics.md §2.1), recursively for
 * {@code not { }} blocks.
 *
 * <p>Ours beyond the reference (semantics.md §3.1): a variable bound twice is one node satisfying
 * both bindings (one scan with both filter sets), and a component without any binding gets an
 * implicit root (the first named variable of its first traversal). Inside a negation a component
 * that contains an outer variable gets no root: its new variables are reached by expansions from
 * the outer variable, carrying their bindings as destination filters. That differs from the literal
 * reading of §2.1 step 6 (which scans such bindings and closes the cycle) only in the shape of the
 * inner plan; both evaluate the block exactly and an anti-join keeps the outer order.
 */
public final class Lowering {
  /** The anonymous traversal endpoint. */
  public static final String ANONYMOUS = "_";
  /** Prefix of the temporary variable of a cycle-closing expansion. */
  public static final String TEMP_PREFIX = "__temp_";

  private Lowering() {}

  /** Lowers the query's top-level match block. */
  public static LogicalPlan lower(ReadQuery query) {
    return new LogicalPlan(lower(query.match(), Set.of()), query);
  }

  /** Lowers a block whose variables in {@code outerBound} are already bound. */
  static List<LogicalOp> lower(MatchBlock block, Set<String> outerBound) {
    List<MatchClause> clauses = block.clauses();
    Map<String, List<Condition>> bindingFilters = new LinkedHashMap<>();
    Map<String, NodeType> bindingTypes = new HashMap<>();
    UnionFind components = new UnionFind();
    List<MatchClause.Traversal> traversals = new ArrayList<>();
    List<MatchClause.Filter> filters = new ArrayList<>();
    List<MatchClause.Negation> negations = new ArrayList<>();
    // Binding events in source order: explicit bindings, and (filled in below) implicit ones.
    List<RootCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      MatchClause c = clauses.get(i);
      if (c instanceof MatchClause.NodeBinding b) {
        components.add(b.variable());
        bindingTypes.put(b.variable(), b.type());
        List<Condition> conds = bindingFilters.computeIfAbsent(b.variable(), v -> new ArrayList<>());
        for (PropertyMatch m : b.matches()) {
          conds.add(propertyMatch(b.variable(), b.type(), m));
        }
        candidates.add(new RootCandidate(i, b.variable(), b.type()));
      } else if (c instanceof MatchClause.Traversal t) {
        traversals.add(t);
        String s = t.source().variable();
        String d = t.destination().variable();
        if (!t.source().isAnonymous()) {
          components.add(s);
        }
        if (!t.destination().isAnonymous()) {
          components.add(d);
        }
        if (!t.source().isAnonymous() && !t.destination().isAnonymous()) {
          components.union(s, d);
        }
      } else if (c instanceof MatchClause.Filter f) {
        filters.add(f);
      } else {
        negations.add((MatchClause.Negation) c);
      }
    }
    addImplicitRoots(clauses, components, bindingTypes.keySet(), candidates);
    candidates.sort((a, b) -> Integer.compare(a.clause(), b.clause()));

    Set<String> settled = new LinkedHashSet<>();
    for (String v : outerBound) {
      if (components.contains(v)) {
        settled.add(components.find(v));
      }
    }
    List<LogicalOp> ops = new ArrayList<>();
    Set<String> bound = new LinkedHashSet<>(outerBound);
    for (RootCandidate r : candidates) {
      if (outerBound.contains(r.variable()) || !settled.add(components.find(r.variable()))) {
        continue;
      }
      ops.add(new LogicalOp.Scan(r.variable(), r.type(),
          bindingFilters.getOrDefault(r.variable(), List.of())));
      bound.add(r.variable());
    }

    expansions(traversals, bound, bindingFilters, ops);

    for (Map.Entry<String, List<Condition>> e : bindingFilters.entrySet()) {
      if (outerBound.contains(e.getKey())) {
        e.getValue().forEach(c -> ops.add(new LogicalOp.Filter(c)));
      }
    }
    for (MatchClause.Filter f : filters) {
      ops.add(new LogicalOp.Filter(new Condition.Compare(f.left(), f.op(), f.right())));
    }
    for (MatchClause.Negation n : negations) {
      ops.add(new LogicalOp.AntiJoin(n.outerVariables().get(0), lower(n.block(), bound)));
    }
    return ops;
  }

  /** Traversal passes (semantics.md §2.1 step 4). */
  private static void expansions(List<MatchClause.Traversal> traversals, Set<String> bound,
      Map<String, List<Condition>> bindingFilters, List<LogicalOp> ops) {
    List<MatchClause.Traversal> remaining = traversals;
    boolean progress = true;
    while (progress && !remaining.isEmpty()) {
      progress = false;
      List<MatchClause.Traversal> next = new ArrayList<>();
      for (MatchClause.Traversal t : remaining) {
        String s = t.source().variable();
        String d = t.destination().variable();
        boolean sourceBound = !t.source().isAnonymous() && bound.contains(s);
        boolean destinationBound = !t.destination().isAnonymous() && bound.contains(d);
        if (!sourceBound && !destinationBound) {
          next.add(t);
          continue;
        }
        progress = true;
        if (sourceBound && destinationBound) {
          String temp = TEMP_PREFIX + d;
          ops.add(new LogicalOp.Expand(s, temp, t.edge(), t.direction(), t.destination().type(),
              t.minHops(), t.maxHops(), List.of()));
          ops.add(new LogicalOp.Filter(new Condition.SameNode(temp, d)));
        } else if (sourceBound) {
          ops.add(new LogicalOp.Expand(s, d, t.edge(), t.direction(), t.destination().type(),
              t.minHops(), t.maxHops(), deferred(d, t.destination().isAnonymous(), bindingFilters)));
          if (!t.destination().isAnonymous()) {
            bound.add(d);
          }
        } else {
          ops.add(new LogicalOp.Expand(d, s, t.edge(), opposite(t.direction()),
              t.source().type(), t.minHops(), t.maxHops(),
              deferred(s, t.source().isAnonymous(), bindingFilters)));
          if (!t.source().isAnonymous()) {
            bound.add(s);
          }
        }
      }
      remaining = next;
    }
  }

  private static List<Condition> deferred(String variable, boolean anonymous,
      Map<String, List<Condition>> bindingFilters) {
    return anonymous ? List.of() : bindingFilters.getOrDefault(variable, List.of());
  }

  /**
   * Ours (semantics.md §3.1): a component without a binding clause is rooted at the first named
   * variable of its first traversal, as if bound there.
   */
  private static void addImplicitRoots(List<MatchClause> clauses, UnionFind components,
      Set<String> explicitlyBound, List<RootCandidate> candidates) {
    Set<String> withBinding = new LinkedHashSet<>();
    explicitlyBound.forEach(v -> withBinding.add(components.find(v)));
    Set<String> done = new LinkedHashSet<>();
    for (int i = 0; i < clauses.size(); i++) {
      if (!(clauses.get(i) instanceof MatchClause.Traversal t)) {
        continue;
      }
      String named = !t.source().isAnonymous() ? t.source().variable()
          : !t.destination().isAnonymous() ? t.destination().variable() : null;
      if (named == null) {
        continue;
      }
      String comp = components.find(named);
      if (withBinding.contains(comp) || !done.add(comp)) {
        continue;
      }
      NodeType type = named.equals(t.source().variable()) && !t.source().isAnonymous()
          ? t.source().type() : t.destination().type();
      candidates.add(new RootCandidate(i, named, type));
    }
  }

  private static Condition propertyMatch(String variable, NodeType type, PropertyMatch m) {
    return new Condition.Compare(new TypedExpr.PropertyRef(variable, type, m.property()),
        m.membership() ? CompOp.CONTAINS : CompOp.EQ, m.value());
  }

  static Direction opposite(Direction d) {
    return d == Direction.OUT ? Direction.IN : Direction.OUT;
  }

  /** A binding (explicit or implicit) at a clause position: a possible component root. */
  private record RootCandidate(int clause, String variable, NodeType type) {}

  /** Connected components of variables. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String v) {
      parent.putIfAbsent(v, v);
    }

    boolean contains(String v) {
      return parent.containsKey(v);
    }

    String find(String v) {
      String p = parent.get(v);
      if (p.equals(v)) {
        return v;
      }
      String root = find(p);
      parent.put(v, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }
}
