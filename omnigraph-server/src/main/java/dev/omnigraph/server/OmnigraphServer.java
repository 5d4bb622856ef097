package dev.omnigraph.server;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.api.ErrorOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.TokenTable;
import dev.omnigraph.server.config.ServerSettings;
import dev.omnigraph.server.http.AccessLog;
import dev.omnigraph.server.http.ErrorMapper;
import dev.omnigraph.server.http.Json;
import dev.omnigraph.server.http.JsonErrorHandler;
import dev.omnigraph.server.http.RequestIds;
import dev.omnigraph.server.http.Responses;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A running HTTP server for one open graph. Framework behaviour (routing errors, request ids,
 * access log, error rendering, graceful stop) is configured here; the routes are in {@link Routes}.
 */
public final class OmnigraphServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OmnigraphServer.class);

  private final Javalin app;

  private OmnigraphServer(Javalin app) {
    this.app = app;
  }

  /**
   * Binds and starts serving {@code graph}. The caller keeps ownership of the graph (close it after
   * {@link #stop()}).
   */
  public static OmnigraphServer start(Omnigraph graph, ServerSettings settings, TokenTable tokens,
      Authorizer authorizer) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.router.ignoreTrailingSlashes = false; // `/branches/` is another path (http.md §2.3)
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> {
        // Stop accepting, then let in-flight requests finish within the grace period.
        server.setStopTimeout(settings.shutdownGrace().toMillis());
        server.insertHandler(new GracefulHandler());
        server.setErrorHandler(new JsonErrorHandler());
      });
      // Jetty's per-connection header cache matches header lines case-insensitively by default,
      // which would let `Bearer abc` reuse a cached `Bearer ABC`: tokens must compare exactly.
      config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
      config.routes.before(OmnigraphServer::beginRequest);
      config.routes.exception(Exception.class,
          (e, ctx) -> Responses.error(ctx, ErrorMapper.map(e)));
      // Errors (e.g. an UnsatisfiedLinkError from a native library) get the same generic 500.
      config.router.javaLangErrorHandler(OmnigraphServer::renderError);
      config.routes.error(404, ctx -> routingError(ctx, 404, ErrorCode.NOT_FOUND,
          "no route for " + ctx.method() + " " + ctx.path()));
      config.routes.error(405, ctx -> routingError(ctx, 405, ErrorCode.BAD_REQUEST,
          "method " + ctx.method() + " not allowed for " + ctx.path()));
      config.requestLogger.http(OmnigraphServer::logAccess);
      Routes.register(config.routes, graph, settings, tokens, authorizer);
    });
    app.start(settings.host(), settings.port());
    return new OmnigraphServer(app);
  }

  /** The bound port (useful with port 0). */
  public int port() {
    return app.port();
  }

  /**
   * Stops accepting connections and waits (bounded by the grace period) for in-flight requests;
   * those still running after it are aborted.
   */
  public void stop() {
    try {
      app.stop();
    } catch (RuntimeException e) {
      LOG.warn("shutdown grace period elapsed; in-flight requests were aborted: {}", e.toString());
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static void beginRequest(Context ctx) {
    String id = RequestIds.choose(ctx.header(RequestIds.HEADER));
    MDC.put(RequestIds.MDC_KEY, id);
    ctx.header(RequestIds.HEADER, id);
  }

  private static void renderError(HttpServletResponse res, Error error) {
    ErrorMapper.Failure failure = ErrorMapper.map(error);
    res.setStatus(failure.status());
    res.setContentType(Responses.JSON);
    try {
      res.getOutputStream().write(Json.write(failure.body()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | IllegalStateException e) {
      LOG.warn("could not report an internal error to the client: {}", e.toString());
    }
  }

  private static void routingError(Context ctx, int status, ErrorCode code, String message) {
    if (!Responses.errorRendered(ctx)) {
      Responses.error(ctx, new ErrorMapper.Failure(status, ErrorOutput.of(code, message)));
    }
  }

  private static void logAccess(Context ctx, Float millis) {
    try {
      AccessLog.log(ctx.method().name(), ctx.path(), ctx.status().getCode(), millis,
          Authentication.actorId(ctx));
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }
}
