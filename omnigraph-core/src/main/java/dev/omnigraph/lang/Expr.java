package dev.omnigraph.lang;

import java.util.List;

/**
 * A parsing-expression-grammar expression, as written on the right-hand side of a {@link Grammar}
 * rule. Build expressions with the static factories ({@code import static
 * dev.omnigraph.lang.Expr.*}); the notation mirrors the reference's pest grammars:
 *
 * <table>
 *   <caption>pest notation and the matching factory</caption>
 *   <tr><th>pest</th><th>here</th></tr>
 *   <tr><td>{@code "text"}</td><td>{@link #lit(String)}</td></tr>
 *   <tr><td>{@code 'a'..'z'}</td><td>{@link #range(char, char)}</td></tr>
 *   <tr><td>{@code a ~ b}</td><td>{@link #seq(Expr...)}</td></tr>
 *   <tr><td>{@code a | b}</td><td>{@link #choice(Expr...)}</td></tr>
 *   <tr><td>{@code a? a* a+}</td><td>{@link #opt(Expr)}, {@link #star(Expr)}, {@link #plus(Expr)}</td></tr>
 *   <tr><td>{@code !a &a}</td><td>{@link #not(Expr)}, {@link #and(Expr)}</td></tr>
 *   <tr><td>{@code rule_name}</td><td>{@link #ref(String)}</td></tr>
 *   <tr><td>{@code ANY SOI EOI ASCII_DIGIT …}</td><td>the constants of this interface</td></tr>
 * </table>
 *
 * <p>Expressions are plain immutable values; {@link Grammar.Builder#build()} compiles them.
 */
public sealed interface Expr {

  /** A case-sensitive character sequence. */
  record Literal(String text) implements Expr {
    public Literal {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("empty literal");
      }
    }
  }

  /** One code point in {@code [first, last]}. */
  record CharRange(int first, int last) implements Expr {}

  /** Any one code point. */
  record AnyChar() implements Expr {}

  /** Succeeds only at the start of the input; consumes nothing. */
  record StartOfInput() implements Expr {}

  /** Every item in order, with implicit whitespace between items in non-atomic rules. */
  record Sequence(List<Expr> items) implements Expr {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** Ordered choice: the first alternative that matches wins and is never revisited. */
  record Choice(List<Expr> alternatives) implements Expr {
    public Choice {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** Zero or one. */
  record Optional(Expr expr) implements Expr {}

  /** Zero or more, greedy. */
  record ZeroOrMore(Expr expr) implements Expr {}

  /** One or more, greedy (pest: {@code e ~ e*}). */
  record OneOrMore(Expr expr) implements Expr {}

  /** Negative look-ahead: succeeds, consuming nothing, when {@code expr} does not match. */
  record NotAhead(Expr expr) implements Expr {}

  /** Positive look-ahead: succeeds, consuming nothing, when {@code expr} matches. */
  record AndAhead(Expr expr) implements Expr {}

  /** A call of another rule of the grammar, by name. */
  record RuleRef(String name) implements Expr {}

  /** Any one code point (pest {@code ANY}). */
  Expr ANY = new AnyChar();
  /** Start of input (pest {@code SOI}); not a rule, never reported. */
  Expr SOI = new StartOfInput();
  /** End of input (pest {@code EOI}): a built-in rule, reported as {@code EOI} when it fails. */
  Expr EOI = new RuleRef(Grammar.EOI);
  /** {@code '0'..'9'}. */
  Expr ASCII_DIGIT = range('0', '9');
  /** {@code 'a'..'z'}. */
  Expr ASCII_ALPHA_LOWER = range('a', 'z');
  /** {@code 'A'..'Z'}. */
  Expr ASCII_ALPHA_UPPER = range('A', 'Z');
  /** ASCII letters. */
  Expr ASCII_ALPHA = choice(ASCII_ALPHA_LOWER, ASCII_ALPHA_UPPER);
  /** ASCII letters and digits. */
  Expr ASCII_ALPHANUMERIC = choice(ASCII_ALPHA_LOWER, ASCII_ALPHA_UPPER, ASCII_DIGIT);

  static Expr lit(String text) {
    return new Literal(text);
  }

  static Expr range(char first, char last) {
    return new CharRange(first, last);
  }

  static Expr seq(Expr... items) {
    return items.length == 1 ? items[0] : new Sequence(List.of(items));
  }

  static Expr choice(Expr... alternatives) {
    return alternatives.length == 1 ? alternatives[0] : new Choice(List.of(alternatives));
  }

  static Expr opt(Expr expr) {
    return new Optional(expr);
  }

  static Expr star(Expr expr) {
    return new ZeroOrMore(expr);
  }

  static Expr plus(Expr expr) {
    return new OneOrMore(expr);
  }

  static Expr not(Expr expr) {
    return new NotAhead(expr);
  }

  static Expr and(Expr expr) {
    return new AndAhead(expr);
  }

  static Expr ref(String ruleName) {
    return new RuleRef(ruleName);
  }
}
