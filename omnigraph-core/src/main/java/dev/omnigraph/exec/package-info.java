/**
 * The read executor: runs a {@link dev.omnigraph.plan.PhysicalPlan} over one snapshot. Match rows
 * are columns of node handles (one int per bound variable) pushed in batches through the
 * operators; property values are read from columns only where a filter, a key or a projection
 * needs them. Tables come from the in-memory store ({@link dev.omnigraph.exec.store}) when they
 * fit the cache budget, else straight from storage (scans with SQL filters, id lookups, edge
 * lookups by endpoint). Internal API.
 */
package dev.omnigraph.exec;
