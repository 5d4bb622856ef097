package dev.omnigraph.server.api;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** The closed set of wire error codes (http.md §3.1): clients reject any other value. */
@Schema(name = "ErrorCode", enumAsRef = true)
public enum ErrorCode {
  UNAUTHORIZED("unauthorized"),
  FORBIDDEN("forbidden"),
  BAD_REQUEST("bad_request"),
  NOT_FOUND("not_found"),
  CONFLICT("conflict"),
  INTERNAL("internal");

  private final String wire;

  ErrorCode(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
