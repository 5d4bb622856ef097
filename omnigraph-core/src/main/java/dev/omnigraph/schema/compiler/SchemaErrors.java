package dev.omnigraph.schema.compiler;

import dev.omnigraph.Diagnostic;
import dev.omnigraph.SchemaException;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.lang.TextPosition;

/**
 * The public {@link SchemaException}s of the compiler: parse failures (phases 1–5, already in
 * their wire form) and catalog errors (phases 6–7, {@code catalog error: {message}}).
 */
final class SchemaErrors {
  private static final String CATALOG = "catalog error: ";

  private SchemaErrors() {}

  static SchemaException parse(ParseFailure failure) {
    return new SchemaException(failure.diagnostic());
  }

  static SchemaException catalog(String code, String message) {
    return new SchemaException(new Diagnostic(code, message, 0, 0, CATALOG + message));
  }

  /**
   * A catalog error about a declaration at a known place: {@code {message} (at {line}:{column})},
   * the position also being the diagnostic's.
   */
  static SchemaException catalogAt(String code, String message, TextPosition position) {
    String text = message + " (at " + position + ")";
    return new SchemaException(
        new Diagnostic(code, text, position.line(), position.column(), CATALOG + text));
  }
}
