package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The kind of one merge conflict (http.md §3.1). */
@Schema(name = "MergeConflictKindOutput", enumAsRef = true)
public enum MergeConflictKindOutput {
  DIVERGENT_INSERT("divergent_insert"),
  DIVERGENT_UPDATE("divergent_update"),
  DELETE_VS_UPDATE("delete_vs_update"),
  ORPHAN_EDGE("orphan_edge"),
  UNIQUE_VIOLATION("unique_violation"),
  CARDINALITY_VIOLATION("cardinality_violation"),
  VALUE_CONSTRAINT_VIOLATION("value_constraint_violation");

  private final String wire;

  MergeConflictKindOutput(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
