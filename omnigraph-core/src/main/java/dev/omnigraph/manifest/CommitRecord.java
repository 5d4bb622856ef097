package dev.omnigraph.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One published graph commit with the complete table state it published (engine.md §15.3). It is
 * stored as the transaction property of the {@code __manifest} version it produced and inside the
 * branch head it became.
 *
 * @param graphCommitId              a ULID
 * @param manifestBranch             the branch it was made on; null = main
 * @param manifestVersion            the {@code __manifest} version that published it
 * @param parentCommitId             the branch head before it; null for genesis
 * @param parentManifestVersion      where the parent record can be read directly
 * @param mergedParentCommitId       the source head of a merge commit
 * @param mergedParentManifestVersion where that record can be read
 * @param actorId                    who wrote it; null when local or unauthenticated
 * @param createdAt                  microseconds since the epoch
 * @param operation                  init, load, mutation, merge, schema_apply, optimize, ...
 * @param schemaIrHash               the accepted schema at this commit
 * @param tables                     table key → entry, sorted by key
 */
@JsonPropertyOrder({"graph_commit_id", "manifest_branch", "manifest_version", "parent_commit_id",
    "parent_manifest_version", "merged_parent_commit_id", "merged_parent_manifest_version",
    "actor_id", "created_at", "operation", "schema_ir_hash", "tables"})
public record CommitRecord(String graphCommitId, String manifestBranch, long manifestVersion,
    String parentCommitId, Long parentManifestVersion, String mergedParentCommitId,
    Long mergedParentManifestVersion, String actorId, long createdAt, String operation,
    String schemaIrHash, SortedMap<String, TableEntry> tables) {

  public CommitRecord {
    tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
  }

  public TableEntry table(String tableKey) {
    return tables.get(tableKey);
  }

  /** The branch name ({@code main} for null). */
  public String branchName() {
    return manifestBranch == null ? "main" : manifestBranch;
  }

  /** Copy with another table map. */
  public CommitRecord withTables(Map<String, TableEntry> newTables) {
    return new CommitRecord(graphCommitId, manifestBranch, manifestVersion, parentCommitId,
        parentManifestVersion, mergedParentCommitId, mergedParentManifestVersion, actorId,
        createdAt, operation, schemaIrHash, new TreeMap<>(newTables));
  }
}
