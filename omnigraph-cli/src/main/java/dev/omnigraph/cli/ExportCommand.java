package dev.omnigraph.cli;

import dev.omnigraph.cli.client.ExportRequest;
import dev.omnigraph.cli.client.GraphClient;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code omnigraph export [URI] [--branch B | --snapshot ID] [--type T]... [--table KEY]...}
 * (cli.md §3.6): the NDJSON export on stdout.
 */
@Command(name = "export", description = "Write a branch (or commit) as JSONL to stdout.")
final class ExportCommand extends TargetCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "Repository.")
  String uri;

  @ArgGroup(exclusive = true)
  At at;

  @Option(names = "--type", paramLabel = "T", description = "Export this node or edge type (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(names = "--table", paramLabel = "KEY", description = "Export this table, e.g. node:Person (repeatable).")
  List<String> tables = new ArrayList<>();

  @Option(names = "--jsonl", hidden = true, description = "Deprecated: the output is always JSONL.")
  boolean jsonl;

  /** {@code --branch B} or {@code --snapshot ID} (alias {@code --commit}). */
  static final class At {
    @Option(names = "--branch", paramLabel = "B",
        description = "Branch head to export (default: cli.branch, else main).")
    String branch;

    // --snapshot is the documented name (cli.md §3.7); --commit is ours, kept out of the help
    @Option(names = "--snapshot", paramLabel = "ID",
        description = "Commit to export at; also --commit ID.")
    String snapshot;

    @Option(names = "--commit", paramLabel = "ID", hidden = true)
    String commit;

    /** The commit id given with either name, or null. */
    String snapshot() {
      return snapshot != null ? snapshot : commit;
    }
  }

  @Override
  public Integer call() {
    CliContext ctx = context();
    String target = ctx.uri(uri);
    String snapshot = at == null ? null : at.snapshot();
    String branch = snapshot != null ? null : ctx.branch(at == null ? null : at.branch);
    if (jsonl) {
      ctx.err().println("warning: --jsonl is deprecated; `omnigraph export` always emits JSONL");
    }
    try (GraphClient graph = ctx.connect(target)) {
      graph.export(new ExportRequest(branch, snapshot, types, tables),
          new StdoutStream(ctx.out()));
    }
    return 0;
  }
}
