package dev.omnigraph;

import java.util.List;

/**
 * Which tables an export writes (http.md §4.5): the union of the tables of the named types
 * ({@code node:T} and/or {@code edge:T} per name) and the named table keys; both empty = every
 * table. Every name must exist in the exported snapshot, else the export fails before writing.
 *
 * @param typeNames node or edge type names
 * @param tableKeys table keys such as {@code node:Person}
 */
public record ExportSelection(List<String> typeNames, List<String> tableKeys) {
  public ExportSelection {
    typeNames = List.copyOf(typeNames);
    tableKeys = List.copyOf(tableKeys);
  }

  /** Every table. */
  public static ExportSelection all() {
    return new ExportSelection(List.of(), List.of());
  }

  /** The tables of these types. */
  public static ExportSelection types(String... typeNames) {
    return new ExportSelection(List.of(typeNames), List.of());
  }

  /** These tables. */
  public static ExportSelection tables(String... tableKeys) {
    return new ExportSelection(List.of(), List.of(tableKeys));
  }

  /** Whether nothing was named (every table is exported). */
  public boolean isAll() {
    return typeNames.isEmpty() && tableKeys.isEmpty();
  }
}
