package dev.omnigraph.exec.store;

import dev.omnigraph.manifest.TableEntry;

/**
 * One immutable table state: a dataset path, its lineage (null = the main line) and a version.
 * Everything cached for a table is keyed by it.
 */
public record TableVersion(String path, String lineage, long version) {
  public static TableVersion of(TableEntry e) {
    return new TableVersion(e.path(), e.lineage(), e.version());
  }
}
