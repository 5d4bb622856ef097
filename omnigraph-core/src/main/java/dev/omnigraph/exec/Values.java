package dev.omnigraph.exec;

import dev.omnigraph.QueryException;
import dev.omnigraph.query.ast.Literal;
import dev.omnigraph.query.bind.BoundParams;
import dev.omnigraph.query.ir.ValueOperand;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.value.TemporalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Row-independent values (constants, parameters, {@code now()}) in canonical form: String,
 * Boolean, Long for every integer, Double for every float, Integer days for a Date, Long
 * milliseconds for a DateTime, {@code float[]} for a vector parameter, List for a list. Date and
 * DateTime text is parsed here, at execution (languages.md §3.5): an invalid one fails the request.
 */
final class Values {
  private final BoundParams params;
  private final long nowMillis;

  Values(BoundParams params, long nowMillis) {
    this.params = params;
    this.nowMillis = nowMillis;
  }

  /** The canonical value of an operand (null for a parameter bound to null). */
  Object resolve(ValueOperand v) {
    if (v instanceof ValueOperand.Now) {
      return nowMillis;
    } else if (v instanceof ValueOperand.Constant c) {
      return literal(c.literal());
    }
    ValueOperand.Param p = (ValueOperand.Param) v;
    return param(params.get(p.name()), p.propType());
  }

  /** The type of an operand's value. */
  static PropType type(ValueOperand v) {
    if (v instanceof ValueOperand.Now) {
      return PropType.of(ScalarType.DATETIME, false);
    } else if (v instanceof ValueOperand.Constant c) {
      return c.propType();
    }
    return ((ValueOperand.Param) v).propType();
  }

  private static Object literal(Literal l) {
    if (l instanceof Literal.Str s) {
      return s.value();
    } else if (l instanceof Literal.Int i) {
      return i.value();
    } else if (l instanceof Literal.Float f) {
      return f.value();
    } else if (l instanceof Literal.Bool b) {
      return b.value();
    } else if (l instanceof Literal.Date d) {
      return date(d.text());
    } else if (l instanceof Literal.DateTime d) {
      return dateTime(d.text());
    }
    List<Object> out = new ArrayList<>();
    for (Literal item : ((Literal.ListLit) l).items()) {
      out.add(literal(item));
    }
    return out;
  }

  private static Object param(Object value, PropType type) {
    if (value == null) {
      return null;
    }
    if (type.list() && value instanceof List<?> items) {
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false,
          type.enumValues());
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(param(item, element));
      }
      return out;
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (type.scalar() == ScalarType.DATE && value instanceof String s) {
      return date(s);
    }
    if (type.scalar() == ScalarType.DATETIME && value instanceof String s) {
      return dateTime(s);
    }
    return value;
  }

  static int date(String text) {
    try {
      return TemporalText.parseDate(text);
    } catch (TemporalText.TemporalFormatException e) {
      throw QueryException.request(e.getMessage());
    }
  }

  static long dateTime(String text) {
    try {
      return TemporalText.parseDateTime(text);
    } catch (TemporalText.TemporalFormatException e) {
      throw QueryException.request(e.getMessage());
    }
  }
}
