package dev.omnigraph.lang;

/** Decoding of literal tokens shared by both languages (languages.md §1.4). */
public final class Literals {
  /** Diagnostic code of a rejected string escape. */
  public static final String ESCAPE = "escape";

  /** Rust's {@code ParseIntError} text for a value above the target type's maximum. */
  public static final String TOO_LARGE = "number too large to fit in target type";

  private Literals() {}

  /**
   * Decodes a string token: strips the surrounding double quotes when present and resolves the
   * escapes {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}. Text without quotes (an
   * identifier or number used where a value is expected) is returned unchanged.
   *
   * @throws ParseFailure {@code unsupported escape sequence: \{c}} for any other escape
   */
  public static String decodeString(String raw) {
    String inner = raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")
        ? raw.substring(1, raw.length() - 1)
        : raw;
    int backslash = inner.indexOf('\\');
    if (backslash < 0) {
      return inner;
    }
    StringBuilder out = new StringBuilder(inner.length());
    out.append(inner, 0, backslash);
    int i = backslash;
    while (i < inner.length()) {
      char c = inner.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= inner.length()) {
        throw ParseFailure.semantic(ESCAPE, "unterminated escape sequence");
      }
      int escaped = inner.codePointAt(i + 1);
      switch (escaped) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        default -> throw ParseFailure.semantic(ESCAPE,
            "unsupported escape sequence: \\" + Character.toString(escaped));
      }
      i += 1 + Character.charCount(escaped);
    }
    return out.toString();
  }

  /**
   * Parses a string of ASCII digits (leading zeros allowed) as an unsigned value no larger than
   * {@code max}, as Rust's {@code str::parse::<u32>()} / {@code ::<i64>()} do.
   *
   * @return the value, or -1 when it exceeds {@code max} (the caller reports {@link #TOO_LARGE})
   */
  public static long parseUnsigned(String digits, long max) {
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        throw new IllegalArgumentException("not a digit string: " + digits);
      }
      if (value > (max - d) / 10) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /**
   * Parses a float token ({@code 1.5}, {@code -40.0}, or an integer token too large for 64 bits)
   * as Rust's {@code str::parse::<f64>()} does: correctly rounded, and infinite beyond the f64
   * range rather than an error.
   */
  public static double parseFloat(String token) {
    return Double.parseDouble(token);
  }

  /** Whether the text is empty after trimming whitespace as Rust's {@code str::trim} does. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isRustWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Unicode {@code White_Space}, which Rust's {@code char::is_whitespace} tests. */
  static boolean isRustWhitespace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
  }
}
