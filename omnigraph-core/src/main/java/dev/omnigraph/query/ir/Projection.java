package dev.omnigraph.query.ir;

import dev.omnigraph.schema.PropType;

/**
 * One result column.
 *
 * @param expr       the projected expression
 * @param alias      the {@code as} alias, or null
 * @param column     the column name (semantics.md §5.1): the alias, else {@code x.p} for a
 *                   property, {@code x} for a variable or parameter, {@code literal}, {@code now},
 *                   the argument's name for an aggregate, the function name for a search call;
 *                   names may repeat
 * @param columnType the column type (semantics.md §5.2): a node variable gives a non-null String
 *                   (its id); an integer parameter I64 and a float parameter F64 (lists and
 *                   vectors likewise: {@code [I64]}, {@code [F64]}); {@code count} a non-null I64,
 *                   {@code sum}/{@code avg} a nullable F64, {@code min}/{@code max} the argument's
 *                   type made nullable; search scores a non-null F64. A parameter bound to null
 *                   yields an all-null String column whatever its declared type.
 */
public record Projection(TypedExpr expr, String alias, String column, PropType columnType) {
  /** True for {@code count/sum/avg/min/max(…)}. */
  public boolean isAggregate() {
    return expr instanceof TypedExpr.Aggregate;
  }
}
