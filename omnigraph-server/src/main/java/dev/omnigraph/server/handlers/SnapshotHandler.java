package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.SnapshotOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.QueryParams;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;
import java.util.Set;

/** {@code GET /snapshot?branch=}: per-table state of a branch head (default {@code main}). */
public final class SnapshotHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;

  public SnapshotHandler(Omnigraph graph, Authorizer authorizer) {
    this.graph = graph;
    this.authorizer = authorizer;
  }

  public void get(Context ctx) {
    String given = QueryParams.parse(ctx.queryString(), Set.of("branch")).get("branch");
    String branch = given == null ? Branches.MAIN : given;
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ, branch, null));
    Responses.ok(ctx, SnapshotOutput.of(branch, graph.snapshot(ReadTarget.branch(branch))));
  }
}
