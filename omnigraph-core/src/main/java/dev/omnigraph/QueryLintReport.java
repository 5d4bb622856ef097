package dev.omnigraph;

import dev.omnigraph.query.lint.LintRendering;
import java.util.List;

/**
 * The report of {@code omnigraph query lint} over one query file (languages.md §5), built by
 * {@link QueryFile#lint}; components in the order of the JSON output (§5.3).
 *
 * @param status           {@code error} iff {@code errors > 0}
 * @param schemaSource     where the catalog came from
 * @param queryPath        the query file path as given
 * @param queriesProcessed the number of queries in the file (0 when it does not parse)
 * @param errors           results with status error plus error findings
 * @param warnings         per-query warnings plus warning findings
 * @param infos            info findings
 * @param results          one per query, in file order
 * @param findings         sorted by severity, type name, property, message
 */
public record QueryLintReport(Status status, SchemaSource schemaSource, String queryPath,
    int queriesProcessed, int errors, int warnings, int infos, List<Result> results,
    List<Finding> findings) {

  public QueryLintReport {
    results = List.copyOf(results);
    findings = List.copyOf(findings);
  }

  /** The process exit code of {@code query lint}: 1 when the status is error. */
  public int exitCode() {
    return status == Status.ERROR ? 1 : 0;
  }

  /** The {@code --json} output: pretty-printed JSON (languages.md §5.3) ending with a newline. */
  public String json() {
    return LintRendering.json(this);
  }

  /** The human output (languages.md §5.4), one line per item, ending with a newline. */
  public String human() {
    return LintRendering.human(this);
  }

  /** Overall and per-query status. */
  public enum Status {
    OK,
    ERROR
  }

  /** Whether a query reads or mutates. */
  public enum Kind {
    READ,
    MUTATION
  }

  /** A finding's severity, in sort order. */
  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  /**
   * Where the schema came from: {@code kind} {@code file} with a {@code path}, or {@code repo}
   * with a {@code uri}; the other field is null.
   */
  public record SchemaSource(String kind, String path, String uri) {
    public static SchemaSource file(String path) {
      return new SchemaSource("file", path, null);
    }

    public static SchemaSource repo(String uri) {
      return new SchemaSource("repo", null, uri);
    }
  }

  /**
   * The outcome for one query.
   *
   * @param warnings per-query warnings (possibly empty)
   * @param error    the full error text ({@code type error: …}) when status is error, else null
   */
  public record Result(String name, Kind kind, Status status, List<String> warnings,
      String error) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * A file-level finding.
   *
   * @param code       {@code Q000} (parse failure) or {@code L201}
   * @param typeName   the node type concerned, or null
   * @param property   the property concerned, or null
   * @param queryNames the queries concerned, sorted (possibly empty)
   */
  public record Finding(Severity severity, String code, String message, String typeName,
      String property, List<String> queryNames) {
    public Finding {
      queryNames = List.copyOf(queryNames);
    }
  }
}
