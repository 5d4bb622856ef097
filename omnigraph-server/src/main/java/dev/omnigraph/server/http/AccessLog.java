package dev.omnigraph.server.http;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log (http.md §9.4): one INFO line per request with its method, path (never the query
 * string), status, duration and actor; the request id comes from the logging MDC.
 */
public final class AccessLog {
  /** The logger of the access lines. */
  public static final String LOGGER = "dev.omnigraph.server.access";
  private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER);

  private AccessLog() {}

  /** Logs one request; {@code actorId} is null in unauthenticated mode or before authentication. */
  public static void log(String method, String path, int status, double millis, String actorId) {
    ACCESS.info("request method={} path={} status={} duration_ms={} actor_id={}", method, path,
        status, String.format(Locale.ROOT, "%.1f", millis), actorId);
  }
}
