package dev.omnigraph.engine;

import dev.omnigraph.Schema;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.TableEntry;

/**
 * A resolved read target: the commit whose table versions every read of one operation uses, and
 * the schema to interpret them with.
 *
 * @param branch the branch name ({@code main} for the main line)
 * @param commit the commit record (its {@code tables} are the pinned table states)
 * @param schema the accepted schema
 */
public record GraphSnapshot(String branch, CommitRecord commit, Schema schema) {
  public TableEntry entry(String tableKey) {
    return commit.table(tableKey);
  }
}
