/**
 * The checked, typed form of one query: what the type checker ({@link dev.omnigraph.query.check})
 * hands to the planner and executor. Every name is resolved against the catalog (node and edge
 * types, properties), every variable has its node type, every traversal its edge type, direction
 * and hop bounds, every expression its type and kind (property, parameter, constant, …), every
 * projection its result column name and type. Nothing here needs the catalog again.
 *
 * <p>Reading a {@link dev.omnigraph.query.ir.ReadQuery}: lower {@code match()} with the algorithm
 * of semantics.md §2 (clauses are kept in source order; a search clause is a
 * {@link dev.omnigraph.query.ir.MatchClause.Filter} whose left side is a search call), then
 * project {@code projections()} (grouping when {@code isAggregate()}), order by {@code order()}
 * and cut to {@code limit()}. Reading a {@link dev.omnigraph.query.ir.MutationQuery}: run
 * {@code statements()} in order. Parameter values are looked up by name in the bound parameters
 * ({@link dev.omnigraph.query.bind.BoundParams}). Internal API.
 */
package dev.omnigraph.query.ir;
