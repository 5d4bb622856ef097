package dev.omnigraph.server.http;

import dev.omnigraph.server.api.ErrorCode;

/**
 * Answers for requests that passed every check of the server but need an engine operation this
 * build of omnigraph-core does not have yet. A 500 {@code internal} (the closed {@code ErrorCode}
 * set has no "not implemented") that says so plainly.
 */
public final class EngineGap {
  private EngineGap() {}

  /** The failure for {@code operation} (e.g. {@code query execution}). */
  public static HttpError missing(String operation) {
    return new HttpError(500, ErrorCode.INTERNAL,
        "internal error: " + operation + " is not available in this build of omnigraph");
  }
}
