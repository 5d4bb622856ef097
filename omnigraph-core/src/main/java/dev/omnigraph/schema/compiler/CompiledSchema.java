package dev.omnigraph.schema.compiler;

import dev.omnigraph.schema.Catalog;

/**
 * The result of compiling a schema: the catalog and its canonical IR.
 *
 * @param catalog      the immutable catalog built from the IR
 * @param irJson       the canonical IR, compact JSON
 * @param irPrettyJson the canonical IR, pretty-printed (2-space indent)
 * @param irHash       {@code sha256:} + lower-case hex SHA-256 of {@code irJson}
 */
public record CompiledSchema(Catalog catalog, String irJson, String irPrettyJson, String irHash) {}
