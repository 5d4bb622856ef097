/**
 * JSON text exactly as the reference writes it, shared by export, query results, the CLI and the
 * server (semantics.md §5.3, §13, cli.md §0): {@link dev.omnigraph.json.JsonWriter} lays out Jackson
 * trees compact or pretty; {@link dev.omnigraph.json.JsonBytes} streams values straight to UTF-8;
 * {@link dev.omnigraph.json.JsonNumbers} gives the shortest round-trip digits (float32 values as
 * float32) in the reference's number layout; {@link dev.omnigraph.json.JsonStrings} escapes
 * strings (control characters as six-character escapes with lower-case hex digits).
 */
package dev.omnigraph.json;
