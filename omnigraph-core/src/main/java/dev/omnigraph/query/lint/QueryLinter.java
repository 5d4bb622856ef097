package dev.omnigraph.query.lint;

import dev.omnigraph.QueryException;
import dev.omnigraph.QueryLintReport;
import dev.omnigraph.QueryLintReport.Finding;
import dev.omnigraph.QueryLintReport.Kind;
import dev.omnigraph.QueryLintReport.Result;
import dev.omnigraph.QueryLintReport.SchemaSource;
import dev.omnigraph.QueryLintReport.Severity;
import dev.omnigraph.QueryLintReport.Status;
import dev.omnigraph.query.ast.QueryBody;
import dev.omnigraph.query.ast.QueryDecl;
import dev.omnigraph.query.ast.QueryFileAst;
import dev.omnigraph.query.ast.Statement;
import dev.omnigraph.query.check.TypeChecker;
import dev.omnigraph.query.parse.QueryParser;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Lints a query file against a catalog (languages.md §5.2). */
public final class QueryLinter {
  static final String HARDCODED_MUTATION =
      "mutation declares no params; hardcoded mutations are easy to miss";

  private static final Comparator<String> ABSENT_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::typeName, ABSENT_FIRST)
          .thenComparing(Finding::property, ABSENT_FIRST)
          .thenComparing(Finding::message);

  private QueryLinter() {}

  /** Lints {@code source}; never throws for problems in the source. */
  public static QueryLintReport lint(Catalog catalog, String source, String queryPath,
      SchemaSource schemaSource) {
    QueryFileAst file;
    try {
      file = QueryParser.parse(source);
    } catch (QueryException e) {
      Finding parse = new Finding(Severity.ERROR, "Q000", e.getMessage(), null, null, List.of());
      return new QueryLintReport(Status.ERROR, schemaSource, queryPath, 0, 1, 0, 0, List.of(),
          List.of(parse));
    }
    List<Result> results = new ArrayList<>();
    Map<String, UpdateCoverage> coverage = new TreeMap<>();
    for (QueryDecl query : file.queries()) {
      Kind kind = query.isMutation() ? Kind.MUTATION : Kind.READ;
      List<String> warnings = query.isMutation() && query.params().isEmpty()
          ? List.of(HARDCODED_MUTATION) : List.of();
      try {
        TypeChecker.check(catalog, query);
        collectCoverage(query, coverage);
        results.add(new Result(query.name(), kind, Status.OK, warnings, null));
      } catch (QueryException e) {
        results.add(new Result(query.name(), kind, Status.ERROR, warnings, e.getMessage()));
      }
    }
    List<Finding> findings = new ArrayList<>(uncoveredUpdateProperties(catalog, coverage));
    findings.sort(FINDING_ORDER);
    int errors = (int) (results.stream().filter(r -> r.status() == Status.ERROR).count()
        + count(findings, Severity.ERROR));
    int warnings = results.stream().mapToInt(r -> r.warnings().size()).sum()
        + count(findings, Severity.WARNING);
    return new QueryLintReport(errors > 0 ? Status.ERROR : Status.OK, schemaSource, queryPath,
        file.queries().size(), errors, warnings, count(findings, Severity.INFO), results,
        findings);
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The update statements of the queries that type-checked, per target type. */
  private record UpdateCoverage(Set<String> queryNames, Set<String> assigned) {}

  private static void collectCoverage(QueryDecl query, Map<String, UpdateCoverage> coverage) {
    if (!(query.body() instanceof QueryBody.Mutation m)) {
      return;
    }
    for (Statement s : m.statements()) {
      if (s instanceof Statement.Update u) {
        UpdateCoverage c = coverage.computeIfAbsent(u.typeName(),
            t -> new UpdateCoverage(new TreeSet<>(), new TreeSet<>()));
        c.queryNames().add(query.name());
        u.assignments().forEach(a -> c.assigned().add(a.property()));
      }
    }
  }

  /**
   * L201: for each updated node type, every nullable property that is neither a key column nor an
   * {@code @embed} target and that no update assigns.
   */
  private static List<Finding> uncoveredUpdateProperties(Catalog catalog,
      Map<String, UpdateCoverage> coverage) {
    List<Finding> out = new ArrayList<>();
    for (NodeType type : catalog.nodeTypes().values()) {
      UpdateCoverage c = coverage.get(type.name());
      if (c == null) {
        continue;
      }
      Map<String, String> embedTargets = type.embedSources();
      for (Property p : new TreeMap<>(type.properties()).values()) {
        if (!p.type().nullable() || type.key().contains(p.name())
            || embedTargets.containsKey(p.name()) || c.assigned().contains(p.name())) {
          continue;
        }
        out.add(new Finding(Severity.WARNING, "L201",
            type.name() + "." + p.name() + " exists in schema but no update query sets it",
            type.name(), p.name(), List.copyOf(c.queryNames())));
      }
    }
    return out;
  }
}
