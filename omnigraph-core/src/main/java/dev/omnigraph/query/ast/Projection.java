package dev.omnigraph.query.ast;

/** {@code expr [as alias]} in a return clause; {@code alias} is null when absent. */
public record Projection(Expr expr, String alias) {}
