package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Ours (DECISIONS 8): a strict insert found an existing key of {@code type_key}. */
@Schema(name = "KeyConflictOutput", requiredProperties = {"type_key", "entity_id"})
public record KeyConflictOutput(
    @JsonProperty("type_key") String typeKey,
    @JsonProperty("entity_id") String entityId) {}
