package dev.omnigraph;

import java.util.List;
import java.util.Optional;

/**
 * An immutable, consistent view of a graph: one version of every table, as published by one
 * commit. Reads through a snapshot never see later writes.
 *
 * @param branch          the branch it was resolved from (the commit's branch for commit targets)
 * @param commit          the commit that published this state; its id is the snapshot id
 * @param manifestVersion the manifest version of that commit
 * @param tables          every table, sorted by table key (all {@code edge:} before {@code node:})
 */
public record Snapshot(String branch, Commit commit, long manifestVersion, List<TableState> tables) {
  public Snapshot {
    tables = List.copyOf(tables);
  }

  /** The snapshot id: the id of the commit that published it. */
  public String id() {
    return commit.graphCommitId();
  }

  /** The table with this key, if the snapshot has it. */
  public Optional<TableState> table(String tableKey) {
    return tables.stream().filter(t -> t.tableKey().equals(tableKey)).findFirst();
  }
}
