package dev.omnigraph.query.ast;

import java.util.List;

/** The body of a query: either a read ({@code match … return …}) or mutation statements. */
public sealed interface QueryBody {

  /**
   * {@code match { … } return { … } order { … } limit N}.
   *
   * @param match       the match clauses in source order (at least one)
   * @param projections the return projections in source order (at least one)
   * @param order       the order keys in source order (possibly empty)
   * @param limit       the limit, or null when absent; values above {@link Long#MAX_VALUE} are
   *                    clamped to it (no result can be that large)
   */
  record Read(List<Clause> match, List<Projection> projections, List<Ordering> order, Long limit)
      implements QueryBody {
    public Read {
      match = List.copyOf(match);
      projections = List.copyOf(projections);
      order = List.copyOf(order);
    }
  }

  /** One or more statements, run in source order. */
  record Mutation(List<Statement> statements) implements QueryBody {
    public Mutation {
      statements = List.copyOf(statements);
    }
  }
}
