package dev.omnigraph.exec;

/** A condition on one node, by handle. */
@FunctionalInterface
interface NodeTest {
  NodeTest TRUE = h -> true;
  NodeTest FALSE = h -> false;

  boolean test(int handle);
}
