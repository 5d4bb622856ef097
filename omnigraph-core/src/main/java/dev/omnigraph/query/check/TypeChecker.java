package dev.omnigraph.query.check;

import dev.omnigraph.query.ast.QueryBody;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.Statement;
import dev.omnigraph.query.ir.CheckedQuery;
import dev.omnigraph.query.ir.MatchBlock;
import dev.omnigraph.query.ir.MutationQuery;
import dev.omnigraph.query.ir.MutationStatement;
import dev.omnigraph.query.ir.OrderKey;
import dev.omnigraph.query.ir.Projection;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.PropType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Type-checks one query declaration against a catalog (languages.md §4), in the reference's order
 * of checks, and returns its checked IR.
 */
public final class TypeChecker {
  private TypeChecker() {}

  /**
   * Checks a read or a mutation, whichever the query is.
   *
   * @throws dev.omnigraph.QueryException of kind TYPE on the first violation
   */
  public static CheckedQuery check(Catalog catalog, QueryDecl query) {
    return query.isMutation() ? checkMutation(catalog, query) : checkRead(catalog, query);
  }

  /**
   * Checks a query for the read path.
   *
   * @throws dev.omnigraph.QueryException of kind TYPE on the first violation, U6 for a mutation
   */
  public static ReadQuery checkRead(Catalog catalog, QueryDecl query) {
    if (!(query.body() instanceof QueryBody.Read body)) {
      throw TypeErrors.uncoded("U6", "mutation query cannot be typechecked with read-query API");
    }
    CheckContext ctx = new CheckContext(catalog, ParamTypes.resolve(query.params()));
    Scope scope = Scope.root();
    MatchBlock match = new MatchChecker(ctx).check(body.match(), scope);
    AliasTable aliases = new AliasTable();
    ExprChecker exprs = new ExprChecker(ctx, scope, aliases);
    List<Projection> projections = ProjectionChecker.check(body.projections(), exprs, aliases);
    List<OrderKey> order = OrderChecker.check(body.order(), body.limit(), exprs, aliases);
    ProjectionChecker.checkAggregateShape(body.projections());
    return new ReadQuery(query.name(), ctx.params(), ctx.referencedParams(), match, projections,
        order, body.limit());
  }

  private static MutationQuery checkMutation(Catalog catalog, QueryDecl query) {
    List<Statement> statements = ((QueryBody.Mutation) query.body()).statements();
    Map<String, PropType> params = ParamTypes.resolve(query.params());
    CheckContext ctx = new CheckContext(catalog, params);
    MutationChecker checker = new MutationChecker(ctx);
    List<MutationStatement> checked = new ArrayList<>();
    for (Statement s : statements) {
      checked.add(checker.check(s));
    }
    return new MutationQuery(query.name(), params, ctx.referencedParams(), checked);
  }
}
