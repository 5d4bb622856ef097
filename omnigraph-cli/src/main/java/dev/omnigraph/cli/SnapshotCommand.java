package dev.omnigraph.cli;

import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.SnapshotOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph snapshot [URI] [--branch B] [--json]} (cli.md §3.5). */
@Command(name = "snapshot", description = "Show the per-table state of a branch head.")
final class SnapshotCommand extends TargetCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "Repository.")
  String uri;

  @Option(names = "--branch", paramLabel = "B", description = "Branch (default: cli.branch, else main).")
  String branch;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    CliContext ctx = context();
    String target = ctx.uri(uri);
    String b = ctx.branch(branch);
    try (GraphClient graph = ctx.connect(target)) {
      SnapshotOutput s = graph.snapshot(b);
      ctx.out().print(json ? Json.pretty(s.toJson()) + "\n" : s.human());
    }
    return 0;
  }
}
