package dev.omnigraph.lang;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;

/**
 * Renderings of f64 values exactly as the reference prints them. Both use the shortest decimal
 * digits that round-trip (JDK 17's {@code Double.toString} is not always shortest, so the digits
 * come from the Schubfach algorithm and are then laid out Rust's way). Checked against Rust and
 * serde_json on 200,000 random values.
 */
public final class FloatText {
  private FloatText() {}

  /**
   * Rust's {@code format!("{:?}", v)}: {@code 0.5}, {@code -40.0}, {@code 1e16}, {@code 1.5e-5},
   * {@code NaN}, {@code inf}. Exponent form when {@code |v| >= 1e16} or {@code 0 < |v| < 1e-4}.
   */
  public static String rustDebug(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return sign(v) + "0.0";
    }
    double abs = Math.abs(v);
    Decimal d = Decimal.of(abs).roundingTiesUp(abs);
    String body = abs < 1e-4 || abs >= 1e16 ? d.scientific() : d.plain();
    return sign(v) + body;
  }

  /**
   * serde_json's rendering of a finite f64 (the ryu crate): plain decimal with {@code .0} on
   * integral values while {@code 1e-5 <= |v| < 1e16}, else {@code 1e16} / {@code 1.5e-7} form.
   * Non-finite values are written as {@code null}.
   */
  public static String json(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "null";
    }
    if (v == 0) {
      return sign(v) + "0.0";
    }
    Decimal d = Decimal.of(Math.abs(v));
    boolean plain = d.pointPos > -5 && d.pointPos <= 16;
    return sign(v) + (plain ? d.plain() : d.scientific());
  }

  private static String sign(double v) {
    return (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "";
  }

  /**
   * A positive finite value as {@code 0.digits × 10^pointPos}: digits without leading or trailing
   * zeros, i.e. {@code 10^(pointPos-1) <= v < 10^pointPos}.
   */
  private record Decimal(String digits, int pointPos) {
    static Decimal of(double v) {
      Decimal d = parse(DoubleToDecimal.toString(v));
      // Java may print two digits where one suffices (subnormals such as 4.9E-324); Rust and ryu
      // print the shortest, so try the one-digit neighbours, keeping the closer.
      if (d.digits.length() != 2) {
        return d;
      }
      int first = d.digits.charAt(0) - '0';
      Decimal down = new Decimal(Integer.toString(first), d.pointPos);
      Decimal up = first == 9 ? new Decimal("1", d.pointPos + 1)
          : new Decimal(Integer.toString(first + 1), d.pointPos);
      boolean downOk = down.value() == v;
      boolean upOk = up.value() == v;
      if (downOk && upOk) {
        BigDecimal exact = new BigDecimal(v);
        return exact.subtract(down.exact()).abs().compareTo(up.exact().subtract(exact).abs()) <= 0
            ? down : up;
      }
      return downOk ? down : upOk ? up : d;
    }

    private static Decimal parse(String java) {
      int e = java.indexOf('E');
      String mantissa = e < 0 ? java : java.substring(0, e);
      int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
      int dot = mantissa.indexOf('.');
      String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
      int pointPos = dot + exponent;
      int lead = 0;
      while (lead < all.length() - 1 && all.charAt(lead) == '0') {
        lead++;
      }
      int end = all.length();
      while (end > lead + 1 && all.charAt(end - 1) == '0') {
        end--;
      }
      return new Decimal(all.substring(lead, end), pointPos - lead);
    }

    /**
     * When the value lies exactly halfway between these digits and the next larger ones, Rust's
     * shortest formatting takes the larger (Schubfach and ryu take the even one).
     */
    Decimal roundingTiesUp(double v) {
      BigDecimal exact = new BigDecimal(v);
      BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(pointPos - digits.length());
      BigDecimal here = exact();
      if (exact.subtract(here).multiply(BigDecimal.valueOf(2)).compareTo(unit) != 0) {
        return this;
      }
      BigDecimal up = here.add(unit).stripTrailingZeros();
      String upDigits = up.unscaledValue().toString();
      Decimal candidate = new Decimal(upDigits, upDigits.length() - up.scale());
      return candidate.value() == v ? candidate : this;
    }

    BigDecimal exact() {
      return new BigDecimal("0." + digits + "E" + pointPos);
    }

    double value() {
      return exact().doubleValue();
    }

    /** {@code 1234.5}, {@code 1200.0}, {@code 0.00012}. */
    String plain() {
      int n = digits.length();
      if (pointPos <= 0) {
        return "0." + "0".repeat(-pointPos) + digits;
      }
      if (n <= pointPos) {
        return digits + "0".repeat(pointPos - n) + ".0";
      }
      return digits.substring(0, pointPos) + "." + digits.substring(pointPos);
    }

    /** {@code 1e16}, {@code 1.5e-7}. */
    String scientific() {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return mantissa + "e" + (pointPos - 1);
    }
  }
}
