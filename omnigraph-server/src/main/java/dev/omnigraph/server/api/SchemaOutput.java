package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code GET /schema}: the accepted {@code .pg} source, byte for byte. */
@Schema(name = "SchemaOutput", requiredProperties = {"schema_source"})
public record SchemaOutput(@JsonProperty("schema_source") String schemaSource) {}
