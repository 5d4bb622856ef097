package dev.omnigraph;

/**
 * Settings of an open repository handle.
 *
 * @param writeQueue queue writes per branch inside this process (DECISIONS 25): concurrent writers
 *                   through one handle then all succeed unless their data conflicts. Turn it off
 *                   to let same-process writers race on the manifest fence like separate processes.
 * @param cacheBytes heap the read engine may use to keep table data in memory (columns, id
 *                   indexes, adjacency; docs/query-execution.md). Tables that do not fit are read
 *                   from storage per query instead; 0 disables caching. Default: a quarter of the
 *                   maximum heap.
 */
public record OmnigraphOptions(boolean writeQueue, long cacheBytes) {
  public OmnigraphOptions {
    if (cacheBytes < 0) {
      throw new IllegalArgumentException("cacheBytes must be >= 0, got " + cacheBytes);
    }
  }

  public static OmnigraphOptions defaults() {
    return new OmnigraphOptions(true, Runtime.getRuntime().maxMemory() / 4);
  }

  public OmnigraphOptions withWriteQueue(boolean enabled) {
    return new OmnigraphOptions(enabled, cacheBytes);
  }

  public OmnigraphOptions withCacheBytes(long bytes) {
    return new OmnigraphOptions(writeQueue, bytes);
  }
}
