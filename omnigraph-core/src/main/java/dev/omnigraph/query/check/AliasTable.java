package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.Expr;
import dev.omnigraph.query.ir.ExprType;
import dev.omnigraph.query.ir.TypedExpr;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code as} aliases defined so far by the return clause. A later projection with the same
 * alias replaces an earlier one, as in the reference's map.
 */
final class AliasTable {
  private record Entry(int projection, ExprType type, Expr source) {}

  private final Map<String, Entry> entries = new HashMap<>();

  void define(String alias, int projection, ExprType type, Expr source) {
    entries.put(alias, new Entry(projection, type, source));
  }

  /** The alias reference: resolved when defined, else unresolved and typed aggregate (no error). */
  TypedExpr.AliasRef resolve(String alias) {
    Entry e = entries.get(alias);
    return e == null
        ? new TypedExpr.AliasRef(alias, -1, new ExprType.Aggregate())
        : new TypedExpr.AliasRef(alias, e.projection(), e.type());
  }

  /** The written expression the alias names, or null. */
  Expr source(String alias) {
    Entry e = entries.get(alias);
    return e == null ? null : e.source();
  }
}
