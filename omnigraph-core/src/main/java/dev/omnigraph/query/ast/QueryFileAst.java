package dev.omnigraph.query.ast;

import java.util.List;

/**
 * A parsed query file: its query declarations in source order. Names need not be unique; lookup
 * by name takes the first declaration (languages.md §3.2).
 */
public record QueryFileAst(List<QueryDecl> queries) {
  public QueryFileAst {
    queries = List.copyOf(queries);
  }
}
