package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnigraph.Snapshot;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /snapshot}: per-table state of a branch head, tables in table-key byte order. */
@Schema(name = "SnapshotOutput", requiredProperties = {"branch", "manifest_version", "tables"})
public record SnapshotOutput(
    @JsonProperty("branch") String branch,
    @JsonProperty("manifest_version") @Schema(format = "int64", minimum = "0") long manifestVersion,
    @JsonProperty("tables") List<SnapshotTableOutput> tables) {

  /** The wire form of {@code snapshot}, reporting the branch name as the client gave it. */
  public static SnapshotOutput of(String requestedBranch, Snapshot snapshot) {
    return new SnapshotOutput(requestedBranch, snapshot.manifestVersion(),
        snapshot.tables().stream().map(SnapshotTableOutput::of).toList());
  }
}
