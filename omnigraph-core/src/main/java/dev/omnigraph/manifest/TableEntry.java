package dev.omnigraph.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where one table of a snapshot lives and which version of it belongs to the snapshot
 * (engine.md §15.3).
 *
 * @param tableId          the table's stable identity (kept across type renames)
 * @param path             the dataset path under the root, e.g. {@code nodes/40d76f1f51639ec0}
 * @param version          the Lance version of the table on {@code lineage}
 * @param lineage          the Lance branch holding {@code version}; null = the main line
 * @param owner            the graph branch that forked the lineage (wire {@code table_branch}); null
 *                         for the main line
 * @param ownerIncarnation the incarnation of {@code owner} that forked it (ownership test)
 * @param forkedFrom       where the lineage started; null for the main line
 * @param rows             row count of that version
 */
@JsonPropertyOrder({"table_id", "path", "version", "lineage", "owner", "owner_incarnation",
    "forked_from", "rows"})
public record TableEntry(String tableId, String path, long version, String lineage, String owner,
    String ownerIncarnation, ForkPoint forkedFrom, long rows) {

  /** A main-line entry. */
  public static TableEntry mainLine(String tableId, String path, long version, long rows) {
    return new TableEntry(tableId, path, version, null, null, null, null, rows);
  }

  /** The same table at another version with another row count, on the same lineage. */
  public TableEntry at(long newVersion, long newRows) {
    return new TableEntry(tableId, path, newVersion, lineage, owner, ownerIncarnation, forkedFrom,
        newRows);
  }

  /** Same (version, lineage): the identity of a table state. */
  public boolean sameState(TableEntry other) {
    return other != null && version == other.version
        && java.util.Objects.equals(lineage, other.lineage);
  }

  /** A lineage start: the lineage forked from and the version. */
  @JsonPropertyOrder({"lineage", "version"})
  public record ForkPoint(String lineage, long version) {}
}
