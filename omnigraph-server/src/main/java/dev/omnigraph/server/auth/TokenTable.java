package dev.omnigraph.server.auth;

import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.http.HttpError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * The configured bearer tokens, kept only as SHA-256 digests (http.md §6.2). Empty = the server
 * runs unauthenticated.
 */
public final class TokenTable {
  private static final String BEARER = "Bearer ";

  private record Entry(String actorId, byte[] digest) {}

  private final List<Entry> entries;

  private TokenTable(List<Entry> entries) {
    this.entries = entries;
  }

  /** Digests {@code tokensByActor} (actor id → plaintext token); the plaintext is not kept. */
  public static TokenTable of(Map<String, String> tokensByActor) {
    return new TokenTable(tokensByActor.entrySet().stream()
        .map(e -> new Entry(e.getKey(), sha256(e.getValue()))).toList());
  }

  /** No tokens: every route is open. */
  public static TokenTable none() {
    return new TokenTable(List.of());
  }

  /** Whether authentication is enabled. */
  public boolean enabled() {
    return !entries.isEmpty();
  }

  /** How many actors have a token. */
  public int size() {
    return entries.size();
  }

  /**
   * The actor of an {@code Authorization} header value (null when absent).
   *
   * @throws HttpError 401 {@code missing bearer token} / {@code invalid bearer token}
   */
  public Actor authenticate(String authorization) {
    if (authorization == null || !isVisibleAscii(authorization)
        || !authorization.startsWith(BEARER)) {
      throw new HttpError(401, ErrorCode.UNAUTHORIZED, "missing bearer token");
    }
    byte[] digest = sha256(authorization.substring(BEARER.length()));
    Entry match = null;
    for (Entry e : entries) {
      // Compare with every entry (no early exit) so timing does not reveal which one matched.
      if (MessageDigest.isEqual(e.digest(), digest) && match == null) {
        match = e;
      }
    }
    if (match == null) {
      throw new HttpError(401, ErrorCode.UNAUTHORIZED, "invalid bearer token");
    }
    return new Actor(match.actorId());
  }

  private static boolean isVisibleAscii(String s) {
    return s.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
