/**
 * Syntax tree of a {@code .gq} query file (languages.md §3.1), as written: names are unresolved,
 * nothing is type-checked. Produced by {@link dev.omnigraph.query.parse.QueryParser}, consumed by
 * the type checker in {@link dev.omnigraph.query.check}. Internal API.
 */
package dev.omnigraph.query.ast;
