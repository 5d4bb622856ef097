package dev.omnigraph.cli;

import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.client.ReadRequest;
import dev.omnigraph.cli.config.AliasConfig;
import dev.omnigraph.cli.config.CliConfig;
import dev.omnigraph.cli.config.OutputFormat;
import dev.omnigraph.cli.format.ReadFormatter;
import dev.omnigraph.cli.output.ReadOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code omnigraph read [--uri URI | URI] (--query FILE | --alias NAME) [--name Q]
 * [--params JSON | --params-file FILE] [--branch B | --snapshot ID] [--format F | --json]
 * [ALIAS_ARGS...]} (cli.md §3.7).
 */
@Command(name = "read", description = "Run a named read query.")
final class ReadCommand extends TargetCommand {
  @Mixin
  QueryOptions query;

  @ArgGroup(exclusive = true)
  At at;

  @ArgGroup(exclusive = true)
  Format format;

  /** {@code --branch B} or {@code --snapshot ID} (alias {@code --commit}). */
  static final class At {
    @Option(names = "--branch", paramLabel = "B",
        description = "Branch head to read (default: alias branch, cli.branch, main).")
    String branch;

    // --snapshot is the documented name (cli.md §3.7); --commit is ours, kept out of the help
    @Option(names = "--snapshot", paramLabel = "ID",
        description = "Commit to read at (time travel); also --commit ID.")
    String snapshot;

    @Option(names = "--commit", paramLabel = "ID", hidden = true)
    String commit;

    /** The commit id given with either name, or null. */
    String snapshot() {
      return snapshot != null ? snapshot : commit;
    }
  }

  /** {@code --format F} or {@code --json}. */
  static final class Format {
    @Option(names = "--format", paramLabel = "F",
        description = "table, kv, csv, jsonl or json (default: alias format, cli.output_format, table).")
    OutputFormat format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;
  }

  @Override
  public Integer call() {
    CliContext ctx = context();
    QueryOptions.Resolved q = query.resolve(ctx, AliasConfig.Command.READ);
    AliasConfig alias = q.alias();
    String snapshot = at == null ? null : at.snapshot();
    String branch = snapshot != null ? null
        : ctx.branch(at == null ? null : at.branch, alias == null ? null : alias.branch());
    ReadOutput output;
    try (GraphClient graph = ctx.connect(q.uri())) {
      output = graph.read(new ReadRequest(q.querySource(), q.queryName(), q.params(), branch,
          snapshot));
    }
    CliConfig config = ctx.config();
    ctx.out().print(ReadFormatter.of(outputFormat(config, alias), config.tableMaxColumnWidth(),
        config.cellLayout()).render(output));
    return 0;
  }

  private OutputFormat outputFormat(CliConfig config, AliasConfig alias) {
    if (format != null && format.json) {
      return OutputFormat.JSON;
    }
    if (format != null && format.format != null) {
      return format.format;
    }
    if (alias != null && alias.format() != null) {
      return alias.format();
    }
    return config.outputFormat();
  }
}
