package dev.omnigraph.exec;

/** A condition on one node, by handle. */
@FunctionalInterface
interface NodeTest {
  NodeTest TRUE = h -> true;
  NodeTest FALSE = h -> false;

  boolean test(int handle);

  /** Both conditions. */
  static NodeTest and(NodeTest a, NodeTest b) {
    if (a == TRUE) {
      return b;
    }
    if (b == TRUE) {
      return a;
    }
    return h -> a.test(h) && b.test(h);
  }
}
