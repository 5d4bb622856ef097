package dev.omnigraph;

import java.util.List;

/**
 * A schema ({@code .pg}) was rejected. {@link #getMessage()} is the exact wire text
 * ({@code parse error: ...} or {@code catalog error: ...}); {@link #diagnostics()} carries the
 * individual findings with their position where the grammar gives one.
 */
public final class SchemaException extends BadRequestException {
  private final List<Diagnostic> diagnostics;

  public SchemaException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public SchemaException(Diagnostic diagnostic) {
    this(diagnostic.render(), List.of(diagnostic));
  }

  /** The findings, first one first; never empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
