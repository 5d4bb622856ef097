package dev.omnigraph.server.auth;

import dev.omnigraph.server.http.HttpError;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Guards protected routes (http.md §6): authentication runs after routing and before anything of
 * the request (query string or body) is read. The actor is then available to the handler.
 */
public final class Authentication {
  private static final String ACTOR = "omnigraph.actor";

  private final TokenTable tokens;

  public Authentication(TokenTable tokens) {
    this.tokens = tokens;
  }

  /** {@code handler} behind bearer authentication (open in unauthenticated mode). */
  public Handler protect(Handler handler) {
    return ctx -> {
      if (tokens.enabled()) {
        try {
          ctx.attribute(ACTOR, tokens.authenticate(ctx.header("Authorization")));
        } catch (HttpError e) {
          ctx.header("WWW-Authenticate", "Bearer");
          throw e;
        }
      }
      handler.handle(ctx);
    };
  }

  /** The authenticated actor of the request; null in unauthenticated mode. */
  public static Actor actor(Context ctx) {
    return ctx.attribute(ACTOR);
  }

  /** The actor id for responses and logs; null in unauthenticated mode. */
  public static String actorId(Context ctx) {
    Actor a = actor(ctx);
    return a == null ? null : a.id();
  }
}
