package dev.omnigraph.plan;

import dev.omnigraph.query.ast.CompOp;
import java.util.Set;
import java.util.TreeSet;

/** {@code left op right} over one match row (semantics.md §4). */
public record Comparison(RowExpr left, CompOp op, RowExpr right) {

  /** The slots the comparison reads. */
  public Set<Integer> slots() {
    Set<Integer> out = new TreeSet<>();
    for (RowExpr e : new RowExpr[] {left, right}) {
      if (e instanceof RowExpr.Prop p) {
        out.add(p.slot());
      } else if (e instanceof RowExpr.NodeId n) {
        out.add(n.slot());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return left + " " + op.symbol() + " " + right;
  }
}
