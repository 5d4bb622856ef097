package dev.omnigraph.plan;

import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.schema.PropType;

/**
 * One result column: a row expression, or an aggregate of one.
 *
 * @param name      the column name (semantics.md §5.1)
 * @param type      the column type (semantics.md §5.2)
 * @param expr      the value per match row (for an aggregate: its argument)
 * @param aggregate the aggregate function, or null for a plain column (a group key in an
 *                  aggregate query)
 */
public record OutputColumn(String name, PropType type, RowExpr expr, AggFunc aggregate) {
  public boolean isAggregate() {
    return aggregate != null;
  }

  @Override
  public String toString() {
    String value = aggregate == null ? expr.toString() : aggregate.keyword() + "(" + expr + ")";
    return value + " as " + name + ": " + type;
  }
}
