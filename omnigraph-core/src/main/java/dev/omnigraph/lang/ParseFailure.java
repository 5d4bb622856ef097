package dev.omnigraph.lang;

import dev.omnigraph.Diagnostic;

/**
 * A source text was rejected while parsing: either by the grammar ({@link #grammar}) or by a
 * check the parser makes on what the grammar accepted ({@link #semantic}). {@link #getMessage()}
 * is the exact wire text; language front ends catch this and rethrow their public exception type
 * with {@link #diagnostic()}.
 */
public final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Diagnostic code of grammar errors. */
  public static final String GRAMMAR = "grammar";

  private static final String PREFIX = "parse error: ";

  private final transient Diagnostic diagnostic;
  private final transient SyntaxError syntaxError;

  private ParseFailure(Diagnostic diagnostic, SyntaxError syntaxError) {
    super(diagnostic.render());
    this.diagnostic = diagnostic;
    this.syntaxError = syntaxError;
  }

  /**
   * A grammar error: {@code parse error: } followed by the positioned pest report; the
   * diagnostic's message is the expectation line ({@code expected type_name}).
   */
  public static ParseFailure grammar(SyntaxError error) {
    TextPosition at = error.position();
    return new ParseFailure(new Diagnostic(GRAMMAR, error.message(), at.line(), at.column(),
        PREFIX + error.report()), error);
  }

  /**
   * A semantic parse error: no position and a doubled prefix,
   * {@code parse error: parse error: {message}} (languages.md §6.2).
   *
   * @param code the rule's stable diagnostic code
   */
  public static ParseFailure semantic(String code, String message) {
    return new ParseFailure(new Diagnostic(code, message, 0, 0, PREFIX + PREFIX + message), null);
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** The grammar error, or null for a semantic error. */
  public SyntaxError syntaxError() {
    return syntaxError;
  }
}
