package dev.omnigraph.load;

import dev.omnigraph.json.JsonNumbers;
import dev.omnigraph.json.JsonStrings;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.value.BlobValue;
import dev.omnigraph.value.JsonKinds;
import dev.omnigraph.value.TemporalText;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Converts one input value (decoded JSON, or a Java value from an embedding application) into the
 * canonical value of its property type (semantics.md §12.4, {@link dev.omnigraph.table.CellValues}).
 * Typed and strict (DECISIONS 7): a value of the wrong kind, an integer out of range or a
 * fractional number for an integer type is an error, never a silent null or wrap. Null stays null
 * (the required check comes later).
 */
final class ValueCoercer {
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private ValueCoercer() {}

  static Object coerce(Object raw, String property, PropType type) throws CoercionError {
    if (raw == null) {
      return null;
    }
    if (type.list()) {
      return list(raw, property, type);
    }
    if (type.isVector()) {
      return vector(raw, property, type.vectorDim());
    }
    return scalar(raw, property, type);
  }

  private static Object scalar(Object raw, String p, PropType type) throws CoercionError {
    ScalarType s = type.scalar();
    switch (s) {
      case STRING:
        if (raw instanceof CharSequence cs) {
          return cs.toString();
        }
        throw wrongKind(p, type, raw);
      case BOOL:
        if (raw instanceof Boolean b) {
          return b;
        }
        throw wrongKind(p, type, raw);
      case I32:
        return (int) integer(raw, p, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case I64:
        return integer(raw, p, type, Long.MIN_VALUE, Long.MAX_VALUE);
      case U32:
        return integer(raw, p, type, 0, 0xFFFF_FFFFL);
      case U64:
        return unsigned64(raw, p, type);
      case F32:
        return f32(raw, p, type);
      case F64:
        return f64(raw, p, type);
      case DATE:
        return date(raw, p, type);
      case DATETIME:
        return dateTime(raw, p, type);
      case BLOB:
        return blob(raw, p);
      default:
        throw new IllegalArgumentException("not a scalar type: " + type);
    }
  }

  private static long integer(Object raw, String p, PropType type, long min, long max)
      throws CoercionError {
    BigInteger big = null;
    long v;
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
      v = ((Number) raw).longValue();
    } else if (raw instanceof Number n) {
      big = integral(n, p, type);
      if (big.bitLength() >= 64) {
        throw outOfRange(big.toString(), p, type);
      }
      v = big.longValue();
    } else {
      throw wrongKind(p, type, raw);
    }
    if (v < min || v > max) {
      throw outOfRange(Long.toString(v), p, type);
    }
    return v;
  }

  private static long unsigned64(Object raw, String p, PropType type) throws CoercionError {
    if (!(raw instanceof Number n)) {
      throw wrongKind(p, type, raw);
    }
    BigInteger big = raw instanceof Long || raw instanceof Integer || raw instanceof Short
        || raw instanceof Byte ? BigInteger.valueOf(n.longValue()) : integral(n, p, type);
    if (big.signum() < 0 || big.compareTo(U64_MAX) > 0) {
      throw outOfRange(big.toString(), p, type);
    }
    return big.longValue();
  }

  /** The exact integer a number denotes; a number with a fraction is an error. */
  private static BigInteger integral(Number n, String p, PropType type) throws CoercionError {
    if (n instanceof BigInteger b) {
      return b;
    }
    BigDecimal d;
    if (n instanceof BigDecimal bd) {
      d = bd;
    } else {
      double x = n.doubleValue();
      if (!Double.isFinite(x)) {
        throw notInteger(JsonNumbers.nonFinite(x), p, type);
      }
      d = new BigDecimal(x);
    }
    try {
      return d.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      String text = n instanceof BigDecimal ? d.toString() : JsonNumbers.formatDouble(n.doubleValue());
      throw notInteger(text, p, type);
    }
  }

  private static float f32(Object raw, String p, PropType type) throws CoercionError {
    double d = number(raw, p, type);
    float f = (float) d;
    if (Float.isInfinite(f) && Double.isFinite(d)) {
      throw outOfRange(numberText(raw), p, type);
    }
    return f;
  }

  private static double f64(Object raw, String p, PropType type) throws CoercionError {
    double d = number(raw, p, type);
    if (Double.isInfinite(d) && (raw instanceof BigDecimal || raw instanceof BigInteger)) {
      throw outOfRange(numberText(raw), p, type);
    }
    return d;
  }

  private static double number(Object raw, String p, PropType type) throws CoercionError {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    throw wrongKind(p, type, raw);
  }

