package dev.omnigraph.cli;

import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.CommitOutput;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph commit list|show} (cli.md §3.10). */
@Command(name = "commit", description = "Commit history.",
    subcommands = {CommitCommand.ListCommand.class, CommitCommand.ShowCommand.class})
final class CommitCommand extends ParentCommand {

  /** {@code commit list [URI] [--branch B] [--json]}: oldest first. */
  @Command(name = "list", description = "List a branch's commits, oldest first.")
  static final class ListCommand extends TargetCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "Repository.")
    String uri;

    @Option(names = "--branch", paramLabel = "B", description = "Branch (default: main's history).")
    String branch;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      CliContext ctx = context();
      String target = ctx.uri(uri);
      // No config default here: without --branch the history is main's (cli.md §2.3).
      try (GraphClient graph = ctx.connect(target)) {
        List<CommitOutput> commits = graph.commits(branch);
        if (json) {
          ctx.out().println(Json.pretty(Map.of("commits",
              commits.stream().map(CommitOutput::toJson).toList())));
        } else {
          commits.forEach(c -> ctx.out().println(c.line()));
        }
      }
      return 0;
    }
  }

  /** {@code commit show [--uri URI] COMMIT_ID [--json]}. */
  @Command(name = "show", description = "Show one commit.")
  static final class ShowCommand extends TargetCommand {
    @Option(names = "--uri", paramLabel = "URI", description = "Repository.")
    String uri;

    @Parameters(index = "0", paramLabel = "COMMIT_ID", description = "A graph commit id.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      CliContext ctx = context();
      String target = ctx.uri(uri);
      try (GraphClient graph = ctx.connect(target)) {
        CommitOutput c = graph.commit(id);
        ctx.out().print(json ? Json.pretty(c.toJson()) + "\n" : c.human());
      }
      return 0;
    }
  }
}
