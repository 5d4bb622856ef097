package dev.omnigraph.server.http;

import dev.omnigraph.BadRequestException;
import dev.omnigraph.ConflictException;
import dev.omnigraph.KeyConflictException;
import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.OmnigraphException;
import dev.omnigraph.server.api.ErrorCode;
import dev.omnigraph.server.api.ErrorOutput;
import dev.omnigraph.server.api.KeyConflictOutput;
import dev.omnigraph.server.api.ManifestConflictOutput;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP statuses and {@link ErrorOutput} bodies (http.md §3.2,
 * §3.3). Engine messages are passed through verbatim; anything unexpected becomes a generic 500
 * whose details stay in the log.
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** A status and the body to send with it. */
  public record Failure(int status, ErrorOutput body) {}

  /** Maps any failure of a request. */
  public static Failure map(Throwable t) {
    if (t instanceof HttpError e) {
      return new Failure(e.status(), e.body());
    }
    if (t instanceof OmnigraphException e) {
      return engine(e);
    }
    LOG.error("unexpected failure", t);
    return new Failure(500, ErrorOutput.of(ErrorCode.INTERNAL,
        "internal error: unexpected " + t.getClass().getSimpleName() + "; see the server log (request id "
            + RequestIds.current() + ")"));
  }

  private static Failure engine(OmnigraphException e) {
    String message = e.getMessage();
    if (e instanceof BadRequestException) {
      return new Failure(400, ErrorOutput.of(ErrorCode.BAD_REQUEST, message));
    }
    if (e instanceof NotFoundException) {
      return new Failure(404, ErrorOutput.of(ErrorCode.NOT_FOUND, message));
    }
    if (e instanceof ManifestConflictException m) {
      return new Failure(409, new ErrorOutput(message, ErrorCode.CONFLICT, List.of(),
          new ManifestConflictOutput(m.tableKey(), m.expected(), m.actual()), null));
    }
    if (e instanceof KeyConflictException k) {
      return new Failure(409, new ErrorOutput(message, ErrorCode.CONFLICT, List.of(), null,
          new KeyConflictOutput(k.typeKey(), k.entityId())));
    }
    if (e instanceof ConflictException) {
      return new Failure(409, ErrorOutput.of(ErrorCode.CONFLICT, message));
    }
    // What the sealed hierarchy leaves: StorageException, CommitStateUnknownException.
    LOG.error("engine failure: {}", message, e);
    return new Failure(500, ErrorOutput.of(ErrorCode.INTERNAL, message));
  }
}
