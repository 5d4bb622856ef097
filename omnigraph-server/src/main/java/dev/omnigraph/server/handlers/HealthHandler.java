package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.api.HealthOutput;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;

/** {@code GET /healthz}: liveness; never authenticated, never touches the graph. */
public final class HealthHandler {
  private final HealthOutput health = new HealthOutput("ok", Omnigraph.version(), null);

  public void get(Context ctx) {
    Responses.ok(ctx, health);
  }
}
