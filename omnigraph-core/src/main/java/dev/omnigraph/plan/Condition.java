package dev.omnigraph.plan;

import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.query.ir.TypedExpr;
import java.util.LinkedHashSet;
import java.util.Set;

/** A row condition of the logical pipeline (semantics.md §2). */
public sealed interface Condition {

  /** The match variables the condition reads. */
  Set<String> variables();

  /**
   * {@code left op right}: a filter clause, or a binding's property match ({@code p = v}, or
   * {@code p contains v} on a list property).
   */
  record Compare(TypedExpr left, CompOp op, TypedExpr right) implements Condition {
    @Override
    public Set<String> variables() {
      Set<String> out = new LinkedHashSet<>();
      Exprs.collectVariables(left, out);
      Exprs.collectVariables(right, out);
      return out;
    }

    @Override
    public String toString() {
      return Exprs.render(left) + " " + op.symbol() + " " + Exprs.render(right);
    }
  }

  /** {@code left.id = right.id}: closes a cycle after an expansion into a temporary variable. */
  record SameNode(String left, String right) implements Condition {
    @Override
    public Set<String> variables() {
      return new LinkedHashSet<>(java.util.List.of(left, right));
    }

    @Override
    public String toString() {
      return left + ".id = " + right + ".id";
    }
  }
}
