package dev.omnigraph.server;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.server.auth.Authentication;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.auth.TokenTable;
import dev.omnigraph.server.config.ServerSettings;
import dev.omnigraph.server.handlers.BranchHandler;
import dev.omnigraph.server.handlers.CommitHandler;
import dev.omnigraph.server.handlers.ExportHandler;
import dev.omnigraph.server.handlers.HealthHandler;
import dev.omnigraph.server.handlers.OpenApiHandler;
import dev.omnigraph.server.handlers.ReadHandler;
import dev.omnigraph.server.handlers.SchemaHandler;
import dev.omnigraph.server.handlers.SnapshotHandler;
import io.javalin.config.RoutesConfig;

/** The route table (http.md §1): every route of the server, wired to its handler. */
final class Routes {
  private Routes() {}

  static void register(RoutesConfig routes, Omnigraph graph, ServerSettings settings,
      TokenTable tokens, Authorizer authorizer) {
    Authentication auth = new Authentication(tokens);
    HealthHandler health = new HealthHandler();
    OpenApiHandler openApi = new OpenApiHandler(Omnigraph.version(), tokens.enabled());
    SnapshotHandler snapshots = new SnapshotHandler(graph, authorizer);
    ReadHandler reads = new ReadHandler(graph, authorizer, settings.bodyLimitBytes());
    ExportHandler exports = new ExportHandler(graph, authorizer, settings.bodyLimitBytes());
    SchemaHandler schema = new SchemaHandler(graph, authorizer);
    BranchHandler branches = new BranchHandler(graph, authorizer);
    CommitHandler commits = new CommitHandler(graph, authorizer);

    routes.get("/healthz", health::get);
    routes.get("/openapi.json", openApi::get);
    routes.get("/snapshot", auth.protect(snapshots::get));
    routes.post("/read", auth.protect(reads::post));
    routes.post("/export", auth.protect(exports::post));
    routes.get("/schema", auth.protect(schema::get));
    routes.get("/branches", auth.protect(branches::list));
    routes.get("/commits", auth.protect(commits::list));
    routes.get("/commits/{commit_id}", auth.protect(commits::get));
  }
}
