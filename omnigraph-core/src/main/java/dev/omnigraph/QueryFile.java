package dev.omnigraph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.QueryFileAst;
import dev.omnigraph.query.bind.BoundParams;
import dev.omnigraph.query.bind.ParamBinder;
import dev.omnigraph.query.check.TypeChecker;
import dev.omnigraph.query.ir.CheckedQuery;
import dev.omnigraph.query.lint.QueryLinter;
import dev.omnigraph.query.parse.QueryParser;
import dev.omnigraph.schema.Catalog;
import java.util.List;

/**
 * A parsed query file ({@code .gq}): any number of named queries (languages.md §3).
 *
 * <pre>{@code
 * QueryFile file = QueryFile.parse(source);
 * PreparedQuery q = file.prepareRead(schema.catalog(), "get_person", params);  // JsonNode
 * q.read();      // the checked IR: match, projections, order, limit
 * q.params();    // the bound parameter values
 * }</pre>
 *
 * <p>A request is processed in the reference's order: parse the whole file, select the query,
 * bind the JSON parameters, type-check the query, then require the parameters it uses.
 */
public final class QueryFile {
  private final String source;
  private final QueryFileAst ast;

  private QueryFile(String source, QueryFileAst ast) {
    this.source = source;
    this.ast = ast;
  }

  /**
   * Parses query source text.
   *
   * @throws QueryException of kind PARSE when any part of the file is rejected
   */
  public static QueryFile parse(String source) {
    return new QueryFile(source, QueryParser.parse(source));
  }

  /** The source text exactly as given. */
  public String source() {
    return source;
  }

  /** The query names in file order (a name may repeat; lookups take the first). */
  public List<String> queryNames() {
    return ast.queries().stream().map(QueryDecl::name).toList();
  }

  /**
   * Lints query source against a catalog (languages.md §5): parses it (a parse failure becomes
   * the report's Q000 finding) and type-checks every query. Never throws for problems in the
   * source.
   *
   * @param queryPath    the query file path, as reported
   * @param schemaSource where the catalog came from, as reported
   */
  public static QueryLintReport lint(Catalog catalog, String source, String queryPath,
      QueryLintReport.SchemaSource schemaSource) {
    return QueryLinter.lint(catalog, source, queryPath, schemaSource);
  }

  /**
   * Selects a query (languages.md §3.2): the first one named {@code name}, or when {@code name}
   * is null the file's only query.
   *
   * @throws QueryException of kind REQUEST {@code query '{name}' not found} or
   *     {@code query file contains multiple queries; pass --name}
   */
  private QueryDecl select(String name) {
    if (name == null) {
      if (ast.queries().size() != 1) {
        throw QueryException.request("query file contains multiple queries; pass --name");
      }
      return ast.queries().get(0);
    }
    return ast.queries().stream().filter(q -> q.name().equals(name)).findFirst()
        .orElseThrow(() -> QueryException.request("query '" + name + "' not found"));
  }

  /**
   * Type-checks a query as what it is (read or mutation), as lint does.
   *
   * @param name the query name; null selects the file's only query (as the CLI and HTTP do when
   *             no name is given)
   * @throws QueryException of kind REQUEST (selection) or TYPE
   */
  public CheckedQuery check(Catalog catalog, String name) {
    return TypeChecker.check(catalog, select(name));
  }

  /**
   * Prepares a query for the read path.
   *
   * @param name   the query name; null selects the file's only query
   * @param params the request's {@code params}: a JSON object, JSON null, or null for none
   * @throws QueryException REQUEST (selection, parameters), TYPE (including
   *     {@code mutation query cannot be typechecked with read-query API})
   */
  public PreparedQuery prepareRead(Catalog catalog, String name, JsonNode params) {
    QueryDecl query = select(name);
    BoundParams bound = ParamBinder.bind(params, query.params());
    CheckedQuery checked = TypeChecker.checkRead(catalog, query);
    ParamBinder.requireReferenced(checked, bound);
    return new PreparedQuery(checked, bound);
  }

  /**
   * Prepares a query for the mutation path.
   *
   * @param name   the query name; null selects the file's only query
   * @param params the request's {@code params}: a JSON object, JSON null, or null for none
   * @throws QueryException REQUEST (selection, parameters, {@code mutation execution called on a
   *     read query; use query instead}) or TYPE
   */
  public PreparedQuery prepareMutation(Catalog catalog, String name, JsonNode params) {
    QueryDecl query = select(name);
    BoundParams bound = ParamBinder.bind(params, query.params());
    CheckedQuery checked = TypeChecker.check(catalog, query);
    if (!query.isMutation()) {
      throw QueryException.request(
          "mutation execution called on a read query; use query instead");
    }
    ParamBinder.requireReferenced(checked, bound);
    return new PreparedQuery(checked, bound);
  }
}
