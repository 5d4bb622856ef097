/**
 * The JSONL bulk loader (semantics.md §12, engine.md §8): records are read and converted one at a
 * time, checked, buffered per type into Arrow batches of about 8,192 rows and staged as data files
 * as the batches fill; one commit publishes every table at the end, or nothing is published.
 * Memory holds the current batches and compact per-type key sets (ids, {@code @unique} tuples,
 * {@code @card} counts, unresolved edge endpoints), never the input.
 */
package dev.omnigraph.load;