  private static int date(Object raw, String p, PropType type) throws CoercionError {
    if (raw instanceof CharSequence s) {
      try {
        return TemporalText.parseDate(s.toString());
      } catch (TemporalText.TemporalFormatException e) {
        throw new CoercionError(e.getMessage());
      }
    }
    if (raw instanceof LocalDate d) {
      return Math.toIntExact(d.toEpochDay());
    }
    if (raw instanceof Number) {
      return (int) integer(raw, p, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    throw wrongKind(p, type, raw);
  }

  private static long dateTime(Object raw, String p, PropType type) throws CoercionError {
    if (raw instanceof CharSequence s) {
      try {
        return TemporalText.parseDateTime(s.toString());
      } catch (TemporalText.TemporalFormatException e) {
        throw new CoercionError(e.getMessage());
      }
    }
    if (raw instanceof Instant i) {
      return i.toEpochMilli();
    }
    if (raw instanceof OffsetDateTime o) {
      return o.toInstant().toEpochMilli();
    }
    if (raw instanceof ZonedDateTime z) {
      return z.toInstant().toEpochMilli();
    }
    if (raw instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (raw instanceof Number) {
      return integer(raw, p, type, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    throw wrongKind(p, type, raw);
  }

  private static BlobValue blob(Object raw, String p) throws CoercionError {
    if (raw instanceof CharSequence s) {
      try {
        return BlobValue.parse(s.toString());
      } catch (IllegalArgumentException e) {
        throw new CoercionError(e.getMessage());
      }
    }
    if (raw instanceof byte[] bytes) {
      return new BlobValue.Inline(bytes);
    }
    if (raw instanceof BlobValue b) {
      return b;
    }
    throw new CoercionError("blob property '" + p
        + "' must be a URI string or base64: prefixed data");
  }

  private static float[] vector(Object raw, String p, int dim) throws CoercionError {
    if (raw instanceof float[] f) {
      if (f.length != dim) {
        throw dimensions(p, dim, f.length);
      }
      return f.clone();
    }
    List<?> items = items(raw);
    if (items == null) {
      throw new CoercionError("property '" + p + "' expects Vector(" + dim + "), got "
          + JsonKinds.of(raw));
    }
    if (items.size() != dim) {
      throw dimensions(p, dim, items.size());
    }
    float[] out = new float[dim];
    for (int k = 0; k < dim; k++) {
      if (!(items.get(k) instanceof Number n)) {
        throw new CoercionError("vector property '" + p + "' has a non-numeric element");
      }
      double d = n.doubleValue();
      out[k] = (float) d;
      if (Float.isInfinite(out[k]) && Double.isFinite(d)) {
        throw new CoercionError("value " + numberText(n) + " out of range for F32 property `"
            + p + "`");
      }
    }
    return out;
  }

  private static List<Object> list(Object raw, String p, PropType type) throws CoercionError {
    List<?> items = items(raw);
    if (items == null) {
      throw new CoercionError("list property '" + p + "' expects a JSON array, got "
          + jsonText(raw));
    }
    PropType element = new PropType(type.scalar(), type.vectorDim(), true, false, type.enumValues());
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(item == null ? null : scalar(item, p, element));
    }
    return out;
  }

  /** The elements of a JSON array / Java collection or array, or null for anything else. */
  private static List<?> items(Object raw) {
    if (raw instanceof List<?> l) {
      return l;
    }
    if (raw instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (raw.getClass().isArray() && !(raw instanceof byte[])) {
      int n = Array.getLength(raw);
      List<Object> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(Array.get(raw, i));
      }
      return out;
    }
    return null;
  }

  private static CoercionError wrongKind(String p, PropType type, Object raw) {
    return new CoercionError("property '" + p + "' expects " + type.withNullable(false).display()
        + ", got " + JsonKinds.of(raw));
  }

  private static CoercionError outOfRange(String v, String p, PropType type) {
    return new CoercionError("value " + v + " out of range for " + type.scalar().displayName()
        + " property `" + p + "`");
  }

  private static CoercionError notInteger(String v, String p, PropType type) {
    return new CoercionError("value " + v + " is not an integer for "
        + type.scalar().displayName() + " property `" + p + "`");
  }

  private static CoercionError dimensions(String p, int dim, int got) {
    return new CoercionError("vector property '" + p + "' expects " + dim + " dimensions, got "
        + got);
  }

  private static String numberText(Object n) {
    if (n instanceof BigDecimal || n instanceof BigInteger || n instanceof Long
        || n instanceof Integer) {
      return n.toString();
    }
    return JsonNumbers.formatDouble(((Number) n).doubleValue());
  }

  /** Compact JSON text of a decoded value, for messages that quote the value itself. */
  static String jsonText(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof CharSequence s) {
      return JsonStrings.quote(s.toString());
    }
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer
        || v instanceof BigInteger || v instanceof BigDecimal) {
      return v.toString();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? JsonNumbers.formatDouble(d) : JsonStrings.quote(JsonNumbers.nonFinite(d));
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(first ? "" : ",").append(JsonStrings.quote(String.valueOf(e.getKey()))).append(':')
            .append(jsonText(e.getValue()));
        first = false;
      }
      return b.append('}').toString();
    }
    List<?> items = items(v);
    if (items != null) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        b.append(i == 0 ? "" : ",").append(jsonText(items.get(i)));
      }
      return b.append(']').toString();
    }
    return JsonStrings.quote(v.toString());
  }
}
