package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.ExportRequest;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.EngineGap;
import dev.omnigraph.server.http.JsonBody;
import io.javalin.http.Context;

/**
 * {@code POST /export}: a branch head or a commit as NDJSON. Everything is validated before the
 * status line is sent (DECISIONS 14).
 */
public final class ExportHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;
  private final long bodyLimit;

  public ExportHandler(Omnigraph graph, Authorizer authorizer, long bodyLimit) {
    this.graph = graph;
    this.authorizer = authorizer;
    this.bodyLimit = bodyLimit;
  }

  public void post(Context ctx) {
    ExportRequest request = JsonBody.read(ctx, ExportRequest.class, bodyLimit);
    ReadTarget target = Targets.of(request.branch(), request.snapshot(), "export");
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.EXPORT,
        Targets.branch(target), null));
    graph.snapshot(target);
    throw EngineGap.missing("export (POST /export)");
  }
}
