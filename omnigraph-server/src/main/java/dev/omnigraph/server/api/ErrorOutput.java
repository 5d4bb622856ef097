package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of every error response (http.md §3.1). The detail members are omitted when absent.
 *
 * @param error            human-readable message
 * @param code             wire code; always set on server-generated errors
 * @param mergeConflicts   structured merge conflicts (merge only)
 * @param manifestConflict stale-view detail of a publish compare-and-set rejection
 * @param keyConflict      ours: the existing key a strict insert hit
 */
@Schema(name = "ErrorOutput")
public record ErrorOutput(
    @JsonProperty("error") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String error,
    @JsonProperty("code") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(oneOf = {Null.class, ErrorCode.class}) ErrorCode code,
    @JsonProperty("merge_conflicts") @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<MergeConflictOutput> mergeConflicts,
    @JsonProperty("manifest_conflict") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(oneOf = {Null.class, ManifestConflictOutput.class}) ManifestConflictOutput manifestConflict,
    @JsonProperty("key_conflict") @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(oneOf = {Null.class, KeyConflictOutput.class}) KeyConflictOutput keyConflict) {

  /** An error with a code and no structured detail. */
  public static ErrorOutput of(ErrorCode code, String message) {
    return new ErrorOutput(message, code, List.of(), null, null);
  }

  /** Marker for the JSON {@code null} alternative of a nullable reference in the OpenAPI document. */
  @Schema(name = "Null", types = "null")
  public static final class Null {
    private Null() {}
  }
}
