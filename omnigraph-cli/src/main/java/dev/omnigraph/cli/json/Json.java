package dev.omnigraph.cli.json;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values in the reference CLI's style (cli.md §0): pretty output with two-space
 * indentation, {@code "key": value} and one member or element per line ({@code []} / {@code {}}
 * when empty), or compact output without any spaces. Strings are escaped as semantics.md §5.3.
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link String}, integral numbers ({@link Integer},
 * {@link Long}, {@link BigInteger}), {@link JsonNumber}, {@link Map} (in iteration order) and
 * {@link List}. Floating-point Java numbers are refused: their text must come from the engine.
 */
public final class Json {
  private Json() {}

  /** Pretty JSON, without a trailing newline. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0, true);
    return out.toString();
  }

  /** Compact JSON: {@code {"a":1,"b":[1,2]}}. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0, false);
    return out.toString();
  }

  /** A JSON string literal of {@code s}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    writeString(out, s);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int depth, boolean pretty) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeString(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof BigInteger || value instanceof JsonNumber) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(out, map, depth, pretty);
    } else if (value instanceof List<?> list) {
      writeArray(out, list, depth, pretty);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(StringBuilder out, Map<?, ?> map, int depth, boolean pretty) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      newline(out, depth + 1, pretty);
      writeString(out, (String) e.getKey());
      out.append(pretty ? ": " : ":");
      write(out, e.getValue(), depth + 1, pretty);
      if (it.hasNext()) {
        out.append(',');
      }
    }
    newline(out, depth, pretty);
    out.append('}');
  }

  private static void writeArray(StringBuilder out, List<?> list, int depth, boolean pretty) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      newline(out, depth + 1, pretty);
      write(out, list.get(i), depth + 1, pretty);
      if (i + 1 < list.size()) {
        out.append(',');
      }
    }
    newline(out, depth, pretty);
    out.append(']');
  }

  private static void newline(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void writeString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
