package dev.omnigraph.cli.output;

import dev.omnigraph.cli.json.JsonNumber;
import dev.omnigraph.cli.json.JsonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The wire {@code ReadOutput} (http.md §4.4). Row values are the JSON value model of
 * {@link dev.omnigraph.cli.json.Json}: numbers stay the exact text the engine rendered.
 *
 * @param queryName the selected query
 * @param branch    the branch read, or null for a snapshot read
 * @param snapshot  the commit read, or null for a branch read
 * @param rowCount  the number of rows
 * @param columns   the result columns in projection order (possibly empty)
 * @param rows      one value per row, normally an object whose members follow the columns
 */
public record ReadOutput(String queryName, String branch, String snapshot, long rowCount,
    List<String> columns, List<Object> rows) {

  public ReadOutput {
    columns = List.copyOf(columns);
    rows = Collections.unmodifiableList(new ArrayList<>(rows));
  }

  /**
   * Decodes a {@code ReadOutput} JSON document.
   *
   * @throws IllegalArgumentException when it is not one
   */
  @SuppressWarnings("unchecked")
  public static ReadOutput fromJson(String json) {
    if (!(JsonText.parse(json) instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("ReadOutput must be a JSON object");
    }
    Map<String, Object> target = m.get("target") instanceof Map<?, ?> t
        ? (Map<String, Object>) t : Map.of();
    List<String> columns = m.get("columns") instanceof List<?> c
        ? c.stream().map(String::valueOf).toList() : List.of();
    List<Object> rows = m.get("rows") instanceof List<?> r ? (List<Object>) r : List.of();
    long rowCount = m.get("row_count") instanceof JsonNumber n ? Long.parseLong(n.text())
        : rows.size();
    return new ReadOutput((String) m.get("query_name"), (String) target.get("branch"),
        (String) target.get("snapshot"), rowCount, columns, rows);
  }

  /** {@code {"branch": …, "snapshot": …}}. */
  public Map<String, Object> target() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("branch", branch);
    t.put("snapshot", snapshot);
    return t;
  }

  /** The JSON value in wire order; {@code columns} is left out when empty, as the reference does. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query_name", queryName);
    m.put("target", target());
    m.put("row_count", rowCount);
    if (!columns.isEmpty()) {
      m.put("columns", columns);
    }
    m.put("rows", rows);
    return m;
  }

  /** The rows as objects; a row that is not an object becomes {@code {"value": row}}. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rowObjects() {
    return rows.stream().map(r -> r instanceof Map<?, ?> m ? (Map<String, Object>) m
        : Collections.singletonMap("value", r)).toList();
  }

  /** The columns to show: {@link #columns}, or when empty the sorted member names of all rows. */
  public List<String> displayColumns() {
    if (!columns.isEmpty()) {
      return columns;
    }
    TreeSet<String> names = new TreeSet<>();
    rowObjects().forEach(r -> names.addAll(r.keySet()));
    return List.copyOf(names);
  }

  /** {@code snapshot {id}} or {@code branch {name}}, as in the header line of cli.md §4. */
  public String targetLabel() {
    if (snapshot != null) {
      return "snapshot " + snapshot;
    }
    return branch != null ? "branch " + branch : "target";
  }
}
