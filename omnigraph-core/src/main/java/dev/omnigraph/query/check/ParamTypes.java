package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.NowParam;
import dev.omnigraph.query.ast.ParamDecl;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves declared parameter types (rules U3 and U5). */
final class ParamTypes {
  /** The largest vector dimension (Arrow's fixed-size list bound). */
  private static final long MAX_VECTOR_DIM = Integer.MAX_VALUE;

  private ParamTypes() {}

  /**
   * The declared types by name, in declaration order; a name declared twice keeps the type of its
   * last declaration, as the reference's checker does.
   */
  static Map<String, PropType> resolve(List<ParamDecl> params) {
    Map<String, PropType> out = new LinkedHashMap<>();
    for (ParamDecl p : params) {
      if (p.name().equals(NowParam.NAME)) {
        throw TypeErrors.uncoded("U3", "parameter name `$" + NowParam.NAME
            + "` is reserved for runtime timestamp injection");
      }
      PropType type = parse(p.typeText(), p.nullable());
      if (type == null) {
        throw TypeErrors.uncoded("U5",
            "unknown parameter type `" + p.typeText() + "` for `$" + p.name() + "`");
      }
      out.put(p.name(), type);
    }
    return out;
  }

  /** The type written {@code text} ({@code I32}, {@code [Date]}, {@code Vector(4)}), or null. */
  static PropType parse(String text, boolean nullable) {
    if (text.startsWith("[") && text.endsWith("]")) {
      ScalarType base = base(text.substring(1, text.length() - 1));
      return base == null ? null : PropType.listOf(base, nullable);
    }
    if (text.startsWith("Vector(") && text.endsWith(")")) {
      long dim = dimension(text.substring("Vector(".length(), text.length() - 1));
      return dim < 1 || dim > MAX_VECTOR_DIM ? null : PropType.vector((int) dim, nullable);
    }
    ScalarType base = base(text);
    return base == null ? null : PropType.of(base, nullable);
  }

  private static ScalarType base(String name) {
    ScalarType t = ScalarType.fromDisplayName(name);
    return t == ScalarType.VECTOR ? null : t;
  }

  /** The digits as an unsigned 32-bit number, or -1 when they do not fit or are not digits. */
  private static long dimension(String digits) {
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 10) {
      return -1;
    }
    long value = Long.parseLong(trimmed);
    return value > 0xFFFF_FFFFL ? -1 : value;
  }
}
