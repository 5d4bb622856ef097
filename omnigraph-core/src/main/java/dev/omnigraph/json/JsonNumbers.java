package dev.omnigraph.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.core.io.schubfach.FloatToDecimal;
import java.util.function.Predicate;

/**
 * Floating-point numbers in the reference's JSON layout (semantics.md §5.3): the shortest digits
 * that round-trip, plain for decimal exponents −5…15 ({@code 30.0}, {@code 0.001234}), else
 * scientific ({@code 1e+16}, {@code 2.5e-7}). JDK 17's {@code Double.toString} is not always
 * shortest, so the digits come from Schubfach (jackson-core).
 */
public final class JsonNumbers {
  private JsonNumbers() {}

  /** A float64 as JSON text; non-finite values are the strings' contents {@code NaN} etc. */
  public static String formatDouble(double v) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    return layout(DoubleToDecimal.toString(v), t -> Double.parseDouble(t) == v);
  }

  /** A float32 with the shortest digits that round-trip as float32 ({@code 1.1}, not widened). */
  public static String formatFloat(float v) {
    if (!Float.isFinite(v)) {
      return nonFinite(v);
    }
    return layout(FloatToDecimal.toString(v), t -> Float.parseFloat(t) == v);
  }

  /** True when the value is written as a JSON string ({@code "NaN"}, {@code "Infinity"}, …). */
  public static boolean isNonFinite(double v) {
    return !Double.isFinite(v);
  }

  private static String nonFinite(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return v > 0 ? "Infinity" : "-Infinity";
  }

  /**
   * Re-lays out Java's rendering ({@code 1.0E16}, {@code 0.001}, {@code 12.5}) per §5.3.
   * {@code roundTrips} tells whether a decimal text reads back as the value.
   */
  private static String layout(String java, Predicate<String> roundTrips) {
    boolean negative = java.startsWith("-");
    String s = negative ? java.substring(1) : java;
    int e = s.indexOf('E');
    String mantissa = e < 0 ? s : s.substring(0, e);
    int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String intPart = mantissa.substring(0, dot);
    String digits = intPart + mantissa.substring(dot + 1);
    // value = 0.digits × 10^(exp + intPart.length()); normalise to d1.d2… × 10^E
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    int pointExp = exp + intPart.length() - lead - 1;
    digits = strip(digits.substring(lead));
    if (digits.length() == 2) {
      // Java prints at least two digits; the shortest form may have one (5e-324, not 4.9e-324).
      long rounded = Math.round(Integer.parseInt(digits) / 10.0);
      String candidate = rounded + "e" + pointExp;
      if (roundTrips.test(candidate)) {
        digits = rounded == 10 ? "1" : Long.toString(rounded);
        pointExp = rounded == 10 ? pointExp + 1 : pointExp;
      }
    }
    String body;
    if (digits.equals("0")) {
      body = "0.0";
    } else if (pointExp >= -5 && pointExp <= 15) {
      body = plain(digits, pointExp);
    } else {
      body = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e"
          + (pointExp < 0 ? "-" : "+") + Math.abs(pointExp);
    }
    return negative ? "-" + body : body;
  }

  private static String plain(String digits, int exp) {
    int n = digits.length();
    if (n - 1 <= exp) {
      return digits + "0".repeat(exp - (n - 1)) + ".0";
    }
    if (exp >= 0) {
      return digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }
    return "0." + "0".repeat(-exp - 1) + digits;
  }

  private static String strip(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }
}
