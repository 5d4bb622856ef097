package dev.omnigraph.query.ir;

import dev.omnigraph.schema.NodeType;

/**
 * One end of a traversal.
 *
 * @param variable the variable name without {@code $}; {@code _} is the anonymous endpoint
 * @param type     the node type of this end (for {@code $_}: the type the edge implies)
 */
public record Endpoint(String variable, NodeType type) {
  /** The anonymous endpoint {@code $_}: never bound, never compared, each occurrence distinct. */
  public boolean isAnonymous() {
    return "_".equals(variable);
  }
}
