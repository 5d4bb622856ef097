package dev.omnigraph.constraint;

/**
 * One broken rule of one row.
 *
 * @param rule     which kind of rule
 * @param order    the rule's position among the rules of its kind (their canonical order), or the
 *                 column position for required and enum checks
 * @param property the property concerned (the first column for multi-column rules), or null
 * @param message  the exact user-facing text, without any prefix
 */
public record Violation(Rule rule, int order, String property, String message) {

  /** Rule kinds in checking order (semantics.md §11). */
  public enum Rule {
    /** A non-nullable property without a value. */
    REQUIRED,
    /** {@code @range}. */
    RANGE,
    /** {@code @check}, including an invalid pattern. */
    CHECK,
    /** Enum membership. */
    ENUM,
    /** {@code @key} or {@code @unique} between rows of the same write. */
    UNIQUE_IN_WRITE,
    /** {@code @unique} against a stored row (a conflict, HTTP 409). */
    UNIQUE_STORED,
    /** {@code @card} of an edge type. */
    CARDINALITY
  }
}
