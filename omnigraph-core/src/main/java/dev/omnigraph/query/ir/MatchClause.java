package dev.omnigraph.query.ir;

import dev.omnigraph.query.ast.CompOp;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import java.util.List;

/** A checked clause of a match block. */
public sealed interface MatchClause {

  /**
   * {@code $variable: Type { … }}: the variable ranges over the nodes of {@code type}; every
   * property match must hold. A variable bound twice (to the same type) has two bindings.
   */
  record NodeBinding(String variable, NodeType type, List<PropertyMatch> matches)
      implements MatchClause {
    public NodeBinding {
      matches = List.copyOf(matches);
    }
  }

  /**
   * {@code $src edge{min,max} $dst} with its direction inferred (languages.md §3.4).
   *
   * @param source      the endpoint written first, with its node type
   * @param edge        the resolved edge type (the edge word matched exactly or case-insensitively)
   * @param direction   {@link Direction#OUT}: {@code source} is the edge's From side and
   *                    {@code destination} its To side; {@link Direction#IN}: the reverse
   * @param minHops     at least 1
   * @param maxHops     at least {@code minHops}
   * @param destination the endpoint written second, with its node type
   */
  record Traversal(Endpoint source, EdgeType edge, Direction direction, long minHops, long maxHops,
      Endpoint destination) implements MatchClause {}

  /**
   * {@code left op right}. When {@link #isSearch()} this is a search clause: the reference (and
   * we) apply it as the positive search on the field's variable regardless of op and right side.
   */
  record Filter(TypedExpr left, CompOp op, TypedExpr right) implements MatchClause {
    /** True when the left side is {@code search}, {@code fuzzy} or {@code match_text}. */
    public boolean isSearch() {
      return left instanceof TypedExpr.Search || left instanceof TypedExpr.Fuzzy
          || left instanceof TypedExpr.MatchText;
    }
  }

  /**
   * {@code not { … }}: a row survives iff the block has no solution extending it.
   *
   * @param block          the inner clauses; {@code block.variables()} are local to it
   * @param outerVariables the variables bound outside the block that its direct clauses mention,
   *                       distinct, in the order of semantics.md §2.1 step 6 (traversal source,
   *                       traversal destination, filter left, filter right, binding variable,
   *                       clause by clause): the first is the anti-join key; never empty (T9)
   */
  record Negation(MatchBlock block, List<String> outerVariables) implements MatchClause {
    public Negation {
      outerVariables = List.copyOf(outerVariables);
    }
  }
}
