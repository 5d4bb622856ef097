package dev.omnigraph.exec.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The read engine's memory-bounded cache: columns, id indexes and adjacencies of table versions,
 * weighed by their heap bytes. A value larger than the whole budget is never admitted; callers ask
 * {@link #admits} before building one and fall back to storage scans when it does not fit.
 * Eviction runs on the calling thread, so the budget holds as soon as a put returns.
 */
public final class GraphCache {
  private final long budget;
  private final Cache<Object, Object> cache;

  /** A cache holding at most {@code budgetBytes} (0 disables caching). */
  public GraphCache(long budgetBytes) {
    this.budget = Math.max(0, budgetBytes);
    this.cache = Caffeine.newBuilder().maximumWeight(budget)
        .weigher((Object k, Object v) -> (int) Math.min(Integer.MAX_VALUE, bytes(v)))
        .executor(Runnable::run)
        .build();
  }

  /** Whether a value of this many bytes may be cached at all. */
  public boolean admits(long bytes) {
    return bytes <= budget;
  }

  /** The bytes currently held. */
  public long weightedSize() {
    cache.cleanUp();
    return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
  }

  @SuppressWarnings("unchecked")
  <T> T get(Object key) {
    return (T) cache.getIfPresent(key);
  }

  void put(Object key, Object value) {
    if (admits(bytes(value))) {
      cache.put(key, value);
    }
  }

  private static long bytes(Object v) {
    if (v instanceof Column c) {
      return c.bytes();
    } else if (v instanceof IdIndex i) {
      return i.bytes();
    } else if (v instanceof EdgeAdjacency a) {
      return a.bytes();
    }
    throw new IllegalArgumentException("not a cacheable value: " + v.getClass());
  }
}
