package dev.omnigraph.query.ir;

import dev.omnigraph.schema.PropType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked read query.
 *
 * @param name             the query name
 * @param params           see {@link CheckedQuery#params()}
 * @param referencedParams see {@link CheckedQuery#referencedParams()}
 * @param match            the top-level match block
 * @param projections      the return projections in order; one result column each
 * @param order            the order keys in order (possibly empty)
 * @param limit            the limit, or null when absent
 */
public record ReadQuery(String name, Map<String, PropType> params, Set<String> referencedParams,
    MatchBlock match, List<Projection> projections, List<OrderKey> order, Long limit)
    implements CheckedQuery {

  public ReadQuery {
    params = IrCollections.copyOf(params);
    referencedParams = IrCollections.copyOf(referencedParams);
    projections = List.copyOf(projections);
    order = List.copyOf(order);
  }

  /** True when a projection is an aggregate call: rows are grouped (languages.md §3.9). */
  public boolean isAggregate() {
    return projections.stream().anyMatch(Projection::isAggregate);
  }

  /** In an aggregate query, the non-aggregate projections: the group keys, in order. */
  public List<Projection> groupKeys() {
    return isAggregate()
        ? projections.stream().filter(p -> !p.isAggregate()).toList()
        : List.of();
  }

  /** The result column names in projection order (duplicates kept, semantics.md §5.1). */
  public List<String> columns() {
    return projections.stream().map(Projection::column).toList();
  }

  /**
   * The first order key when it is a search ordering ({@code nearest}, {@code bm25}, {@code rrf}):
   * rows then come in search order and the other keys are ignored (languages.md §3.10); else null.
   */
  public TypedExpr searchOrdering() {
    if (order.isEmpty()) {
      return null;
    }
    TypedExpr first = order.get(0).expr();
    return first instanceof TypedExpr.Nearest || first instanceof TypedExpr.Bm25
        || first instanceof TypedExpr.Rrf ? first : null;
  }
}
