package dev.omnigraph.cli.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@code omnigraph load} (cli.md §3.3): the reference's {@code LoadOutput} plus
 * {@code graph_commit_id} (DECISIONS 24), left out when nothing was published.
 *
 * @param nodesLoaded     input node records
 * @param edgesLoaded     input edge records
 * @param nodeTypesLoaded distinct node types among them
 * @param edgeTypesLoaded distinct edge types among them
 * @param graphCommitId   the commit the load published, or null
 */
public record LoadOutput(String uri, String branch, String mode, long nodesLoaded,
    long edgesLoaded, int nodeTypesLoaded, int edgeTypesLoaded, String graphCommitId) {

  /** The JSON value, members in wire order. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uri", uri);
    m.put("branch", branch);
    m.put("mode", mode);
    m.put("nodes_loaded", nodesLoaded);
    m.put("edges_loaded", edgesLoaded);
    m.put("node_types_loaded", nodeTypesLoaded);
    m.put("edge_types_loaded", edgeTypesLoaded);
    if (graphCommitId != null) {
      m.put("graph_commit_id", graphCommitId);
    }
    return m;
  }

  /** {@code loaded {uri} on branch {b} with {mode}: {n} nodes across {nt} node types, …}. */
  public String human() {
    return "loaded " + uri + " on branch " + branch + " with " + mode + ": " + nodesLoaded
        + " nodes across " + nodeTypesLoaded + " node types, " + edgesLoaded + " edges across "
        + edgeTypesLoaded + " edge types";
  }
}
