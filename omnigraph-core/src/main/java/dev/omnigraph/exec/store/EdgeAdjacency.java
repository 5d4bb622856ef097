package dev.omnigraph.exec.store;

/**
 * The adjacency of one edge table state over the row positions of its endpoint tables, both
 * directions (semantics.md §3.3). Edges match endpoints by id only.
 *
 * <p>When both endpoints have the same node type, positions {@code 0 … nodes - 1} are that table's
 * rows and {@code nodes … universe - 1} stand for ids that occur in the edge table without a node
 * row (dangling ends): breadth-first searches walk through them (reference behaviour) and
 * hydration drops them. When the types differ only one hop exists, so edges with a dangling end
 * are left out.
 *
 * @param out      {@code src → dst} rows, indexed by From positions
 * @param in       {@code dst → src} rows, indexed by To positions
 * @param sameType whether From and To are one node type
 * @param fromRows rows of the From table
 * @param toRows   rows of the To table
 * @param universe positions of the same-type search space (rows plus dangling ids), else
 *                 {@code max(fromRows, toRows)}
 */
public record EdgeAdjacency(Csr out, Csr in, boolean sameType, int fromRows, int toRows,
    int universe) {

  /** Builds both directions from resolved endpoint positions ({@code -1}: left out). */
  public static EdgeAdjacency build(int[] src, int[] dst, int edges, boolean sameType,
      int fromRows, int toRows, int universe) {
    if (sameType) {
      return new EdgeAdjacency(Csr.build(universe, src, dst, edges),
          Csr.build(universe, dst, src, edges), true, fromRows, toRows, universe);
    }
    int kept = 0;
    for (int e = 0; e < edges; e++) {
      if (src[e] >= 0 && dst[e] >= 0) {
        src[kept] = src[e];
        dst[kept] = dst[e];
        kept++;
      }
    }
    return new EdgeAdjacency(Csr.build(fromRows, src, dst, kept),
        Csr.build(toRows, dst, src, kept), false, fromRows, toRows, Math.max(fromRows, toRows));
  }

  public long bytes() {
    return 48L + out.bytes() + in.bytes();
  }
}
