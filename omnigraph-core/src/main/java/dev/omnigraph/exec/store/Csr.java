package dev.omnigraph.exec.store;

/**
 * Compressed sparse rows: the neighbours of node {@code u} are
 * {@code targets[offsets[u] … offsets[u + 1])}, in edge storage order.
 */
public record Csr(int[] offsets, int[] targets) {

  /** Builds the rows of {@code from[e] → to[e]} over {@code nodes} rows, keeping edge order. */
  static Csr build(int nodes, int[] from, int[] to, int edges) {
    int[] offsets = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      offsets[from[e] + 1]++;
    }
    for (int u = 0; u < nodes; u++) {
      offsets[u + 1] += offsets[u];
    }
    int[] fill = java.util.Arrays.copyOf(offsets, nodes);
    int[] targets = new int[edges];
    for (int e = 0; e < edges; e++) {
      targets[fill[from[e]]++] = to[e];
    }
    return new Csr(offsets, targets);
  }

  long bytes() {
    return 32L + offsets.length * 4L + targets.length * 4L;
  }
}
