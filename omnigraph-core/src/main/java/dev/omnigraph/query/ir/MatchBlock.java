package dev.omnigraph.query.ir;

import dev.omnigraph.schema.NodeType;
import java.util.List;
import java.util.Map;

/**
 * The clauses of a {@code match} block or of a {@code not { }} block, in source order.
 *
 * @param clauses   the clauses in source order
 * @param variables the variables this block introduces (by a binding or as a traversal endpoint),
 *                  in order of introduction, with their node types; for a negation block only
 *                  the variables local to it. A traversal's anonymous endpoint {@code $_} is
 *                  never listed (a binding {@code $_: T} declares an ordinary variable {@code _}).
 */
public record MatchBlock(List<MatchClause> clauses, Map<String, NodeType> variables) {
  public MatchBlock {
    clauses = List.copyOf(clauses);
    variables = IrCollections.copyOf(variables);
  }
}
