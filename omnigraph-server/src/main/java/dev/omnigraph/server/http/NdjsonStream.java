package dev.omnigraph.server.http;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The body of a streamed NDJSON response (http.md §4.5). The status line and headers go out with
 * the first byte (or at {@link #finish()} for an empty body), so a failure before any output can
 * still be answered with a JSON error. Writes go straight to the servlet stream (Javalin's
 * {@code ctx.outputStream()} would buffer the whole body), which blocks while the client is slow:
 * memory stays flat whatever the size of the export.
 */
public final class NdjsonStream extends OutputStream {
  /** The content type of an NDJSON body. */
  public static final String CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

  private final Context ctx;
  private OutputStream out;

  public NdjsonStream(Context ctx) {
    this.ctx = ctx;
  }

  /** Whether the status line has been sent (an error can then no longer be reported as JSON). */
  public boolean started() {
    return out != null;
  }

  @Override
  public void write(int b) throws IOException {
    start().write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    start().write(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  /** Sends the headers if nothing was written yet and flushes; the response then ends normally. */
  public void finish() throws IOException {
    start().flush();
  }

  /**
   * Ends a started response without its terminating chunk, so the client sees a truncated
   * transfer rather than a well-formed partial body.
   */
  public void abort(Throwable cause) {
    // Closing the connection (rather than aborting the servlet channel, which leaves Javalin
    // failing on the request's async state) drops the rest of the exchange, terminating chunk
    // included.
    ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
        .getConnection().getEndPoint().close(cause);
  }

  private OutputStream start() throws IOException {
    if (out == null) {
      HttpServletResponse res = ctx.res();
      res.setStatus(200);
      res.setContentType(CONTENT_TYPE);
      out = res.getOutputStream();
    }
    return out;
  }
}
