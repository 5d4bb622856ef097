package dev.omnigraph.schema;

import dev.omnigraph.lang.FloatText;

/** Number renderings shared by the schema IR and messages. */
final class NumberText {
  private NumberText() {}

  /**
   * Rust's {@code {:?}} of an f64: shortest round-trip digits, {@code .0} on integral values, and
   * exponent form for very large or small magnitudes ({@code 0.5}, {@code -40.0}, {@code 1e16}).
   */
  static String rustDebug(double v) {
    return FloatText.rustDebug(v);
  }
}
