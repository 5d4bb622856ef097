package dev.omnigraph.cli.client;

import java.util.List;

/**
 * One export (the wire {@code ExportRequest}, http.md §4.5): a branch head or a commit, and the
 * tables wanted (both lists empty = every table).
 *
 * @param branch    the branch head to export, or null
 * @param snapshot  the commit to export at, or null
 * @param typeNames node or edge type names
 * @param tableKeys table keys such as {@code node:Person}
 */
public record ExportRequest(String branch, String snapshot, List<String> typeNames,
    List<String> tableKeys) {
  public ExportRequest {
    typeNames = List.copyOf(typeNames);
    tableKeys = List.copyOf(tableKeys);
  }
}
