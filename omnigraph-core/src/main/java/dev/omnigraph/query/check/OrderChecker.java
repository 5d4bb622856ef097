package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ast.Ordering;
import dev.omnigraph.query.ir.OrderKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Checks order keys, then the search-ordering rules T21 (rrf), T17 and T18 (nearest). */
final class OrderChecker {
  private OrderChecker() {}

  static List<OrderKey> check(List<Ordering> order, Long limit, ExprChecker exprs,
      AliasTable aliases) {
    List<OrderKey> keys = new ArrayList<>();
    for (Ordering o : order) {
      keys.add(new OrderKey(exprs.check(o.expr()), o.descending()));
    }
    boolean rrf = order.stream().anyMatch(o -> contains(o.expr(), Expr.Rrf.class::isInstance,
        aliases, new HashSet<>()));
    boolean nearest = order.stream().anyMatch(o -> contains(o.expr(),
        Expr.Nearest.class::isInstance, aliases, new HashSet<>()));
    if (rrf && limit == null) {
      throw TypeErrors.coded("T21: rrf ordering requires a limit clause");
    }
    if (nearest && limit == null) {
      throw TypeErrors.coded("T17: nearest ordering requires a limit clause");
    }
    if (nearest && order.stream().anyMatch(o -> o.expr() instanceof Expr.AliasRef)) {
      throw TypeErrors.coded(
          "T18: alias-based ordering is not supported together with nearest in phase 1");
    }
    return keys;
  }

  /**
   * Whether {@code expr} is or contains a call matching {@code target}, looking through
   * aggregates, search-call arguments and aliases (each alias followed once). A nearest inside
   * rrf is rrf's own and does not count (T21 covers it).
   */
  private static boolean contains(Expr expr, Predicate<Expr> target, AliasTable aliases,
      Set<String> seen) {
    if (target.test(expr)) {
      return true;
    }
    if (expr instanceof Expr.Aggregate a) {
      return contains(a.arg(), target, aliases, seen);
    } else if (expr instanceof Expr.Search s) {
      return contains(s.field(), target, aliases, seen) || contains(s.query(), target, aliases, seen);
    } else if (expr instanceof Expr.MatchText m) {
      return contains(m.field(), target, aliases, seen) || contains(m.query(), target, aliases, seen);
    } else if (expr instanceof Expr.Bm25 b) {
      return contains(b.field(), target, aliases, seen) || contains(b.query(), target, aliases, seen);
    } else if (expr instanceof Expr.Fuzzy f) {
      return contains(f.field(), target, aliases, seen) || contains(f.query(), target, aliases, seen)
          || (f.maxEdits() != null && contains(f.maxEdits(), target, aliases, seen));
    } else if (expr instanceof Expr.AliasRef a) {
      Expr source = aliases.source(a.name());
      if (source == null || !seen.add(a.name())) {
        return false;
      }
      boolean found = contains(source, target, aliases, seen);
      seen.remove(a.name());
      return found;
    }
    return false;
  }
}
