package dev.omnigraph.cli.output;

import dev.omnigraph.Snapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire {@code SnapshotOutput} (http.md §4.3) and its human form (cli.md §3.5).
 *
 * @param branch          the branch as requested
 * @param manifestVersion the head's manifest version
 * @param tables          every table in table-key order
 */
public record SnapshotOutput(String branch, long manifestVersion, List<Table> tables) {
  public SnapshotOutput {
    tables = List.copyOf(tables);
  }

  /** One table of the snapshot ({@code tableBranch} null = the main lineage). */
  public record Table(String tableKey, String tablePath, long tableVersion, String tableBranch,
      long rowCount) {}

  /** The output for {@code branch}'s head snapshot. */
  public static SnapshotOutput of(String branch, Snapshot s) {
    return new SnapshotOutput(branch, s.manifestVersion(), s.tables().stream()
        .map(t -> new Table(t.tableKey(), t.path(), t.version(), t.branch(), t.rowCount()))
        .toList());
  }

  /** The JSON value, members in wire order. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("branch", branch);
    m.put("manifest_version", manifestVersion);
    m.put("tables", tables.stream().map(t -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table_key", t.tableKey());
      row.put("table_path", t.tablePath());
      row.put("table_version", t.tableVersion());
      row.put("table_branch", t.tableBranch());
      row.put("row_count", t.rowCount());
      return row;
    }).toList());
    return m;
  }

  /** {@code branch: …}, {@code manifest_version: …}, then one line per table; ends with a newline. */
  public String human() {
    StringBuilder out = new StringBuilder();
    out.append("branch: ").append(branch).append('\n');
    out.append("manifest_version: ").append(manifestVersion).append('\n');
    for (Table t : tables) {
      out.append(t.tableKey()).append(" v").append(t.tableVersion())
          .append(" branch=").append(t.tableBranch() == null ? "main" : t.tableBranch())
          .append(" rows=").append(t.rowCount()).append('\n');
    }
    return out.toString();
  }
}
