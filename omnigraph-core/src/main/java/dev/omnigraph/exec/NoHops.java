package dev.omnigraph.exec;

/** An edge type without a table in the snapshot read (added to the schema later): no edges. */
record NoHops(boolean sameType) implements Hops {
  @Override
  public void prepare(int[] nodes, int count) {
    // nothing to load
  }

  @Override
  public int degree(int u) {
    return 0;
  }

  @Override
  public int neighbour(int u, int k) {
    throw new IndexOutOfBoundsException("no edges");
  }

  @Override
  public int toHandle(int u) {
    return -1;
  }
}
