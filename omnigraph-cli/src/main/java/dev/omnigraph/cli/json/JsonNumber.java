package dev.omnigraph.cli.json;

/**
 * A JSON number kept as the exact text it was received in, so that the CLI never re-encodes a
 * number the engine (or a server) rendered (semantics.md §5.3).
 *
 * @param text the number's JSON text, e.g. {@code 30}, {@code 1e+16}, {@code 0.1}
 */
public record JsonNumber(String text) {
  @Override
  public String toString() {
    return text;
  }
}
