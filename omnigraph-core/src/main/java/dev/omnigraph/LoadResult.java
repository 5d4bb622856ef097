package dev.omnigraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load did (semantics.md §12.7).
 *
 * @param mode        the mode used
 * @param nodesLoaded input rows per node type (inserted + replaced), by type name
 * @param edgesLoaded input rows per edge type, by type name
 * @param inserted    rows added per table key ({@code node:T}, {@code edge:E}); in overwrite mode
 *                    every loaded row counts as inserted
 * @param updated     rows that replaced a stored row with the same id, per table key (merge mode)
 * @param commitId    the commit the load published, or null when the input had no records
 * @param elapsed     wall time of the whole load
 */
public record LoadResult(LoadMode mode, Map<String, Long> nodesLoaded, Map<String, Long> edgesLoaded,
    Map<String, Long> inserted, Map<String, Long> updated, String commitId, Duration elapsed) {

  public LoadResult {
    nodesLoaded = sorted(nodesLoaded);
    edgesLoaded = sorted(edgesLoaded);
    inserted = sorted(inserted);
    updated = sorted(updated);
  }

  /** Total node rows loaded. */
  public long totalNodes() {
    return nodesLoaded.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Total edge rows loaded. */
  public long totalEdges() {
    return edgesLoaded.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rows loaded per table key, sorted by table key (the HTTP {@code /ingest} {@code tables}). */
  public List<Map.Entry<String, Long>> rowsPerTable() {
    Map<String, Long> out = new TreeMap<>();
    nodesLoaded.forEach((t, n) -> out.put("node:" + t, n));
    edgesLoaded.forEach((t, n) -> out.put("edge:" + t, n));
    return List.copyOf(new ArrayList<>(out.entrySet()));
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return Collections.unmodifiableMap(new TreeMap<>(m));
  }
}
