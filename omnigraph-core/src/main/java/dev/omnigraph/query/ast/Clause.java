package dev.omnigraph.query.ast;

import java.util.List;

/**
 * A clause of a {@code match} block. A search clause ({@code search(…)} written alone) is parsed
 * into the {@link Filter} {@code search(…) = true}, as the reference does (languages.md §3.4).
 */
public sealed interface Clause {

  /** {@code $variable: TypeName { prop: value, … }}. */
  record Binding(String variable, String typeName, List<PropMatch> matches) implements Clause {
    public Binding {
      matches = List.copyOf(matches);
    }
  }

  /**
   * {@code $src edge{min,max} $dst}; without bounds min = max = 1.
   *
   * @param maxHops null for the open form {@code {min,}}
   */
  record Traversal(String src, String edgeWord, long minHops, Long maxHops, String dst)
      implements Clause {}

  /** {@code left op right}. */
  record Filter(Expr left, CompOp op, Expr right) implements Clause {}

  /** {@code not { clause+ }}. */
  record Negation(List<Clause> clauses) implements Clause {
    public Negation {
      clauses = List.copyOf(clauses);
    }
  }
}
