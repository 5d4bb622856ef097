package dev.omnigraph.schema.compiler;

import java.util.Arrays;

/**
 * JSON text exactly as serde_json writes it. {@link JsonText} instances write the compact form
 * (no whitespace); {@link #pretty(String)} re-lays compact text out as serde_json's pretty printer
 * does (two-space indent, {@code "key": value}, empty containers as {@code []} and {@code {}}).
 * Strings escape {@code "}, {@code \}, {@code \b \f \n \r \t} and other control characters as
 * lower-case <code>&#92;u00xx</code>; everything else, {@code /} and non-ASCII included, is
 * written raw.
 */
final class JsonText {
  private final StringBuilder out;
  /** Per open container: whether it has an element yet. */
  private boolean[] hasElement = new boolean[16];
  private int depth;
  private boolean afterKey;

  /** @param capacity expected length of the output, to spare the buffer's regrowth */
  JsonText(int capacity) {
    this.out = new StringBuilder(capacity);
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
    out.append(':');
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

  /** serde_json's pretty layout of compact JSON text (as written by this class). */
  static String pretty(String compact) {
    return new Pretty(compact).layout();
  }

  /** One pass over compact text into a growing char buffer. */
  private static final class Pretty {
    private final String in;
    private char[] out;
    private int o;
    private int depth;

    Pretty(String compact) {
      in = compact;
      out = new char[compact.length() * 3];
    }

    String layout() {
      int n = in.length();
      for (int i = 0; i < n; i++) {
        char c = in.charAt(i);
        switch (c) {
          case '"' -> {
            int end = endOfString(i);
            reserve(end - i);
            in.getChars(i, end, out, o);
            o += end - i;
            i = end - 1;
          }
          case '{', '[' -> {
            put(c);
            char close = c == '{' ? '}' : ']';
            if (i + 1 < n && in.charAt(i + 1) == close) {
              put(close); // empty: {} or []
              i++;
            } else {
              depth++;
              newline();
            }
          }
          case '}', ']' -> {
            depth--;
            newline();
            put(c);
          }
          case ',' -> {
            put(',');
            newline();
          }
          case ':' -> {
            put(':');
            put(' ');
          }
          default -> put(c);
        }
      }
      return new String(out, 0, o);
    }

    /** The index just after the string literal starting at {@code start}. */
    private int endOfString(int start) {
      int i = start + 1;
      while (in.charAt(i) != '"') {
        i += in.charAt(i) == '\\' ? 2 : 1;
      }
      return i + 1;
    }

    private void newline() {
      reserve(1 + 2 * depth);
      out[o++] = '\n';
      for (int k = 2 * depth; k > 0; k--) {
        out[o++] = ' ';
      }
    }

    private void put(char c) {
      reserve(1);
      out[o++] = c;
    }

    private void reserve(int chars) {
      if (o + chars > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, o + chars));
      }
    }
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
    depth--;
    out.append(bracket);
    return this;
  }

  /** Before an element: nothing right after a key, else a comma unless it is the first. */
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
