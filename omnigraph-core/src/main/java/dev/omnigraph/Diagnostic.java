package dev.omnigraph;

/**
 * One finding about source text (a schema or a query).
 *
 * @param code    stable rule code, e.g. {@code grammar}, {@code S-K2}, {@code T4}
 * @param message the finding without any prefix
 * @param line    1-based line, or 0 when the finding has no position
 * @param column  1-based column in Unicode characters, or 0 when the finding has no position
 * @param rendered the full user-facing text (e.g. the positioned multi-line grammar report)
 */
public record Diagnostic(String code, String message, int line, int column, String rendered) {
  public boolean hasPosition() {
    return line > 0;
  }

  /** The user-facing text of this finding. */
  public String render() {
    return rendered;
  }
}
