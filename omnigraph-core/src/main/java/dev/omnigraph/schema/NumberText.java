package dev.omnigraph.schema;

import java.math.BigDecimal;

/** Number renderings shared by the schema IR and messages. */
final class NumberText {
  private NumberText() {}

  /**
   * Rust's {@code {:?}} of an f64: shortest round-trip digits, always with a fractional part for
   * integral values ({@code 0.0}, {@code -40.0}, {@code 1e16} stays plain as Rust prints it).
   */
  static String rustDebug(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    if (!s.contains(".")) {
      s = s + ".0";
    }
    if (v == 0 && 1 / v < 0) {
      return "-0.0";
    }
    return s;
  }
}
