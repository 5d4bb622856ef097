package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Clause;
import dev.omnigraph.query.ast.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outer-bound variables a negation block's direct clauses mention (rule T9), in the order of
 * semantics.md §2.1 step 6: per clause, traversal source then destination, the variables of a
 * filter's left then right side, a binding's variable. Nested negations do not count.
 */
final class OuterReferences {
  private OuterReferences() {}

  static List<String> of(List<Clause> clauses, Set<String> outer) {
    Set<String> found = new LinkedHashSet<>();
    for (Clause clause : clauses) {
      List<String> mentioned = new ArrayList<>();
      if (clause instanceof Clause.Traversal t) {
        mentioned.add(t.src());
        mentioned.add(t.dst());
      } else if (clause instanceof Clause.Filter f) {
        collect(f.left(), mentioned);
        collect(f.right(), mentioned);
      } else if (clause instanceof Clause.Binding b) {
        mentioned.add(b.variable());
      }
      mentioned.stream().filter(outer::contains).forEach(found::add);
    }
    return List.copyOf(found);
  }

  /** Variables of an expression as the reference's {@code expr_references_any} sees them. */
  private static void collect(Expr expr, List<String> out) {
    if (expr instanceof Expr.PropAccess p) {
      out.add(p.variable());
    } else if (expr instanceof Expr.Variable v) {
      out.add(v.name());
    } else if (expr instanceof Expr.Nearest n) {
      out.add(n.variable());
      collect(n.query(), out);
    } else if (expr instanceof Expr.Search s) {
      collect(s.field(), out);
      collect(s.query(), out);
    } else if (expr instanceof Expr.Fuzzy f) {
      collect(f.field(), out);
      collect(f.query(), out);
      collectOptional(f.maxEdits(), out);
    } else if (expr instanceof Expr.MatchText m) {
      collect(m.field(), out);
      collect(m.query(), out);
    } else if (expr instanceof Expr.Bm25 b) {
      collect(b.field(), out);
      collect(b.query(), out);
    } else if (expr instanceof Expr.Rrf r) {
      collect(r.primary(), out);
      collect(r.secondary(), out);
      collectOptional(r.k(), out);
    } else if (expr instanceof Expr.Aggregate a) {
      collect(a.arg(), out);
    }
  }

  private static void collectOptional(Expr expr, List<String> out) {
    if (expr != null) {
      collect(expr, out);
    }
  }
}
