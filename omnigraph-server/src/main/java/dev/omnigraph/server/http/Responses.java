package dev.omnigraph.server.http;

import io.javalin.http.Context;

/** Writes JSON response bodies. */
public final class Responses {
  /** {@code application/json}, as the reference sends it (no charset parameter). */
  public static final String JSON = "application/json";
  private static final String ERROR_RENDERED = "omnigraph.error-rendered";

  private Responses() {}

  /** 200 with {@code body} as compact JSON. */
  public static void ok(Context ctx, Object body) {
    ctx.status(200).contentType(JSON).result(Json.write(body));
  }

  /** An error response for {@code failure}. */
  public static void error(Context ctx, ErrorMapper.Failure failure) {
    ctx.attribute(ERROR_RENDERED, Boolean.TRUE);
    ctx.status(failure.status()).contentType(JSON).result(Json.write(failure.body()));
  }

  /**
   * Whether a handler already rendered an error body; Javalin's status-based 404/405 hooks must
   * then keep it (an engine "not found" is a 404 too).
   */
  public static boolean errorRendered(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(ERROR_RENDERED));
  }
}
