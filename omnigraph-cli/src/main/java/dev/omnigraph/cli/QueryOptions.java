package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.cli.config.AliasConfig;
import dev.omnigraph.cli.config.CliConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code read} and {@code change} share (cli.md §3.7, §6): the repository, the query (a file
 * or an alias), its name and its parameters.
 */
final class QueryOptions {
  @Option(names = "--uri", paramLabel = "URI", description = "Repository.")
  String uri;

  @Option(names = "--query", paramLabel = "FILE",
      description = "Query file (.gq); relative to the config's directory or query.roots.")
  String query;

  @Option(names = "--alias", paramLabel = "NAME", description = "An alias from the config file.")
  String alias;

  @Option(names = "--name", paramLabel = "Q", description = "Query to run (default: the only one).")
  String name;

  @ArgGroup(exclusive = true)
  ParamsSource params;

  @Parameters(paramLabel = "ARGS", description = "Alias arguments (a repository URI may come first).")
  List<String> positionals = new ArrayList<>();

  /** {@code --params JSON} or {@code --params-file FILE}. */
  static final class ParamsSource {
    @Option(names = "--params", paramLabel = "JSON", description = "Parameters as a JSON object.")
    String json;

    @Option(names = "--params-file", paramLabel = "FILE",
        description = "File holding the parameters as a JSON object.")
    String file;
  }

  /**
   * Resolves everything but the read/change specifics, in the reference's order: the alias, the
   * repository, the query file, then the parameters.
   */
  Resolved resolve(CliContext ctx, AliasConfig.Command command) {
    if ((alias == null) == (query == null)) {
      throw new CliException("exactly one of --alias or --query must be provided");
    }
    CliConfig config = ctx.config();
    AliasConfig a = alias == null ? null : config.alias(alias, command);
    String aliasGraph = a == null ? null : a.graph();
    // The first positional is the legacy URI slot unless an alias runs against a known target
    // (cli.md §6.2). Ours: with --uri every positional is an argument (the reference drops it).
    boolean targetKnown = ctx.targetName() != null || aliasGraph != null
        || config.defaultGraph() != null;
    List<String> args = new ArrayList<>(positionals);
    String explicitUri = uri;
    if (uri == null && !(a != null && targetKnown) && !args.isEmpty()) {
      explicitUri = args.remove(0);
    }
    String targetName = ctx.targetName() != null ? ctx.targetName() : aliasGraph;
    String resolvedUri = ctx.uri(explicitUri, targetName);
    String source = IoErrors.readText(config.resolveQuery(query != null ? query : a.query()));
    ObjectNode explicitParams = params == null ? null
        : Params.parse(params.json != null ? params.json
            : IoErrors.readText(ctx.env().path(params.file)));
    ObjectNode merged = Params.merge(alias, a == null ? List.of() : a.args(), args,
        explicitParams);
    return new Resolved(resolvedUri, source, name != null ? name : a == null ? null : a.name(),
        merged, a);
  }

  /**
   * A resolved query invocation.
   *
   * @param uri         the repository
   * @param querySource the query file's text
   * @param queryName   the query to run, or null for the file's only query
   * @param params      the parameter object, or null for none
   * @param alias       the alias used, or null
   */
  record Resolved(String uri, String querySource, String queryName, ObjectNode params,
      AliasConfig alias) {}
}
