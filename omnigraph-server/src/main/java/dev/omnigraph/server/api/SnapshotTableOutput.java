package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.omnigraph.TableState;
import io.swagger.v3.oas.annotations.media.Schema;

/** One table of a branch head; {@code table_branch} null = the {@code main} lineage. */
@Schema(name = "SnapshotTableOutput",
    requiredProperties = {"table_key", "table_path", "table_version", "row_count"})
public record SnapshotTableOutput(
    @JsonProperty("table_key") String tableKey,
    @JsonProperty("table_path") String tablePath,
    @JsonProperty("table_version") @Schema(format = "int64", minimum = "0") long tableVersion,
    @JsonProperty("table_branch") @Schema(types = {"string", "null"}) String tableBranch,
    @JsonProperty("row_count") @Schema(format = "int64", minimum = "0") long rowCount) {

  public static SnapshotTableOutput of(TableState t) {
    return new SnapshotTableOutput(t.tableKey(), t.path(), t.version(), t.branch(), t.rowCount());
  }
}
