package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a read looked at: exactly one of {@code branch} and {@code snapshot} is non-null. */
@Schema(name = "ReadTargetOutput")
public record ReadTargetOutput(
    @JsonProperty("branch") @Schema(types = {"string", "null"}) String branch,
    @JsonProperty("snapshot") @Schema(types = {"string", "null"}) String snapshot) {}
