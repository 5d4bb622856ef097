package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code POST /read}. {@code rows} is the engine's JSON encoding of the result rows (semantics.md
 * §5.3), embedded verbatim; {@code columns} is omitted only when the query projects nothing.
 */
@Schema(name = "ReadOutput", requiredProperties = {"query_name", "target", "row_count", "rows"})
public record ReadOutput(
    @JsonProperty("query_name") String queryName,
    @JsonProperty("target") ReadTargetOutput target,
    @JsonProperty("row_count") @Schema(minimum = "0") long rowCount,
    @JsonProperty("columns") @JsonInclude(JsonInclude.Include.NON_NULL)
    @ArraySchema(schema = @Schema(implementation = String.class)) List<String> columns,
    @JsonProperty("rows") @JsonRawValue @Schema(implementation = JsonNode.class) String rows) {}
