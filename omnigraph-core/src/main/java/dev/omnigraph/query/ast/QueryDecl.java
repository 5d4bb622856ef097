package dev.omnigraph.query.ast;

import java.util.List;

/**
 * One {@code query name(params) @annotations { body }} declaration.
 *
 * @param name        the query name
 * @param description the decoded {@code @description} text, or null
 * @param instruction the decoded {@code @instruction} text, or null
 * @param params      the declared parameters in source order (duplicates kept)
 * @param body        a read body or a mutation body
 */
public record QueryDecl(String name, String description, String instruction, List<ParamDecl> params,
    QueryBody body) {

  public QueryDecl {
    params = List.copyOf(params);
  }

  /** True for a query made of {@code insert}/{@code update}/{@code delete} statements. */
  public boolean isMutation() {
    return body instanceof QueryBody.Mutation;
  }
}
