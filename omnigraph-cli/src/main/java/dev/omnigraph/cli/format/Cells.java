package dev.omnigraph.cli.format;

import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.ReadOutput;
import java.util.List;
import java.util.Map;

/** The text of one result cell (cli.md §4). */
final class Cells {
  private Cells() {}

  /**
   * {@code null} for JSON null, strings as they are, booleans and numbers as their JSON text,
   * arrays and objects as compact JSON.
   */
  static String text(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return Json.compact(value);
    }
    return value.toString();
  }

  /** The header line of table and kv: {@code {n} rows from {target} via {query}}. */
  static String header(ReadOutput output) {
    return output.rowCount() + " rows from " + output.targetLabel() + " via " + output.queryName();
  }
}
