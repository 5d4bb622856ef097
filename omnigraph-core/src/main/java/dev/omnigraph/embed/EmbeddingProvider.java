package dev.omnigraph.embed;

import java.util.List;

/**
 * Computes embeddings of texts: the extension point through which writes fill {@code @embed}
 * vectors (semantics.md §9.1, DECISIONS 3). The loader consults it for every node row whose
 * {@code @embed(source)} vector property is absent or null while its source String property is
 * present, in input order, one call per batch of rows; an explicitly given vector is stored as is.
 *
 * <p>Until a provider is configured (the search feature plugs in the mock and the
 * OpenAI-compatible one), the engine uses {@link #NONE}: no vector is computed, the property stays
 * null, and a non-nullable target then fails the load with the usual required-value error
 * ({@code non-nullable vector property '{p}' has null values}).
 */
public interface EmbeddingProvider {
  /** Computes nothing: {@code @embed} targets that are not given stay null. */
  EmbeddingProvider NONE = new EmbeddingProvider() {
    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public List<float[]> embed(List<String> texts, int dimension) {
      throw new IllegalStateException("no embedding provider is configured (enabled() is false)");
    }
  };

  /** Whether this provider computes vectors (false for {@link #NONE}). */
  default boolean enabled() {
    return true;
  }

  /**
   * The embeddings of {@code texts}, in order, each of exactly {@code dimension} floats.
   *
   * @throws RuntimeException with a message describing the provider failure; the write fails
   *     with {@code embedding failed for {Type}.{property}: {message}} and publishes nothing
   */
  List<float[]> embed(List<String> texts, int dimension);
}
