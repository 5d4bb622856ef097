/**
 * Writes JSON text exactly as the reference does: the compact and pretty layouts of serde_json
 * (cli.md §0), its string escaping and number layout (semantics.md §5.3). Internal API shared by
 * the query, CLI and server layers.
 */
package dev.omnigraph.json;
