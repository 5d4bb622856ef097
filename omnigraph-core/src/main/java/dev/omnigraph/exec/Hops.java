package dev.omnigraph.exec;

/**
 * One direction of one edge type as a graph over node numbers: the adjacency the breadth-first
 * searches of semantics.md §3.3 walk. Source handles are node numbers; reached numbers map back to
 * destination handles with {@link #toHandle}.
 */
sealed interface Hops permits CsrHops, FetchedHops, NoHops {

  /** Whether both ends have one node type (multi-hop searches exist only then). */
  boolean sameType();

  /** Makes the neighbour lists of these nodes available (a storage lookup when not cached). */
  void prepare(int[] nodes, int count);

  /** Number of edges leaving {@code u} in this direction. */
  int degree(int u);

  /** The {@code k}-th neighbour of {@code u}, in edge storage order. */
  int neighbour(int u, int k);

  /** The destination handle of a reached node number, or -1 for an id without a node row. */
  int toHandle(int u);
}
