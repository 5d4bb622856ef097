package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.api.BranchListOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;

/** {@code /branches}: the branch list. */
public final class BranchHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;

  public BranchHandler(Omnigraph graph, Authorizer authorizer) {
    this.graph = graph;
    this.authorizer = authorizer;
  }

  /** {@code GET /branches}: every public branch, {@code main} included, in byte order. */
  public void list(Context ctx) {
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ, null, null));
    Responses.ok(ctx, new BranchListOutput(
        graph.branches().stream().sorted(Branches.BYTE_ORDER).toList()));
  }
}
