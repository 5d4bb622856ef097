package dev.omnigraph.cli;

import dev.omnigraph.QueryFile;
import dev.omnigraph.QueryLintReport;
import dev.omnigraph.Schema;
import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.schema.Catalog;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph query lint|check} (cli.md §3.12, languages.md §5). */
@Command(name = "query", description = "Query file tools.",
    subcommands = QueryCommand.LintCommand.class)
final class QueryCommand extends ParentCommand {

  /**
   * {@code query lint --query FILE [--schema FILE] [URI] [--json]}: type-checks every query of a
   * file against a schema file or a repository's schema. Exit 1 when the report has errors.
   */
  @Command(name = "lint", aliases = "check",
      description = "Validate a query file against a schema; exit 1 on errors.")
  static final class LintCommand extends TargetCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "URI",
        description = "Repository whose schema is used (when no --schema).")
    String uri;

    @Option(names = "--query", required = true, paramLabel = "FILE",
        description = "Query file (.gq); relative to the config's directory or query.roots.")
    String query;

    @Option(names = "--schema", paramLabel = "FILE", description = "Schema file (.pg).")
    String schema;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      CliContext ctx = context();
      Path queryPath = ctx.config().resolveQuery(query);
      String source = IoErrors.readText(queryPath);
      QueryLintReport report;
      if (schema != null) {
        Path schemaPath = ctx.env().path(schema);
        // languages.md §5.1: the catalog straight from the file, without the schema IR
        Catalog catalog = Schema.parseCatalog(IoErrors.readText(schemaPath));
        report = QueryFile.lint(catalog, source, queryPath.toString(),
            QueryLintReport.SchemaSource.file(schemaPath.toString()));
      } else {
        if (uri == null && !ctx.config().hasTarget(ctx.targetName())) {
          throw new CliException(
              "query lint requires --schema <schema.pg> or a resolvable repo target");
        }
        String target = ctx.localUri(uri, "query lint");
        try (GraphClient graph = ctx.connect(target)) {
          report = QueryFile.lint(graph.schema().catalog(), source, queryPath.toString(),
              QueryLintReport.SchemaSource.repo(target));
        }
      }
      ctx.out().print(json ? report.json() : report.human());
      return report.exitCode();
    }
  }
}
