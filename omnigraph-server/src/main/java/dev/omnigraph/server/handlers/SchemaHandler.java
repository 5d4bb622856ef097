package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.api.SchemaOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;

/** {@code GET /schema}: the stored schema source, read from the repository on every request. */
public final class SchemaHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;

  public SchemaHandler(Omnigraph graph, Authorizer authorizer) {
    this.graph = graph;
    this.authorizer = authorizer;
  }

  public void get(Context ctx) {
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ, null, null));
    Responses.ok(ctx, new SchemaOutput(graph.schemaSource()));
  }
}
