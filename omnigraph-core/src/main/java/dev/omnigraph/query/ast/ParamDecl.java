package dev.omnigraph.query.ast;

/**
 * A declared parameter {@code $name: T} or {@code $name: T?}.
 *
 * @param name     the name without {@code $}
 * @param typeText the type as the reference spells it: a base type ({@code I32}), a list
 *                 ({@code [String]}) or a vector with its digits as written ({@code Vector(4)})
 * @param nullable whether the declaration ends with {@code ?}
 */
public record ParamDecl(String name, String typeText, boolean nullable) {}
