package dev.omnigraph.server.handlers;

import dev.omnigraph.ExportSelection;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.api.ExportRequest;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.Authorizer.Action;
import dev.omnigraph.server.auth.Authorizer.PolicyRequest;
import dev.omnigraph.server.http.JsonBody;
import dev.omnigraph.server.http.NdjsonStream;
import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /export}: a branch head or a commit as NDJSON. The engine checks the target and
 * the selection before writing its first byte and the status line goes out with that byte, so
 * every validation failure is a normal JSON error (DECISIONS 14); a failure after that truncates
 * the transfer. The engine reads one pinned snapshot and writes through {@link NdjsonStream}
 * straight to the connection, blocking while the client is slow, so memory stays flat.
 */
public final class ExportHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ExportHandler.class);

  private final Omnigraph graph;
  private final Authorizer authorizer;
  private final long bodyLimit;

  public ExportHandler(Omnigraph graph, Authorizer authorizer, long bodyLimit) {
    this.graph = graph;
    this.authorizer = authorizer;
    this.bodyLimit = bodyLimit;
  }

  public void post(Context ctx) throws IOException {
    ExportRequest request = JsonBody.read(ctx, ExportRequest.class, bodyLimit);
    ReadTarget target = Targets.of(request.branch(), request.snapshot(), "export");
    authorizer.authorize(new PolicyRequest(Authentication.actor(ctx), Action.EXPORT,
        Targets.policyBranch(graph, authorizer, target), null));
    NdjsonStream body = new NdjsonStream(ctx);
    try {
      graph.export(target, new ExportSelection(request.typeNames(), request.tableKeys()), body);
      body.finish();
    } catch (IOException | RuntimeException e) {
      if (!body.started()) {
        throw e;
      }
      if (e instanceof IOException) {
        // Writing to the client failed: it went away or its connection broke.
        LOG.warn("export aborted: the client connection failed: {}", e.toString());
      } else {
        LOG.error("export failed after streaming began; aborting the response", e);
      }
      body.abort(e);
    }
  }
}
