package dev.omnigraph.storage;

/**
 * Another process committed to the lineage this chain writes: the chain's work cannot be proven
 * to sit exactly on its base and is abandoned (the engine reports a manifest conflict).
 */
public final class ChainBrokenException extends RuntimeException {
  private final String path;
  private final long baseVersion;
  private final long foundVersion;

  ChainBrokenException(String path, String lineage, long baseVersion, long previous, long landed,
      String what) {
    super(what + " on " + path + (lineage == null ? "" : "@" + lineage) + " did not land at version "
        + (previous + 1) + (landed < 0 ? " (concurrent writer)" : " but at " + landed));
    this.path = path;
    this.baseVersion = baseVersion;
    this.foundVersion = landed < 0 ? previous + 1 : landed;
  }

  public String path() {
    return path;
  }

  public long baseVersion() {
    return baseVersion;
  }

  /** The version found on the lineage where ours should have been. */
  public long foundVersion() {
    return foundVersion;
  }
}
