package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.PreparedRead;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's cache of prepared read queries, keyed by (query source, query name). Clients send
 * the same {@code .gq} source with every request, so parsing, selection, type checking and
 * planning happen once per distinct query instead of once per request. A prepared query re-checks
 * itself when the repository's schema changes (see {@link PreparedRead}); a query that fails to
 * prepare is never cached. The cache is bounded: past {@link #MAX_ENTRIES} entries, or for a
 * source over {@link #MAX_SOURCE_CHARS} characters, it is bypassed (or emptied), never grown.
 */
final class PreparedReads {
  static final int MAX_ENTRIES = 256;
  static final int MAX_SOURCE_CHARS = 64 * 1024;

  private record Key(String source, String name) {}

  private final Omnigraph graph;
  private final ConcurrentHashMap<Key, PreparedRead> cache = new ConcurrentHashMap<>();

  PreparedReads(Omnigraph graph) {
    this.graph = graph;
  }

  /**
   * The prepared query {@code name} of {@code source} (null: the source's only query).
   *
   * @throws dev.omnigraph.QueryException PARSE, TYPE or REQUEST (selection, a mutation query)
   * @throws dev.omnigraph.ConflictException when the schema state is locked (drift)
   */
  PreparedRead get(String source, String name) {
    Objects.requireNonNull(source, "source");
    if (source.length() > MAX_SOURCE_CHARS) {
      return graph.prepare(source, name);
    }
    Key key = new Key(source, name);
    PreparedRead prepared = cache.get(key);
    if (prepared == null) {
      prepared = graph.prepare(source, name);
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear(); // many distinct ad-hoc queries: start over rather than grow
      }
      cache.putIfAbsent(key, prepared);
    }
    return prepared;
  }

  /** Number of cached queries (tests). */
  int size() {
    return cache.size();
  }
}
