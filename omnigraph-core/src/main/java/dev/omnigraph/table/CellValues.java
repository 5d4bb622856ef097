package dev.omnigraph.table;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.json.JsonNumbers;
import dev.omnigraph.value.BlobValue;
import java.util.List;

/**
 * The canonical in-memory form of property values, used between input conversion, constraint
 * checks and Arrow columns (one Java type per schema type, no ambiguity):
 *
 * <table>
 *   <caption>Canonical values</caption>
 *   <tr><th>schema type</th><th>Java value</th></tr>
 *   <tr><td>String, enum</td><td>{@link String}</td></tr>
 *   <tr><td>Bool</td><td>{@link Boolean}</td></tr>
 *   <tr><td>I32</td><td>{@link Integer}</td></tr>
 *   <tr><td>I64</td><td>{@link Long}</td></tr>
 *   <tr><td>U32</td><td>{@link Long} in 0 … 2<sup>32</sup>−1</td></tr>
 *   <tr><td>U64</td><td>{@link Long} holding the unsigned 64-bit pattern</td></tr>
 *   <tr><td>F32 / F64</td><td>{@link Float} / {@link Double}</td></tr>
 *   <tr><td>Date</td><td>{@link Integer} days since 1970-01-01</td></tr>
 *   <tr><td>DateTime</td><td>{@link Long} milliseconds since the epoch (UTC)</td></tr>
 *   <tr><td>Vector(N)</td><td>{@code float[]} of length N</td></tr>
 *   <tr><td>Blob</td><td>{@link BlobValue}</td></tr>
 *   <tr><td>[T]</td><td>{@link List} of canonical T values (null elements allowed)</td></tr>
 * </table>
 */
public final class CellValues {
  private CellValues() {}

  /** A numeric value as float64 (U64 read as unsigned), or null for non-numeric values. */
  public static Double asDouble(Object value, PropType type) {
    if (value == null || type.list()) {
      return null;
    }
    return switch (type.scalar()) {
      case I32, I64, U32, F32, F64 -> ((Number) value).doubleValue();
      case U64 -> unsignedToDouble((Long) value);
      default -> null;
    };
  }

  /**
   * The reference's text of a value in constraint messages (semantics.md §11): integers in
   * decimal, floats in shortest form, dates as day numbers, datetimes as milliseconds, strings as
   * they are.
   */
  public static String text(Object value, PropType type) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> list) {
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false, type.enumValues());
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(text(list.get(i), element));
      }
      return b.append(']').toString();
    }
    ScalarType s = type.scalar();
    if (s == ScalarType.U64) {
      return Long.toUnsignedString((Long) value);
    }
    if (value instanceof Float f) {
      return JsonNumbers.plain32(f);
    }
    if (value instanceof Double d) {
      return JsonNumbers.plain(d);
    }
    if (value instanceof BlobValue b) {
      return b.toText();
    }
    return value.toString();
  }

  private static double unsignedToDouble(long v) {
    double d = (double) (v >>> 1) * 2.0;
    return d + (v & 1);
  }
}
