package dev.omnigraph.query.ir;

import dev.omnigraph.schema.PropType;
import java.util.Map;
import java.util.Set;

/** A query that passed the type checker: a read or a mutation. */
public sealed interface CheckedQuery permits ReadQuery, MutationQuery {

  /** The query name. */
  String name();

  /**
   * The declared parameters and the types they were checked with, in declaration order. A name
   * declared twice appears once, with the type of its last declaration (as the reference checks).
   */
  Map<String, PropType> params();

  /**
   * The declared parameters the body actually uses. A required parameter in this set that the
   * request does not supply fails the request (DECISIONS 6); others may be left out.
   */
  Set<String> referencedParams();
}
