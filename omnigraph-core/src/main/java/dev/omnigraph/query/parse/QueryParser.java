package dev.omnigraph.query.parse;

import dev.omnigraph.QueryException;
import dev.omnigraph.lang.Node;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.QueryFileAst;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code .gq} source text into a {@link QueryFileAst}. */
public final class QueryParser {
  private QueryParser() {}

  /**
   * Parses a whole query file. Any grammar error fails the whole file; then each declaration is
   * built in order and the first semantic parse error fails the file too.
   *
   * @throws QueryException of kind PARSE, whose message is the exact wire text
   */
  public static QueryFileAst parse(String source) {
    try {
      Node file = QueryGrammar.GRAMMAR.parse("query_file", source);
      List<QueryDecl> queries = new ArrayList<>();
      for (Node decl : file.all("query_decl")) {
        queries.add(AstBuilder.queryDecl(decl));
      }
      return new QueryFileAst(queries);
    } catch (ParseFailure failure) {
      throw new QueryException(QueryException.Kind.PARSE, failure.getMessage(),
          List.of(failure.diagnostic()));
    }
  }
}
