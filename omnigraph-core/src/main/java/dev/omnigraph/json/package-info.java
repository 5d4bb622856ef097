/**
 * JSON value encoding shared by everything that prints values: export lines, query result rows,
 * CLI output (semantics.md §5.3, §13). Numbers use the shortest digits that round-trip (float32
 * values as float32) laid out like the reference's JSON writer; control characters in strings
 * get six-character escapes with lower-case hex digits. Trees are written in the compact and
 * pretty layouts of serde_json (cli.md §0). Internal API shared by the query, CLI and server layers.
 */
package dev.omnigraph.json;
