package dev.omnigraph.query.ast;

import java.util.List;

/** A literal (languages.md §1.4, §3.5). There is no null literal and no negative number. */
public sealed interface Literal extends MatchValue {

  /** A decoded {@code "…"} string. */
  record Str(String value) implements Literal {}

  /** A digit string read as a signed 64-bit integer. */
  record Int(long value) implements Literal {}

  /** {@code digits.digits}. */
  record Float(double value) implements Literal {}

  /** {@code true} / {@code false}. */
  record Bool(boolean value) implements Literal {}

  /** {@code date("…")}: the text is validated at execution, not here. */
  record Date(String text) implements Literal {}

  /** {@code datetime("…")}: the text is validated at execution, not here. */
  record DateTime(String text) implements Literal {}

  /** {@code [l1, l2, …]}. */
  record ListLit(List<Literal> items) implements Literal {
    public ListLit {
      items = List.copyOf(items);
    }
  }
}
