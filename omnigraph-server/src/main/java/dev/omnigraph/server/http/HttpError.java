package dev.omnigraph.server.http;

import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.api.ErrorOutput;

/** A request the server itself rejects (transport, decoding, authentication, validation). */
public final class HttpError extends RuntimeException {
  private final int status;
  private final ErrorOutput body;

  public HttpError(int status, ErrorCode code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.body = ErrorOutput.of(code, message);
  }

  /** 400 {@code bad_request}. */
  public static HttpError badRequest(String message) {
    return new HttpError(400, ErrorCode.BAD_REQUEST, message);
  }

  public int status() {
    return status;
  }

  public ErrorOutput body() {
    return body;
  }
}
