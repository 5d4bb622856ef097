/**
 * The read-query planner. {@link dev.omnigraph.plan.Lowering} turns a checked
 * {@link dev.omnigraph.query.ir.ReadQuery} into the reference's linear operator pipeline
 * (semantics.md §2: scans, expansions, filters, anti-joins; {@link dev.omnigraph.plan.LogicalPlan}),
 * and {@link dev.omnigraph.plan.PhysicalPlanner} turns that into what the executor runs
 * ({@link dev.omnigraph.plan.PhysicalPlan}): root accesses (key lookups or scans with their
 * filters pushed down), expansions with destination filters, reachability checks for cycle-closing
 * traversals, filters and anti-joins placed as early as their variables allow, and the result stage
 * (projection, grouping, ordering, limit). Moving a filter or an anti-join earlier never changes the
 * rows or their order: each is a conjunct that keeps or drops whole rows and preserves order.
 * Plans are immutable and print as indented text ({@code toString}). Internal API.
 */
package dev.omnigraph.plan;
