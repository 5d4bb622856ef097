package dev.omnigraph.query.bind;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/** JSON value kinds and numbers as the binder needs them. */
final class JsonKinds {
  private JsonKinds() {}

  /** {@code null}, {@code boolean}, {@code number}, {@code string}, {@code array}, {@code object}. */
  static String name(JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return "null";
    } else if (node.isBoolean()) {
      return "boolean";
    } else if (node.isNumber()) {
      return "number";
    } else if (node.isTextual()) {
      return "string";
    } else if (node.isArray()) {
      return "array";
    }
    return "object";
  }

  /**
   * The integer a JSON number denotes: an integer literal, or a number with a zero fraction
   * ({@code 3.0}, {@code 1e2}; DECISIONS 7). Null for other numbers and non-numbers.
   */
  static BigInteger integral(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (!node.isNumber()) {
      return null;
    }
    BigDecimal value;
    if (node.isBigDecimal()) {
      value = node.decimalValue();
    } else {
      double d = node.doubleValue();
      if (!Double.isFinite(d)) {
        return null;
      }
      value = new BigDecimal(d);
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException notIntegral) {
      return null;
    }
  }
}
