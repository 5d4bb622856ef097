package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A publish compare-and-set rejection: the caller's view of {@code table_key} was at version
 * {@code expected}, the manifest now publishes {@code actual}. Refresh and retry.
 */
@Schema(name = "ManifestConflictOutput", requiredProperties = {"table_key", "expected", "actual"})
public record ManifestConflictOutput(
    @JsonProperty("table_key") String tableKey,
    @JsonProperty("expected") @Schema(format = "int64", minimum = "0") long expected,
    @JsonProperty("actual") @Schema(format = "int64", minimum = "0") long actual) {}
