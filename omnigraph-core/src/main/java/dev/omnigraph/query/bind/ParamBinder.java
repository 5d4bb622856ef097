package dev.omnigraph.query.bind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.QueryException;
import dev.omnigraph.query.ast.ParamDecl;
import dev.omnigraph.query.ir.CheckedQuery;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts a request's JSON {@code params} object into {@link BoundParams} (languages.md §3.13).
 * Errors are request errors with the reference's texts ({@code param 'k': …}).
 */
public final class ParamBinder {
  private static final BigInteger I32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger I32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger I64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger I64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger U32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  /** What Rust's {@code str::parse::<i64>} / {@code ::<u64>} accept before range checks. */
  private static final Pattern SIGNED = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern UNSIGNED = Pattern.compile("\\+?[0-9]+");

  private ParamBinder() {}

  /**
   * Binds {@code params} (null, JSON null or an object) to the declarations; a key is converted by
   * the first declaration with its name, undeclared keys by inference, and omitted optional
   * parameters are bound to null.
   *
   * @throws QueryException of kind REQUEST when a value does not convert
   */
  public static BoundParams bind(JsonNode params, List<ParamDecl> declarations) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (params != null && !params.isNull() && !params.isMissingNode()) {
      if (!params.isObject()) {
        throw QueryException.request("params must be a JSON object");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.put(field.getKey(), bindOne(field.getKey(), field.getValue(), declarations));
      }
    }
    for (ParamDecl d : declarations) {
      if (d.nullable() && !out.containsKey(d.name())) {
        out.put(d.name(), null);
      }
    }
    return new BoundParams(out);
  }

  /**
   * DECISIONS 6: a parameter the query uses must be bound (an omitted optional one is bound to
   * null); the reference would silently drop the filter instead.
   *
   * @throws QueryException of kind REQUEST {@code parameter '{name}' not provided}
   */
  public static void requireReferenced(CheckedQuery query, BoundParams params) {
    for (String name : query.referencedParams()) {
      if (!params.contains(name)) {
        throw QueryException.request("parameter '" + name + "' not provided");
      }
    }
  }

  private static Object bindOne(String key, JsonNode value, List<ParamDecl> declarations) {
    ParamDecl decl = declarations.stream().filter(d -> d.name().equals(key)).findFirst()
        .orElse(null);
    if (decl == null) {
      return inferred(key, value);
    }
    if (value.isNull()) {
      if (decl.nullable()) {
        return null;
      }
      throw fail(key, "null is not accepted for non-nullable parameter");
    }
    return typed(key, value, decl.typeText());
  }

  private static Object typed(String key, JsonNode value, String type) {
    switch (type) {
      case "String":
        return text(key, value, "expected string, got " + JsonKinds.name(value));
      case "Blob":
        return text(key, value, "expected blob URI string, got " + JsonKinds.name(value));
      case "Date":
        return text(key, value, "expected date string");
      case "DateTime":
        return text(key, value, "expected datetime string");
      case "Bool":
        if (!value.isBoolean()) {
          throw fail(key, "expected boolean");
        }
        return value.booleanValue();
      case "F32":
      case "F64":
        if (!value.isNumber()) {
          throw fail(key, "expected float");
        }
        return value.doubleValue();
      case "I32":
        return signed(key, value, "I32").intValueExact();
      case "I64":
        return signed(key, value, null).longValueExact();
      case "U32":
        return unsigned(key, value, U32_MAX, "exceeds U32").longValueExact();
      case "U64":
        return unsigned(key, value, I64_MAX, "exceeds current engine range for U64 (max "
            + Long.MAX_VALUE + ")").longValueExact();
      default:
        return type.startsWith("[") ? list(key, value, type) : vector(key, value, type);
    }
  }

  private static String text(String key, JsonNode value, String error) {
    if (!value.isTextual()) {
      throw fail(key, error);
    }
    return value.textValue();
  }

  /** An I32 (range-checked when {@code rangeName} is given) or I64 value. */
  private static BigInteger signed(String key, JsonNode value, String rangeName) {
    BigInteger v;
    if (value.isNumber()) {
      v = JsonKinds.integral(value);
      if (v == null || v.compareTo(I64_MIN) < 0 || v.compareTo(I64_MAX) > 0) {
        throw fail(key, "expected integer number");
      }
    } else if (value.isTextual()) {
      v = parseInteger(value.textValue(), SIGNED, I64_MIN, I64_MAX);
      if (v == null) {
        throw fail(key, "expected integer string, got '" + value.textValue() + "'");
      }
    } else {
      throw fail(key, "expected integer");
    }
    if (rangeName != null && (v.compareTo(I32_MIN) < 0 || v.compareTo(I32_MAX) > 0)) {
      throw fail(key, "value " + v + " exceeds " + rangeName);
    }
    return v;
  }

  /** A U32 or U64 value: an unsigned 64-bit number, then at most {@code max}. */
  private static BigInteger unsigned(String key, JsonNode value, BigInteger max, String tooLarge) {
    BigInteger v;
    if (value.isNumber()) {
      v = JsonKinds.integral(value);
      if (v == null || v.signum() < 0 || v.compareTo(U64_MAX) > 0) {
        throw fail(key, "expected unsigned integer number");
      }
    } else if (value.isTextual()) {
      v = parseInteger(value.textValue(), UNSIGNED, BigInteger.ZERO, U64_MAX);
      if (v == null) {
        throw fail(key, "expected unsigned integer string, got '" + value.textValue() + "'");
      }
    } else {
      throw fail(key, "expected unsigned integer");
    }
    if (v.compareTo(max) > 0) {
      throw fail(key, "value " + v + " " + tooLarge);
    }
    return v;
  }

  private static BigInteger parseInteger(String s, Pattern syntax, BigInteger min,
      BigInteger max) {
    if (!syntax.matcher(s).matches()) {
      return null;
    }
    BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    return v.compareTo(min) < 0 || v.compareTo(max) > 0 ? null : v;
  }

  private static List<Object> list(String key, JsonNode value, String type) {
    if (!value.isArray()) {
      throw fail(key, "expected array for " + type);
    }
    String itemType = type.substring(1, type.length() - 1).trim();
    List<Object> items = new ArrayList<>();
    for (JsonNode item : value) {
      items.add(typed(key, item, itemType));
    }
    return Collections.unmodifiableList(items);
  }

  private static float[] vector(String key, JsonNode value, String type) {
    long dim = vectorDim(type);
    if (dim <= 0) {
      throw fail(key, "invalid vector type '" + type + "'");
    }
    if (!value.isArray()) {
      throw fail(key, "expected array for " + type);
    }
    if (value.size() != dim) {
      throw fail(key, "expected " + dim + " values for " + type + ", got " + value.size());
    }
    float[] out = new float[value.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode item = value.get(i);
      if (!item.isNumber()) {
        throw fail(key, "vector element is not numeric");
      }
      out[i] = (float) item.doubleValue();
    }
    return out;
  }

  /** The N of {@code Vector(N)}, or -1 when it is not a number that fits. */
  private static long vectorDim(String type) {
    String digits = type.substring("Vector(".length(), type.length() - 1);
    BigInteger v = parseInteger(digits, UNSIGNED, BigInteger.ZERO, I64_MAX);
    return v == null ? -1 : v.longValue();
  }

  private static Object inferred(String key, JsonNode value) {
    if (value.isNull()) {
      return null;
    } else if (value.isTextual()) {
      return value.textValue();
    } else if (value.isBoolean()) {
      return value.booleanValue();
    } else if (value.isNumber()) {
      return value.isIntegralNumber() && value.canConvertToLong() ? (Object) value.longValue()
          : (Object) value.doubleValue();
    } else if (value.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : value) {
        items.add(inferred(key, item));
      }
      return Collections.unmodifiableList(items);
    }
    throw fail(key, "object is not supported");
  }

  private static QueryException fail(String key, String message) {
    return QueryException.request("param '" + key + "': " + message);
  }
}
