/**
 * JSON value encoding shared by everything that prints values: export lines, query result rows,
 * CLI output (semantics.md §5.3, §13). Numbers use the shortest digits that round-trip (float32
 * values as float32) laid out like the reference's JSON writer; control characters in strings
 * get six-character escapes with lower-case hex digits; output goes straight to UTF-8 bytes.
 */
package dev.omnigraph.json;
