package dev.omnigraph.schema.compiler;

import java.util.Arrays;

/**
 * A streaming JSON writer that produces byte-for-byte what serde_json writes: compact (no
 * whitespace) or pretty (two-space indent, {@code "key": value}, empty containers as {@code []}
 * and {@code {}}). Strings escape {@code "}, {@code \}, {@code \b \f \n \r \t} and other control
 * characters as lower-case <code>&#92;u00xx</code>; everything else, {@code /} and non-ASCII included, is
 * written raw.
 */
final class JsonText {
  private static final String INDENT = " ".repeat(64);

  private final StringBuilder out = new StringBuilder(1 << 16);
  private final boolean pretty;
  /** Per open container: whether it has an element yet. */
  private boolean[] hasElement = new boolean[16];
  private int depth;
  private boolean afterKey;

  JsonText(boolean pretty) {
    this.pretty = pretty;
  }

  JsonText beginObject() {
    return open('{');
  }

  JsonText endObject() {
    return close('}');
  }

  JsonText beginArray() {
    return open('[');
  }

  JsonText endArray() {
    return close(']');
  }

  JsonText key(String name) {
    separate();
    string(name);
    out.append(pretty ? ": " : ":");
    afterKey = true;
    return this;
  }

  JsonText value(String s) {
    separate();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  JsonText value(boolean b) {
    separate();
    out.append(b);
    return this;
  }

  /** A number (or {@code null}) already in its JSON text form. */
  JsonText raw(String numberText) {
    separate();
    out.append(numberText);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonText open(char bracket) {
    separate();
    out.append(bracket);
    if (++depth == hasElement.length) {
      hasElement = Arrays.copyOf(hasElement, depth * 2);
    }
    hasElement[depth] = false;
    return this;
  }

  private JsonText close(char bracket) {
    boolean any = hasElement[depth--];
    if (pretty && any) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  /** Before an element: nothing after a key, else a comma unless first, and pretty indentation. */
  private void separate() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (hasElement[depth]) {
      out.append(',');
    }
    hasElement[depth] = true;
    if (pretty) {
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    for (int left = 2 * depth; left > 0; left -= INDENT.length()) {
      out.append(INDENT, 0, Math.min(left, INDENT.length()));
    }
  }

  private void string(String s) {
    out.append('"');
    if (!needsEscape(s)) {
      out.append(s).append('"');
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xF, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }
}
