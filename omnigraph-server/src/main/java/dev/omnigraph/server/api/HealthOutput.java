package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /healthz}: {@code status} is always {@code ok}; {@code source_version} omitted when unknown. */
@Schema(name = "HealthOutput", requiredProperties = {"status", "version"})
public record HealthOutput(
    @JsonProperty("status") String status,
    @JsonProperty("version") String version,
    @JsonProperty("source_version") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(types = {"string", "null"}) String sourceVersion) {}
