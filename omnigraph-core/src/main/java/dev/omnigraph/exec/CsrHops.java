package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Csr;
import dev.omnigraph.exec.store.EdgeAdjacency;
import dev.omnigraph.query.ir.Direction;

/** Hops over a cached {@link EdgeAdjacency}: node numbers are row positions. */
final class CsrHops implements Hops {
  private final int[] offsets;
  private final int[] targets;
  private final boolean sameType;
  private final int targetRows;

  CsrHops(EdgeAdjacency adjacency, Direction direction) {
    Csr csr = direction == Direction.OUT ? adjacency.out() : adjacency.in();
    this.offsets = csr.offsets();
    this.targets = csr.targets();
    this.sameType = adjacency.sameType();
    this.targetRows = direction == Direction.OUT ? adjacency.toRows() : adjacency.fromRows();
  }

  @Override
  public boolean sameType() {
    return sameType;
  }

  @Override
  public void prepare(int[] nodes, int count) {
    // In memory already.
  }

  @Override
  public int degree(int u) {
    return offsets[u + 1] - offsets[u];
  }

  @Override
  public int neighbour(int u, int k) {
    return targets[offsets[u] + k];
  }

  @Override
  public int toHandle(int u) {
    return u < targetRows ? u : -1;
  }
}
