package dev.omnigraph.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What to read from one table: a column projection, a SQL filter, an optional ordering column,
 * stable row ids, a batch size and a limit. Immutable; build it fluently:
 *
 * <pre>{@code
 * TableScan s = TableScan.all().columns(List.of("id", "age")).filter("age > 30").orderedBy("id");
 * }</pre>
 *
 * <p>Column names in filters must be quoted with {@link #column(String)} when they are not plain
 * lower-case identifiers (the SQL parser folds unquoted identifiers to lower case).
 *
 * @param columns    the columns to read, in this order; null = every column of the table
 * @param filter     a SQL predicate (DataFusion syntax), or null for every row
 * @param orderBy    a column to sort ascending by (byte order for strings), or null for storage
 *                   order; it is projected automatically when missing from {@code columns}
 * @param rowIds     whether to add the stable row id column {@code _rowid} (UInt64) at the end
 * @param batchSize  rows per batch (an upper bound)
 * @param limit      at most this many rows, or -1 for all
 */
public record TableScan(List<String> columns, String filter, String orderBy, boolean rowIds,
    int batchSize, long limit) {

  /** The stable row id column added by {@link #withRowIds()}. */
  public static final String ROW_ID = "_rowid";
  /** Default rows per batch. */
  public static final int DEFAULT_BATCH_SIZE = 8192;

  public TableScan {
    columns = columns == null ? null : List.copyOf(columns);
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive");
    }
  }

  /** Every column and row, in storage order. */
  public static TableScan all() {
    return new TableScan(null, null, null, false, DEFAULT_BATCH_SIZE, -1);
  }

  public TableScan columns(List<String> names) {
    return new TableScan(names, filter, orderBy, rowIds, batchSize, limit);
  }

  public TableScan filter(String predicate) {
    return new TableScan(columns, predicate, orderBy, rowIds, batchSize, limit);
  }

  public TableScan orderedBy(String column) {
    return new TableScan(columns, filter, column, rowIds, batchSize, limit);
  }

  public TableScan withRowIds() {
    return new TableScan(columns, filter, orderBy, true, batchSize, limit);
  }

  public TableScan batchSize(int rows) {
    return new TableScan(columns, filter, orderBy, rowIds, rows, limit);
  }

  public TableScan limit(long rows) {
    return new TableScan(columns, filter, orderBy, rowIds, batchSize, rows);
  }

  /** The projection actually requested: {@code columns} plus the ordering column if missing. */
  List<String> projection() {
    if (columns == null || orderBy == null || columns.contains(orderBy)) {
      return columns;
    }
    List<String> out = new ArrayList<>(columns);
    out.add(orderBy);
    return out;
  }

  /** A column name quoted for use in a filter ({@code `name`}). */
  public static String column(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /**
   * A string expression for use in a filter: {@code 'it''s'}. Filter text crosses into the native
   * library in modified UTF-8, which breaks characters outside the Basic Multilingual Plane (and
   * U+0000): those are written as {@code chr(n)} and concatenated, e.g.
   * {@code ('a' || chr(128512))}. A lone surrogate becomes {@code ?}, as it does when stored.
   */
  public static String literal(String value) {
    String v = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    if (v.chars().noneMatch(c -> c == 0 || Character.isSurrogate((char) c))) {
      return quoted(v);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    v.codePoints().forEach(cp -> {
      if (cp == 0 || Character.isSupplementaryCodePoint(cp)) {
        if (plain.length() > 0) {
          parts.add(quoted(plain.toString()));
          plain.setLength(0);
        }
        parts.add("chr(" + cp + ")");
      } else {
        plain.appendCodePoint(cp);
      }
    });
    if (plain.length() > 0) {
      parts.add(quoted(plain.toString()));
    }
    return "(" + String.join(" || ", parts) + ")";
  }

  private static String quoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** {@code `column` IN ('a', 'b', …)} (values as {@link #literal}); not empty. */
  public static String inList(String column, Collection<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("IN list needs at least one value");
    }
    StringBuilder b = new StringBuilder(column(column)).append(" IN (");
    boolean first = true;
    for (String v : values) {
      if (!first) {
        b.append(", ");
      }
      b.append(literal(v));
      first = false;
    }
    return b.append(')').toString();
  }
}
