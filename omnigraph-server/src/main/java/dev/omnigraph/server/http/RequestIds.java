package dev.omnigraph.server.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * Request ids (http.md §11): the client's {@code X-Request-Id} when it is 1–128 visible ASCII
 * characters, otherwise a fresh UUID. The id of the running request is kept in the logging MDC
 * so that every log line of the request carries it.
 */
public final class RequestIds {
  /** The request and response header. */
  public static final String HEADER = "X-Request-Id";
  /** The MDC key (used by the Logback pattern). */
  public static final String MDC_KEY = "request_id";

  private RequestIds() {}

  /** The id to use for a request whose header value is {@code incoming} (may be null). */
  public static String choose(String incoming) {
    return isValid(incoming) ? incoming : generate();
  }

  /**
   * A random (version 4) UUID. Request ids need no cryptographic strength, and
   * {@link UUID#randomUUID()}'s shared {@code SecureRandom} serialises concurrent requests.
   */
  static String generate() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }

  /** The id of the request being handled on this thread, or {@code -} outside a request. */
  public static String current() {
    String id = MDC.get(MDC_KEY);
    return id == null ? "-" : id;
  }

  static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > 128) {
      return false;
    }
    return id.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }
}
