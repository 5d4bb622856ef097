package dev.omnigraph;

import dev.omnigraph.query.bind.BoundParams;
import dev.omnigraph.query.ir.CheckedQuery;
import dev.omnigraph.query.ir.MutationQuery;
import dev.omnigraph.query.ir.ReadQuery;

/**
 * A selected, type-checked query with its bound parameters: everything execution needs besides
 * the data and the request clock. Obtain one from {@link QueryFile#prepareRead} or
 * {@link QueryFile#prepareMutation}.
 */
public final class PreparedQuery {
  private final CheckedQuery checked;
  private final BoundParams params;

  PreparedQuery(CheckedQuery checked, BoundParams params) {
    this.checked = checked;
    this.params = params;
  }

  /** The query name. */
  public String name() {
    return checked.name();
  }

  /** True for a mutation query. */
  public boolean isMutation() {
    return checked instanceof MutationQuery;
  }

  /** The checked IR. */
  public CheckedQuery checked() {
    return checked;
  }

  /**
   * The checked read query.
   *
   * @throws IllegalStateException for a mutation
   */
  public ReadQuery read() {
    if (!(checked instanceof ReadQuery read)) {
      throw new IllegalStateException("not a read query: " + name());
    }
    return read;
  }

  /**
   * The checked mutation query.
   *
   * @throws IllegalStateException for a read query
   */
  public MutationQuery mutation() {
    if (!(checked instanceof MutationQuery mutation)) {
      throw new IllegalStateException("not a mutation query: " + name());
    }
    return mutation;
  }

  /** The bound parameter values (see {@link BoundParams} for their Java types). */
  public BoundParams params() {
    return params;
  }
}
