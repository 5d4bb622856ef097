package dev.omnigraph;

import dev.omnigraph.json.JsonBytes;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.value.TemporalText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The rows of a read query, in result order, with typed columns. Immutable and thread-safe.
 *
 * <pre>{@code
 * QueryResult r = graph.read(ReadTarget.branch("main"), source, "get_person", Map.of("name", "Alice"));
 * r.columns();          // [p.name: String, p.age: I32?]
 * r.get(0, 1);          // 30
 * r.toJsonRows();       // [{"p.name":"Alice","p.age":30}]
 * }</pre>
 *
 * <p>Java values by column type ({@link #get}): String and enums → {@link String}; Bool →
 * {@link Boolean}; I32 → {@link Integer}; I64 and U32 → {@link Long}; U64 → {@link Long} holding
 * the unsigned bit pattern (print with {@link Long#toUnsignedString(long)}); F32 → {@link Float};
 * F64 → {@link Double}; Date → {@link LocalDate}; DateTime → {@link Instant}; {@code Vector(N)} →
 * {@code float[]}; a list → an unmodifiable {@link List} of these; Blob and nulls → null.
 */
public final class QueryResult implements Iterable<List<Object>> {
  private final List<ResultColumn> columns;
  private final List<Object[]> rows;
  private final int[] memberColumns;
  private final int[] memberValues;

  QueryResult(Shape shape, List<Object[]> rows) {
    this.columns = shape.columns;
    this.rows = rows;
    this.memberColumns = shape.memberColumns;
    this.memberValues = shape.memberValues;
  }

  /**
   * The columns of a result and its JSON members: the first column of each name, holding the
   * last column of that name. The same for every run of a prepared query.
   */
  static final class Shape {
    private final List<ResultColumn> columns;
    private final int[] memberColumns;
    private final int[] memberValues;

    Shape(List<ResultColumn> columns) {
      this.columns = List.copyOf(columns);
      Map<String, Integer> last = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        last.put(columns.get(i).name(), i);
      }
      Set<String> seen = new HashSet<>();
      memberColumns = IntStream.range(0, columns.size())
          .filter(i -> seen.add(columns.get(i).name())).toArray();
      memberValues = Arrays.stream(memberColumns).map(i -> last.get(columns.get(i).name()))
          .toArray();
    }

    List<ResultColumn> columns() {
      return columns;
    }
  }

  /** The columns in projection order (names may repeat). */
  public List<ResultColumn> columns() {
    return columns;
  }

  /** The column names in projection order, as the HTTP envelope's {@code columns}. */
  public List<String> columnNames() {
    return columns.stream().map(ResultColumn::name).toList();
  }

  public int rowCount() {
    return rows.size();
  }

  /** The value of one cell (see the class documentation for the Java types). */
  public Object get(int row, int column) {
    return toJava(rows.get(row)[column], columns.get(column).type());
  }

  /** One row, by column position. */
  public List<Object> row(int row) {
    Object[] r = rows.get(row);
    return new AbstractList<>() {
      @Override
      public Object get(int column) {
        return toJava(r[column], columns.get(column).type());
      }

      @Override
      public int size() {
        return r.length;
      }
    };
  }

  @Override
  public Iterator<List<Object>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < rows.size();
      }

      @Override
      public List<Object> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return row(next++);
      }
    };
  }

  /**
   * The rows as the compact JSON array of the HTTP {@code rows} member (semantics.md §5.3): one
   * object per row, members in projection order; a repeated column name gives one member, at the
   * first column's position, holding the last column's value.
   */
  public String toJsonRows() {
    JsonBytes out = new JsonBytes(64 + rows.size() * 32);
    writeRows(out);
    return out.toString();
  }

  /** Writes {@link #toJsonRows()} as UTF-8 to {@code out} (not closed). */
  public void writeJsonRows(OutputStream out) throws IOException {
    JsonBytes json = new JsonBytes(64 + rows.size() * 32);
    writeRows(json);
    json.writeTo(out);
  }

  /** One row as a JSON object (semantics.md §5.3). */
  public String rowJson(int row) {
    JsonBytes out = new JsonBytes();
    writeRow(out, rows.get(row));
    return out.toString();
  }

  private void writeRows(JsonBytes out) {
    out.raw('[');
    for (int r = 0; r < rows.size(); r++) {
      if (r > 0) {
        out.raw(',');
      }
      writeRow(out, rows.get(r));
    }
    out.raw(']');
  }

  private void writeRow(JsonBytes out, Object[] row) {
    out.raw('{');
    for (int m = 0; m < memberColumns.length; m++) {
      if (m > 0) {
        out.raw(',');
      }
      out.string(columns.get(memberColumns[m]).name()).raw(':');
      int c = memberValues[m];
      writeValue(out, row[c], columns.get(c).type());
    }
    out.raw('}');
  }

  private static void writeValue(JsonBytes out, Object v, PropType type) {
    if (v == null || (type.scalar() == ScalarType.BLOB && !type.list())) {
      out.nul();
    } else if (v instanceof List<?> items) {
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false,
          type.enumValues());
      out.raw('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.raw(',');
        }
        writeValue(out, items.get(i), element);
      }
      out.raw(']');
    } else if (v instanceof float[] f) {
      out.raw('[');
      for (int i = 0; i < f.length; i++) {
        if (i > 0) {
          out.raw(',');
        }
        out.f32(f[i]);
      }
      out.raw(']');
    } else if (v instanceof String s) {
      out.string(s);
    } else if (v instanceof Boolean b) {
      out.bool(b);
    } else if (v instanceof Float f) {
      out.f32(f);
    } else if (v instanceof Double d) {
      out.f64(d);
    } else if (type.scalar() == ScalarType.DATE) {
      out.string(TemporalText.formatDate(((Number) v).intValue()));
    } else if (type.scalar() == ScalarType.DATETIME) {
      out.string(TemporalText.formatDateTimeUtc(((Number) v).longValue()));
    } else if (type.scalar() == ScalarType.U64) {
      out.unsigned(((Number) v).longValue());
    } else {
      out.number(((Number) v).longValue());
    }
  }

  private static Object toJava(Object v, PropType type) {
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> items) {
      PropType element = new PropType(type.scalar(), type.vectorDim(), true, false,
          type.enumValues());
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(toJava(item, element));
      }
      return java.util.Collections.unmodifiableList(out);
    }
    if (v instanceof float[] f) {
      return f.clone();
    }
    if (type.scalar() == ScalarType.DATE && v instanceof Number n) {
      return LocalDate.ofEpochDay(n.longValue());
    }
    if (type.scalar() == ScalarType.DATETIME && v instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    return v;
  }

  @Override
  public String toString() {
    return "QueryResult" + columnNames() + " " + rows.size() + " rows";
  }
}
