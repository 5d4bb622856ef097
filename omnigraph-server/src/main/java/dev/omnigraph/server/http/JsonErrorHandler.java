package dev.omnigraph.server.http;

import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.api.ErrorOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Jetty's own errors (requests rejected before routing: malformed URIs, oversized headers,
 * illegal header characters, unparseable request lines) as {@link ErrorOutput} JSON instead of
 * Jetty's HTML pages. Javalin never sees these requests, so this handler also gives them what
 * every response gets (http.md §11, §9.4): an {@code X-Request-Id} and one access log line.
 *
 * <p>The id is the client's when the request reaching this handler carries a valid one. For a
 * request its HTTP parser rejected, Jetty hands over a stand-in request without any of the
 * headers it had read, so such a response always carries a generated id; when even the request
 * line could not be parsed, Jetty's stand-in method and path ({@code BAD /badMessage}) are logged
 * as {@code -}.
 */
public final class JsonErrorHandler extends ErrorHandler {
  /** Jetty's stand-in for a request whose request line could not be parsed. */
  private static final String UNPARSED_METHOD = "BAD";
  private static final String UNPARSED_PATH = "/badMessage";

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String id = RequestIds.choose(request.getHeaders().get(RequestIds.HEADER));
    response.getHeaders().put(RequestIds.HEADER, id);
    try {
      return super.handle(request, response, callback);
    } finally {
      logAccess(request, response.getStatus(), id);
    }
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
    response.write(true, body(code, message), callback);
  }

  private static void logAccess(Request request, int status, String id) {
    String previous = MDC.get(RequestIds.MDC_KEY);
    MDC.put(RequestIds.MDC_KEY, id);
    try {
      double millis = Math.max(0, (System.nanoTime() - request.getBeginNanoTime()) / 1e6);
      String method = request.getMethod();
      String path = path(request.getHttpURI());
      if (UNPARSED_METHOD.equals(method) && UNPARSED_PATH.equals(path)) {
        method = null;
        path = null;
      }
      AccessLog.log(orDash(method), orDash(path), status, millis, null);
    } finally {
      if (previous == null) {
        MDC.remove(RequestIds.MDC_KEY);
      } else {
        MDC.put(RequestIds.MDC_KEY, previous);
      }
    }
  }

  /** The raw (still encoded) path: a malformed URI cannot be decoded. Never the query string. */
  private static String path(HttpURI uri) {
    return uri == null ? null : uri.getPath();
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static ByteBuffer body(int status, String message) {
    ErrorCode code = status == 404 ? ErrorCode.NOT_FOUND
        : status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    return ByteBuffer.wrap(Json.write(ErrorOutput.of(code, text)).getBytes(StandardCharsets.UTF_8));
  }
}
