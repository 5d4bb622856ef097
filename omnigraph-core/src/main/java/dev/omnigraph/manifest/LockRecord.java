package dev.omnigraph.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A schema-apply lease ({@code omnigraph.lock/schema_apply}); times in µs since the epoch. */
@JsonPropertyOrder({"holder", "started_at", "expires_at"})
public record LockRecord(String holder, long startedAt, long expiresAt) {
  public boolean heldAt(long nowMicros) {
    return nowMicros < expiresAt;
  }
}
