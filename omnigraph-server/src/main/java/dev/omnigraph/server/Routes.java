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
import io.javalin.http.Handler;

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

    get(routes, "/healthz", health::get);
    get(routes, "/openapi.json", openApi::get);
    get(routes, "/snapshot", auth.protect(snapshots::get));
    routes.post("/read", auth.protect(reads::post));
    routes.post("/export", auth.protect(exports::post));
    get(routes, "/schema", auth.protect(schema::get));
    get(routes, "/branches", auth.protect(branches::list));
    get(routes, "/commits", auth.protect(commits::list));
    get(routes, "/commits/{commit_id}", auth.protect(commits::get));
  }

  /**
   * A GET route, and HEAD on the same path through the same handler (http.md §2.3: HEAD behaves
   * like GET without a body). Without the explicit HEAD route Javalin answers HEAD itself with an
   * empty 200 whenever a GET route exists, skipping authentication and the handler. Jetty sends
   * the GET's status and headers (Content-Length included) and drops the body of a HEAD response.
   */
  private static void get(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
