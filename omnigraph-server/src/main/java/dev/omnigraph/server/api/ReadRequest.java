package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /read}. {@code branch} and {@code snapshot} are mutually exclusive; neither means
 * the head of {@code main}.
 */
@Schema(name = "ReadRequest", requiredProperties = {"query_source"})
public record ReadRequest(
    @JsonProperty(value = "query_source", required = true) @JsonSetter(nulls = Nulls.FAIL)
    @Schema(description = "GQ query source. May declare one or more named queries; pick one with\n"
        + "`query_name` if there is more than one.")
    String querySource,
    @JsonProperty("query_name") @Schema(types = {"string", "null"},
        description = "Name of the query to run when `query_source` declares multiple. Optional\n"
            + "when only one query is declared.")
    String queryName,
    @JsonProperty("params") @Schema(
        description = "JSON object whose keys match the query's declared parameters.")
    JsonNode params,
    @JsonProperty("branch") @Schema(types = {"string", "null"},
        description = "Branch to read from. Mutually exclusive with `snapshot`. Defaults to `main`.")
    String branch,
    @JsonProperty("snapshot") @Schema(types = {"string", "null"},
        description = "Snapshot id to read from. Mutually exclusive with `branch`.")
    String snapshot) {}
