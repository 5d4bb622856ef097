package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnigraph.Commit;
import io.swagger.v3.oas.annotations.media.Schema;

/** One graph commit (http.md §5.3); {@code created_at} in Unix epoch microseconds. */
@Schema(name = "CommitOutput",
    requiredProperties = {"graph_commit_id", "manifest_version", "created_at"})
public record CommitOutput(
    @JsonProperty("graph_commit_id") String graphCommitId,
    @JsonProperty("manifest_branch") @Schema(types = {"string", "null"}) String manifestBranch,
    @JsonProperty("manifest_version") @Schema(format = "int64", minimum = "0") long manifestVersion,
    @JsonProperty("parent_commit_id") @Schema(types = {"string", "null"}) String parentCommitId,
    @JsonProperty("merged_parent_commit_id") @Schema(types = {"string", "null"})
    String mergedParentCommitId,
    @JsonProperty("actor_id") @Schema(types = {"string", "null"}) String actorId,
    @JsonProperty("created_at") @Schema(format = "int64",
        description = "Commit creation time as Unix epoch microseconds.",
        example = "1714000000000000") long createdAt) {

  public static CommitOutput of(Commit c) {
    return new CommitOutput(c.graphCommitId(), c.manifestBranch(), c.manifestVersion(),
        c.parentCommitId(), c.mergedParentCommitId(), c.actorId(), c.createdAt());
  }
}
