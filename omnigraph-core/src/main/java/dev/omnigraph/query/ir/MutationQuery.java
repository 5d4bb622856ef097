package dev.omnigraph.query.ir;

import dev.omnigraph.schema.PropType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked mutation query: statements run in source order, all or nothing.
 *
 * @param name             the query name
 * @param params           see {@link CheckedQuery#params()}
 * @param referencedParams see {@link CheckedQuery#referencedParams()}
 * @param statements       the statements in source order (at least one)
 */
public record MutationQuery(String name, Map<String, PropType> params, Set<String> referencedParams,
    List<MutationStatement> statements) implements CheckedQuery {

  public MutationQuery {
    params = IrCollections.copyOf(params);
    referencedParams = IrCollections.copyOf(referencedParams);
    statements = List.copyOf(statements);
  }

  /** The target type name of each statement, in order (e.g. {@code [Person, Knows]}). */
  public List<String> targetTypes() {
    return statements.stream().map(MutationStatement::targetName).toList();
  }
}
