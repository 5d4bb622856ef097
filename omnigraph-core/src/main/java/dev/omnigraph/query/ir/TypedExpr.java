package dev.omnigraph.query.ir;

import dev.omnigraph.query.ast.AggFunc;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;

/**
 * A checked expression with its {@link #type()}. Where an expression may stand and what execution
 * supports there is in languages.md §3.5–3.10; the checker accepts some shapes that execution
 * rejects (e.g. a search call as a projection), and the executor reports those.
 */
public sealed interface TypedExpr
    permits ValueOperand, TypedExpr.PropertyRef, TypedExpr.NodeRef, TypedExpr.Aggregate,
        TypedExpr.AliasRef, TypedExpr.Search, TypedExpr.Fuzzy, TypedExpr.MatchText,
        TypedExpr.Bm25, TypedExpr.Nearest, TypedExpr.Rrf {

  /** The checked type. */
  ExprType type();

  /** {@code $variable.property}: the property of the node bound to the variable. */
  record PropertyRef(String variable, NodeType nodeType, Property property) implements TypedExpr {
    @Override
    public ExprType type() {
      return new ExprType.Scalar(property.type());
    }
  }

  /** A bare match variable {@code $variable}: the node (projected as its {@code id}). */
  record NodeRef(String variable, NodeType nodeType) implements TypedExpr {
    @Override
    public ExprType type() {
      return new ExprType.Node(nodeType);
    }
  }

  /** {@code count|sum|avg|min|max(argument)}. */
  record Aggregate(AggFunc func, TypedExpr argument) implements TypedExpr {
    @Override
    public ExprType type() {
      return new ExprType.Aggregate();
    }
  }

  /**
   * A bare identifier naming an {@code as} alias.
   *
   * @param alias      the alias
   * @param projection the index of the projection it names (the last one with that alias among
   *                   those before this point), or -1 when no such alias was defined yet
   * @param type       that projection's expression type, or aggregate when unresolved
   */
  record AliasRef(String alias, int projection, ExprType type) implements TypedExpr {
    /** True when the alias names a projection. */
    public boolean isResolved() {
      return projection >= 0;
    }
  }

  /** {@code search(field, query)}: full-text match (Bool). */
  record Search(TypedExpr field, TypedExpr query) implements TypedExpr {
    @Override
    public ExprType type() {
      return bool();
    }
  }

  /**
   * {@code fuzzy(field, query[, maxEdits])}: full-text match with edits (Bool).
   *
   * @param maxEdits an integer expression, or null for the default (2)
   */
  record Fuzzy(TypedExpr field, TypedExpr query, TypedExpr maxEdits) implements TypedExpr {
    @Override
    public ExprType type() {
      return bool();
    }
  }

  /** {@code match_text(field, query)}: phrase match (Bool). */
  record MatchText(TypedExpr field, TypedExpr query) implements TypedExpr {
    @Override
    public ExprType type() {
      return bool();
    }
  }

  /** {@code bm25(field, query)}: BM25 score (F64, higher is better). */
  record Bm25(TypedExpr field, TypedExpr query) implements TypedExpr {
    @Override
    public ExprType type() {
      return f64();
    }
  }

  /**
   * {@code nearest($variable.property, query[, metric])}: distance (F64, smaller is closer).
   *
   * @param property  the non-list {@code Vector(N)} property searched
   * @param dimension N
   * @param query     a {@code Vector(N)} parameter, a numeric list constant of N elements, or a
   *                  String (embedded at query time)
   * @param metric    the metric, {@link NearestMetric#COSINE} when none was named
   */
  record Nearest(String variable, NodeType nodeType, Property property, int dimension,
      TypedExpr query, NearestMetric metric) implements TypedExpr {
    @Override
    public ExprType type() {
      return f64();
    }
  }

  /**
   * {@code rrf(primary, secondary[, k])}: reciprocal rank fusion score (F64).
   *
   * @param primary   a {@link Nearest} or {@link Bm25}
   * @param secondary a {@link Nearest} or {@link Bm25}
   * @param k         an integer expression, or null for the default (60)
   */
  record Rrf(TypedExpr primary, TypedExpr secondary, TypedExpr k) implements TypedExpr {
    @Override
    public ExprType type() {
      return f64();
    }
  }

  private static ExprType bool() {
    return new ExprType.Scalar(PropType.of(ScalarType.BOOL, false));
  }

  private static ExprType f64() {
    return new ExprType.Scalar(PropType.of(ScalarType.F64, false));
  }
}
