package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Column;
import dev.omnigraph.schema.NodeType;

/**
 * The nodes of one type at the query's snapshot, as this query sees them. A node is addressed by a
 * handle (an int); handles of ids without a node row (dangling edge ends) exist too and
 * {@link #exists} tells them apart. Every use of a type within one query shares one source, so
 * equal handles mean the same node.
 */
sealed interface NodeSource permits CachedNodes, FetchedNodes {

  NodeType type();

  /** The planned column of a property, readable for every existing handle. */
  Column column(String property);

  /** The id of a handle. */
  String id(int handle);

  /** The handle of an id (a dangling handle when no node has it). */
  int intern(String id);

  /** Makes {@link #exists} and the columns valid for these handles. */
  void resolve(int[] handles, int count);

  /** Whether the handle is a node of the table (valid after {@link #resolve}). */
  boolean exists(int handle);

  /** The handle of the node with this id, or -1. */
  int find(String id);

  /**
   * Pushes the handles of the nodes passing {@code test} to {@code out} in chunks, in storage
   * order, until {@code out} returns false.
   *
   * @param sql a storage-side SQL filter implied by {@code test}, or null; a cached source ignores
   *            it, a storage source uses it to read fewer rows
   */
  void scan(String sql, NodeTest test, HandleSink out);

  /** Receives chunks of scanned handles (the array is the receiver's); false stops the scan. */
  interface HandleSink {
    boolean accept(int[] handles, int count);
  }
}
