package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code POST /export}. The selection is the union of both filters; both empty exports every
 * table. The filters may be absent but not {@code null} (http.md §4.5).
 */
@Schema(name = "ExportRequest")
public record ExportRequest(
    @JsonProperty("branch") @Schema(types = {"string", "null"},
        description = "Branch to export. Defaults to `main`.")
    String branch,
    @JsonProperty("type_names") @JsonDeserialize(using = StringListDeserializer.class)
    @ArraySchema(arraySchema = @Schema(description =
        "Restrict the export to these node/edge type names. Empty exports all types."))
    List<String> typeNames,
    @JsonProperty("table_keys") @JsonDeserialize(using = StringListDeserializer.class)
    @ArraySchema(arraySchema = @Schema(description =
        "Restrict the export to these table keys. Empty exports all tables."))
    List<String> tableKeys,
    @JsonProperty("snapshot") @Schema(types = {"string", "null"},
        description = "Ours: a commit id to export at. Mutually exclusive with `branch`.")
    String snapshot) {

  public ExportRequest {
    typeNames = typeNames == null ? List.of() : List.copyOf(typeNames);
    tableKeys = tableKeys == null ? List.of() : List.copyOf(tableKeys);
  }
}
