package dev.omnigraph.server.http;

import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.api.ErrorOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (requests rejected before routing: malformed URIs, oversized headers,
 * unparseable request lines) as {@link ErrorOutput} JSON instead of Jetty's HTML pages.
 */
public final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
    response.write(true, body(code, message), callback);
  }

  private static ByteBuffer body(int status, String message) {
    ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND
        : status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    return ByteBuffer.wrap(Json.write(ErrorOutput.of(code, text)).getBytes(StandardCharsets.UTF_8));
  }
}
