package dev.omnigraph.server.handlers;

import dev.omnigraph.ConflictException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.PreparedRead;
import dev.omnigraph.QueryResult;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.ReadOutput;
import dev.omnigraph.server.api.ReadRequest;
import dev.omnigraph.server.api.ReadTargetOutput;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.JsonBody;
import dev.omnigraph.server.http.Responses;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /read} (http.md §4.4): one named read query against a branch head or a commit
 * (time travel). The rows are the engine's JSON rendering (semantics.md §5.3), embedded verbatim.
 *
 * <p>Processing order: both targets (400); the policy branch (for a snapshot read with a policy:
 * the commit's branch); authorize; then the query is parsed, selected and type-checked, its
 * parameters bound, and it runs on one snapshot of the target. Queries are prepared once per
 * (source, name) ({@link PreparedReads}); a prepared run resolves the target before binding, so
 * when the target or the schema state fails (404, 409) the request is answered by the engine's
 * one-shot read instead, whose checks run in the documented order (a bad parameter is a 400 even
 * on an unknown branch).
 */
public final class ReadHandler {
  private final Omnigraph graph;
  private final Authorizer authorizer;
  private final long bodyLimit;
  private final PreparedReads prepared;

  public ReadHandler(Omnigraph graph, Authorizer authorizer, long bodyLimit) {
    this.graph = graph;
    this.authorizer = authorizer;
    this.bodyLimit = bodyLimit;
    this.prepared = new PreparedReads(graph);
  }

  public void post(Context ctx) {
    ReadRequest request = JsonBody.read(ctx, ReadRequest.class, bodyLimit);
    ReadTarget target = Targets.of(request.branch(), request.snapshot(), "read");
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.READ,
        Targets.policyBranch(graph, authorizer, target), null));
    PreparedRead query = prepared.get(request.querySource(), request.queryName());
    QueryResult result;
    try {
      result = query.run(target, request.params());
    } catch (NotFoundException | ConflictException e) {
      result = graph.read(target, request.querySource(), request.queryName(), request.params());
    }
    List<String> columns = result.columnNames();
    Responses.ok(ctx, new ReadOutput(query.name(), output(target), result.rowCount(),
        columns.isEmpty() ? null : columns, result.toJsonRows()));
  }

  private static ReadTargetOutput output(ReadTarget target) {
    return target instanceof ReadTarget.Branch b ? new ReadTargetOutput(b.name(), null)
        : new ReadTargetOutput(null, ((ReadTarget.Commit) target).id());
  }
}
