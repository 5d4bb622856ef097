/**
 * NDJSON export of a snapshot (semantics.md §13, engine.md §10): tables in table-key byte order,
 * rows by id, one JSON object per line in the format the loader reads back. The selection and the
 * target are validated before the first byte is written (DECISIONS 14); rows stream in batches.
 */
package dev.omnigraph.export;
