package dev.omnigraph.schema;

/**
 * Outgoing-edge count per source node, {@code @card(min..max)}; default {@code 0..} (unbounded).
 *
 * @param min at least this many (unsigned 32-bit)
 * @param max at most this many, or null when unbounded
 */
public record Cardinality(long min, Long max) {
  public static final Cardinality DEFAULT = new Cardinality(0, null);

  public boolean isDefault() {
    return min == 0 && max == null;
  }
}
