package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.QueryFile;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.ReadRequest;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.EngineGap;
import dev.omnigraph.server.http.JsonBody;
import io.javalin.http.Context;

/** {@code POST /read}: one named read query against a branch head or a commit (time travel). */
public final class ReadHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;
  private final long bodyLimit;

  public ReadHandler(Omnigraph graph, Authorizer authorizer, long bodyLimit) {
    this.graph = graph;
    this.authorizer = authorizer;
    this.bodyLimit = bodyLimit;
  }

  public void post(Context ctx) {
    ReadRequest request = JsonBody.read(ctx, ReadRequest.class, bodyLimit);
    ReadTarget target = Targets.of(request.branch(), request.snapshot(), "read");
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ,
        Targets.branch(target), null));
    // Until the engine executes queries, everything before execution runs for real: target
    // resolution (404), the schema lock (409), selection, binding and type checking (400).
    graph.snapshot(target);
    QueryFile.parse(request.querySource())
        .prepareRead(graph.schema().catalog(), request.queryName(), request.params());
    throw EngineGap.missing("query execution (POST /read)");
  }
}
