/**
 * Write-time constraint checks shared by every write path (JSONL load, mutations, merges):
 * required values, {@code @range}, {@code @check}, enum membership, {@code @key}/{@code @unique}
 * within one write and against stored rows, and {@code @card} (semantics.md §11). Rows are
 * {@code Object[]} in {@link dev.omnigraph.constraint.ColumnLayout} order holding canonical values
 * ({@link dev.omnigraph.table.CellValues}). Messages are the exact user-facing texts; callers add
 * their own prefixes (the loader's {@code line n: }).
 */
package dev.omnigraph.constraint;
