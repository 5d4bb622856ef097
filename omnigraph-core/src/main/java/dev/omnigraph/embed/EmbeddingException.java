package dev.omnigraph.embed;

/**
 * Computing {@code @embed} vectors failed (an internal error, HTTP 500): the write publishes
 * nothing. The message is {@code [line {n}: ]embedding failed for {Type}.{property}: {detail}}.
 */
public final class EmbeddingException extends RuntimeException {
  public EmbeddingException(String message, Throwable cause) {
    super(message, cause);
  }
}
