package dev.omnigraph.server.handlers;

import dev.omnigraph.server.http.Responses;
import dev.omnigraph.server.openapi.OpenApiDocument;
import io.javalin.http.Context;

/** {@code GET /openapi.json}: never authenticated; without tokens the document has no security. */
public final class OpenApiHandler {
  private final String version;
  private final boolean authenticated;
  private volatile String document;

  public OpenApiHandler(String version, boolean authenticated) {
    this.version = version;
    this.authenticated = authenticated;
  }

  public void get(Context ctx) {
    ctx.status(200).contentType(Responses.JSON).result(document());
  }

  /**
   * Built on first use: swagger-core's model introspection costs seconds of CPU on a cold JVM,
   * which start-up (the first {@code /healthz}) should not pay.
   */
  private String document() {
    String d = document;
    if (d == null) {
      synchronized (this) {
        d = document;
        if (d == null) {
          d = OpenApiDocument.json(version, authenticated);
          document = d;
        }
      }
    }
    return d;
  }
}
