package dev.omnigraph.query.ast;

/**
 * The grammar's {@code match_value}: the value side of a property match, a mutation assignment or
 * a mutation predicate.
 */
public sealed interface MatchValue permits Literal, MatchValue.Variable, MatchValue.Now {

  /** {@code $name} (a parameter reference once type-checked). */
  record Variable(String name) implements MatchValue {}

  /** {@code now()}. */
  record Now() implements MatchValue {}
}
