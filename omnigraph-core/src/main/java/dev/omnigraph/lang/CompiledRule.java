package dev.omnigraph.lang;

/**
 * A rule ready to run. {@code ordinal} orders rules in error messages as pest's {@code Rule} enum
 * does: {@code EOI} first, then the rules in declaration order.
 */
final class CompiledRule {
  enum Kind {
    /** Builds a node, is tracked for errors, implicit whitespace between its elements. */
    NORMAL,
    /** Like NORMAL, but no implicit whitespace inside and nothing inside is a node or tracked. */
    ATOMIC,
    /** Neither a node nor tracked; its elements behave as if written in the calling rule. */
    SILENT
  }

  final String name;
  final int ordinal;
  final Kind kind;
  Matcher body;

  CompiledRule(String name, int ordinal, Kind kind) {
    this.name = name;
    this.ordinal = ordinal;
    this.kind = kind;
  }

  @Override
  public String toString() {
    return name;
  }
}
