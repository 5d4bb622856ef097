package dev.omnigraph.server.handlers;

import dev.omnigraph.server.http.Responses;
import dev.omnigraph.server.openapi.OpenApiDocument;
import io.javalin.http.Context;

/** {@code GET /openapi.json}: never authenticated; without tokens the document has no security. */
public final class OpenApiHandler {
  private final String document;

  public OpenApiHandler(String version, boolean authenticated) {
    this.document = OpenApiDocument.json(version, authenticated);
  }

  public void get(Context ctx) {
    ctx.status(200).contentType(Responses.JSON).result(document);
  }
}
