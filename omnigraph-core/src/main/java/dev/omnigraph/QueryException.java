package dev.omnigraph;

import java.util.List;

/**
 * A query ({@code .gq}) or a request to run one was rejected (HTTP 400). {@link #getMessage()} is
 * the exact wire text: {@code parse error: …} (with the positioned report for grammar errors),
 * {@code type error: …}, or the bare message of a request error (query selection, parameter
 * binding; languages.md §6.1).
 */
public final class QueryException extends BadRequestException {

  /** What rejected the query. */
  public enum Kind {
    /** The file does not parse (grammar or a semantic parse check). */
    PARSE,
    /** The selected query does not type-check (languages.md §4). */
    TYPE,
    /** The request around the query is wrong: selection, parameters, query kind. */
    REQUEST
  }

  private final Kind kind;
  private final List<Diagnostic> diagnostics;

  public QueryException(Kind kind, String message, List<Diagnostic> diagnostics) {
    super(message);
    this.kind = kind;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A type error: the message gets the {@code type error: } prefix; the code is the rule's. */
  public static QueryException type(String code, String message) {
    String text = "type error: " + message;
    return new QueryException(Kind.TYPE, text, List.of(new Diagnostic(code, message, 0, 0, text)));
  }

  /** A request error: the message is sent as is. */
  public static QueryException request(String message) {
    return new QueryException(Kind.REQUEST, message,
        List.of(new Diagnostic("request", message, 0, 0, message)));
  }

  public Kind kind() {
    return kind;
  }

  /** The findings, first one first; never empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
