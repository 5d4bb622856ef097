package dev.omnigraph.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import com.fasterxml.jackson.core.io.schubfach.FloatToDecimal;

/**
 * Text of floating-point numbers (semantics.md §5.3). The digits are the shortest that round-trip
 * (Schubfach; float32 values round-trip as float32, DECISIONS 17), laid out by the reference's
 * rule: plain notation for decimal exponents −5 … 15 ({@code 30.0}, {@code 0.001234}), otherwise
 * scientific ({@code 1e+16}, {@code 2.5e-7}). Non-finite values are not JSON numbers: callers
 * print them as strings ({@link #nonFinite}).
 */
public final class JsonNumbers {
  private JsonNumbers() {}

  /**
   * The JSON text of a float64: {@code 30.0}, {@code 0.1}, {@code 1e+16}; for NaN and the
   * infinities the contents of the string that stands for them ({@link #nonFinite}).
   */
  public static String formatDouble(double v) {
    return Double.isFinite(v) ? layout(Digits.of(v)) : nonFinite(v);
  }

  /**
   * The JSON text of a float32 with the shortest digits that round-trip as float32: {@code 1.1},
   * not {@code 1.100000023841858}; non-finite values as for {@link #formatDouble}.
   */
  public static String formatFloat(float v) {
    return Float.isFinite(v) ? layout(Digits.of(v)) : nonFinite(v);
  }

  /** True when the value is written as a JSON string ({@code "NaN"}, {@code "Infinity"}, …). */
  public static boolean isNonFinite(double v) {
    return !Double.isFinite(v);
  }

  /** {@code NaN}, {@code Infinity} or {@code -Infinity}: the string form of a non-finite value. */
  public static String nonFinite(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return v > 0 ? "Infinity" : "-Infinity";
  }

  /**
   * Shortest round-trip digits of a float64 in plain decimal notation without an exponent and
   * without a trailing {@code .0}: {@code 300}, {@code 150.5}, {@code -40}, {@code 0.0000001}.
   * Used in constraint messages (semantics.md §11). NaN and infinities print as {@code NaN},
   * {@code inf}, {@code -inf}.
   */
  public static String plain(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return plainText(Digits.of(v));
  }

  /** Like {@link #plain(double)} with the shortest digits that round-trip as float32. */
  public static String plain32(float v) {
    if (!Float.isFinite(v)) {
      return plain((double) v);
    }
    return plainText(Digits.of(v));
  }

  private static String plainText(Digits d) {
    StringBuilder b = new StringBuilder(d.negative ? "-" : "");
    if (d.digits.isEmpty()) {
      return b.append('0').toString();
    }
    int n = d.digits.length();
    if (d.exponent >= n - 1) {
      b.append(d.digits).append("0".repeat(d.exponent - (n - 1)));
    } else if (d.exponent >= 0) {
      b.append(d.digits, 0, d.exponent + 1).append('.').append(d.digits, d.exponent + 1, n);
    } else {
      b.append("0.").append("0".repeat(-d.exponent - 1)).append(d.digits);
    }
    return b.toString();
  }

  private static String layout(Digits d) {
    StringBuilder b = new StringBuilder(24);
    if (d.negative) {
      b.append('-');
    }
    if (d.digits.isEmpty()) {
      return b.append("0.0").toString();
    }
    int n = d.digits.length();
    int e = d.exponent;
    if (e >= -5 && e <= 15) {
      if (n - 1 <= e) {
        b.append(d.digits).append("0".repeat(e - (n - 1))).append(".0");
      } else if (e >= 0) {
        b.append(d.digits, 0, e + 1).append('.').append(d.digits, e + 1, n);
      } else {
        b.append("0.").append("0".repeat(-e - 1)).append(d.digits);
      }
      return b.toString();
    }
    b.append(d.digits.charAt(0));
    if (n > 1) {
      b.append('.').append(d.digits, 1, n);
    }
    return b.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e)).toString();
  }

  /**
   * Shortest digits {@code d1 d2 … dn} (no leading or trailing zeros; empty for zero) and the
   * decimal exponent E with value = d1.d2…dn × 10^E.
   */
  private record Digits(boolean negative, String digits, int exponent) {
    static Digits of(double v) {
      Digits d = parse(DoubleToDecimal.toString(v), v < 0 || (v == 0 && 1 / v < 0));
      if (Math.abs(v) < Double.MIN_NORMAL && d.digits.length() == 2) {
        return d.oneDigit(s -> Double.parseDouble(s) == Math.abs(v));
      }
      return d;
    }

    static Digits of(float v) {
      Digits d = parse(FloatToDecimal.toString(v), v < 0 || (v == 0 && 1 / v < 0));
      if (Math.abs(v) < Float.MIN_NORMAL && d.digits.length() == 2) {
        return d.oneDigit(s -> Float.parseFloat(s) == Math.abs(v));
      }
      return d;
    }

    /**
     * Java's algorithm prefers the closest two-digit decimal when a one-digit one also
     * round-trips (it happens only among subnormals: {@code 4.9E-324}); the shortest form wants
     * the one digit ({@code 5e-324}), as the reference prints.
     */
    private Digits oneDigit(java.util.function.Predicate<String> roundTrips) {
      int first = digits.charAt(0) - '0';
      boolean up = digits.charAt(1) >= '5'; // try the closer one-digit decimal first
      for (int d : up ? new int[] {first + 1, first} : new int[] {first, first + 1}) {
        String text = d + "e" + (d == 10 ? exponent + 1 : exponent);
        if (roundTrips.test(text)) {
          return d == 10 ? new Digits(negative, "1", exponent + 1)
              : new Digits(negative, Integer.toString(d), exponent);
        }
      }
      return this;
    }

    /** Parses Java's {@code Double.toString} form: {@code 123.45}, {@code 1.0E16}, {@code 1.5E-7}. */
    private static Digits parse(String text, boolean negative) {
      String s = text.startsWith("-") ? text.substring(1) : text;
      int exp = 0;
      int e = s.indexOf('E');
      if (e >= 0) {
        exp = Integer.parseInt(s.substring(e + 1));
        s = s.substring(0, e);
      }
      int dot = s.indexOf('.');
      String intPart = dot < 0 ? s : s.substring(0, dot);
      String fracPart = dot < 0 ? "" : s.substring(dot + 1);
      String all = intPart + fracPart;
      int exponent = exp + intPart.length() - 1;
      int start = 0;
      while (start < all.length() && all.charAt(start) == '0') {
        start++;
        exponent--;
      }
      int end = all.length();
      while (end > start && all.charAt(end - 1) == '0') {
        end--;
      }
      return new Digits(negative, all.substring(start, end), exponent);
    }
  }
}
