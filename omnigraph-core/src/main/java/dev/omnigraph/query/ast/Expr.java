package dev.omnigraph.query.ast;

/** An expression (the grammar's {@code expr}); nullable components are documented per record. */
public sealed interface Expr {

  /** {@code now()}. */
  record Now() implements Expr {}

  /** {@code $variable.property}. */
  record PropAccess(String variable, String property) implements Expr {}

  /**
   * {@code nearest($variable.property, query[, "metric"])}.
   *
   * @param metric the metric string as written (decoded), or null for the default
   */
  record Nearest(String variable, String property, Expr query, String metric) implements Expr {}

  /** {@code search(field, query)}. */
  record Search(Expr field, Expr query) implements Expr {}

  /** {@code fuzzy(field, query[, maxEdits])}; {@code maxEdits} is null when absent. */
  record Fuzzy(Expr field, Expr query, Expr maxEdits) implements Expr {}

  /** {@code match_text(field, query)}. */
  record MatchText(Expr field, Expr query) implements Expr {}

  /** {@code bm25(field, query)}. */
  record Bm25(Expr field, Expr query) implements Expr {}

  /**
   * {@code rrf(primary, secondary[, k])}; the grammar only lets {@link Nearest} or {@link Bm25}
   * stand as the rank expressions; {@code k} is null when absent.
   */
  record Rrf(Expr primary, Expr secondary, Expr k) implements Expr {}

  /** A bare {@code $name}: a parameter if declared, else a match variable. */
  record Variable(String name) implements Expr {}

  /** A literal value. */
  record Lit(Literal value) implements Expr {}

  /** {@code count|sum|avg|min|max(arg)}. */
  record Aggregate(AggFunc func, Expr arg) implements Expr {}

  /** A bare identifier: a reference to an {@code as} alias. */
  record AliasRef(String name) implements Expr {}
}
