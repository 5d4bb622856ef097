package dev.omnigraph.server.handlers;

import dev.omnigraph.server.http.Responses;
import dev.omnigraph.server.openapi.OpenApiDocument;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;

/** {@code GET /openapi.json}: never authenticated; without tokens the document has no security. */
public final class OpenApiHandler {
  private final CompletableFuture<String> document;

  /**
   * Starts building the document in the background: swagger-core's model introspection takes
   * seconds on a cold JVM and must not delay start-up (the first {@code /healthz}).
   */
  public OpenApiHandler(String version, boolean authenticated) {
    this.document = CompletableFuture.supplyAsync(
        () -> OpenApiDocument.json(version, authenticated));
  }

  public void get(Context ctx) {
    ctx.status(200).contentType(Responses.JSON).result(document.join());
  }
}
