package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One structured merge conflict; {@code row_id} is null for table-level conflicts. */
@Schema(name = "MergeConflictOutput", requiredProperties = {"table_key", "kind", "message"})
public record MergeConflictOutput(
    @JsonProperty("table_key") String tableKey,
    @JsonProperty("row_id") @Schema(types = {"string", "null"}) String rowId,
    @JsonProperty("kind") MergeConflictKindOutput kind,
    @JsonProperty("message") String message) {}
