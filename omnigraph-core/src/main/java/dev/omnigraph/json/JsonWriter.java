package dev.omnigraph.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Serialises a Jackson tree as the reference does: compact, or pretty (two-space indentation,
 * {@code "key": value}, every array element and object member on its own line, {@code []} and
 * {@code {}} when empty). No trailing newline.
 *
 * <p>Numbers: integral nodes print their digits; a {@code FloatNode} prints as float32, any other
 * number as float64 (semantics.md §5.3); non-finite floats print as strings.
 */
public final class JsonWriter {
  private JsonWriter() {}

  /** The pretty layout (cli.md §0). */
  public static String pretty(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, 0, true);
    return out.toString();
  }

  /** The compact layout (no whitespace), as HTTP bodies are written. */
  public static String compact(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out, 0, false);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, int depth, boolean pretty) {
    if (node.isObject()) {
      writeObject(node, out, depth, pretty);
    } else if (node.isArray()) {
      writeArray(node, out, depth, pretty);
    } else if (node.isTextual()) {
      quote(node.textValue(), out);
    } else if (node.isNumber()) {
      writeNumber(node, out);
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else {
      out.append("null");
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out, int depth, boolean pretty) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      separate(out, first, depth + 1, pretty);
      first = false;
      quote(field.getKey(), out);
      out.append(pretty ? ": " : ":");
      write(field.getValue(), out, depth + 1, pretty);
    }
    close(out, depth, pretty);
    out.append('}');
  }

  private static void writeArray(JsonNode node, StringBuilder out, int depth, boolean pretty) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (JsonNode item : node) {
      separate(out, first, depth + 1, pretty);
      first = false;
      write(item, out, depth + 1, pretty);
    }
    close(out, depth, pretty);
    out.append(']');
  }

  private static void separate(StringBuilder out, boolean first, int depth, boolean pretty) {
    if (!first) {
      out.append(',');
    }
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void close(StringBuilder out, int depth, boolean pretty) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void writeNumber(JsonNode node, StringBuilder out) {
    if (node.isIntegralNumber()) {
      out.append(node.bigIntegerValue());
      return;
    }
    String text = node.isFloat() ? JsonNumbers.formatFloat(node.floatValue())
        : JsonNumbers.formatDouble(node.doubleValue());
    if (JsonNumbers.isNonFinite(node.doubleValue())) {
      quote(text, out);
    } else {
      out.append(text);
    }
  }

  /** A JSON string with the reference's escaping (semantics.md §5.3). */
  public static void quote(String s, StringBuilder out) {
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
