package dev.omnigraph.query.ast;

/** Filter and mutation-predicate operators. */
public enum CompOp {
  EQ("="),
  NE("!="),
  GT(">"),
  LT("<"),
  GE(">="),
  LE("<="),
  CONTAINS("contains");

  private final String symbol;

  CompOp(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written. */
  public String symbol() {
    return symbol;
  }

  /** The operator written {@code text}, or null. */
  public static CompOp fromSymbol(String text) {
    for (CompOp op : values()) {
      if (op.symbol.equals(text)) {
        return op;
      }
    }
    return null;
  }
}
