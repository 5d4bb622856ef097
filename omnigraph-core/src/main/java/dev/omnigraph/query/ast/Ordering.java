package dev.omnigraph.query.ast;

/** An order key; {@code descending} is false for {@code asc} and for no direction. */
public record Ordering(Expr expr, boolean descending) {}
