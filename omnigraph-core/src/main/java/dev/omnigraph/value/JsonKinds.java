package dev.omnigraph.value;

import java.util.Collection;
import java.util.Map;

/**
 * The JSON kind of a value as error messages name it: {@code null}, {@code boolean},
 * {@code number}, {@code string}, {@code array} or {@code object}. Values are the Java forms the
 * loader receives: decoded JSON ({@link String}, {@link Boolean}, {@link Number}, {@link java.util.List},
 * {@link Map}) or what an embedding application passes (arrays count as {@code array}).
 */
public final class JsonKinds {
  private JsonKinds() {}

  public static String of(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v instanceof Number) {
      return "number";
    }
    if (v instanceof CharSequence) {
      return "string";
    }
    if (v instanceof Collection<?> || v.getClass().isArray()) {
      return "array";
    }
    return "object";
  }
}
