package dev.omnigraph.query.ast;

/** {@code property: value} inside a binding's braces. */
public record PropMatch(String property, MatchValue value) {}
