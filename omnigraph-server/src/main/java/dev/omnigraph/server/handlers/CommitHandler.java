package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.api.CommitListOutput;
import dev.omnigraph.server.api.CommitOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.QueryParams;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;
import java.util.Set;

/** {@code /commits}: commit history and single commits. */
public final class CommitHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;

  public CommitHandler(Omnigraph graph, Authorizer authorizer) {
    this.graph = graph;
    this.authorizer = authorizer;
  }

  /** {@code GET /commits?branch=}: a branch's history oldest first; {@code main}'s without a branch. */
  public void list(Context ctx) {
    String branch = QueryParams.parse(ctx.queryString(), Set.of("branch")).get("branch");
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ, branch, null));
    Responses.ok(ctx, new CommitListOutput(graph.commits(branch == null ? Branches.MAIN : branch)
        .stream().map(CommitOutput::of).toList()));
  }

  /** {@code GET /commits/{commit_id}}: one commit, searched in every branch's history. */
  public void get(Context ctx) {
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ, null, null));
    Responses.ok(ctx, CommitOutput.of(graph.commit(ctx.pathParam("commit_id"))));
  }
}
