package dev.omnigraph;

import java.util.List;

/**
 * A load was rejected because of its input (HTTP 400); nothing was written. {@link #getMessage()}
 * is the first error's exact text; {@link #errors()} lists up to 20 errors in the order the spec
 * reports them (shape errors by line, then per type and rule, semantics.md §12.3).
 */
public final class LoadException extends BadRequestException {
  /** The most errors one exception carries. */
  public static final int MAX_ERRORS = 20;

  private final List<LoadError> errors;

  public LoadException(List<LoadError> errors) {
    super(errors.get(0).message());
    this.errors = List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
  }

  /** The errors found, first one first (at most {@link #MAX_ERRORS}). */
  public List<LoadError> errors() {
    return errors;
  }
}
