package dev.omnigraph.json;

/**
 * JSON string escaping of semantics.md §5.3: {@code "} and {@code \} escaped, U+0008/9/A/C/D as
 * {@code \b \t \n \f \r}, other code points below U+0020 as six-character escapes with
 * lower-case hex digits; {@code /}, U+007F and every non-ASCII character unescaped.
 */
public final class JsonStrings {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /** The quoted JSON form of a string. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    appendQuoted(b, s);
    return b.toString();
  }

  /** Appends the quoted JSON form of a string. */
  public static void appendQuoted(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escape(c);
      if (esc != null) {
        b.append(esc);
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  /** The escape sequence of a character that needs one, else null. */
  static String escape(int c) {
    if (c >= 0x20 && c != '"' && c != '\\') {
      return null;
    }
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> "\\u00" + HEX[(c >> 4) & 0xF] + HEX[c & 0xF];
    };
  }
}
