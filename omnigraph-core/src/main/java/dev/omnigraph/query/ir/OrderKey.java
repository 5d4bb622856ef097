package dev.omnigraph.query.ir;

/**
 * One order key. Execution supports a property of a bound variable (an unaliased projected group
 * key in an aggregate query), a resolved {@link TypedExpr.AliasRef}, and as the first key a search
 * ordering; other shapes fail at execution (languages.md §3.10).
 *
 * @param expr       the key
 * @param descending true for {@code desc} (ignored on a search ordering)
 */
public record OrderKey(TypedExpr expr, boolean descending) {}
